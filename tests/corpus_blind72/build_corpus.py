"""Build the SEVENTY-SECOND BLIND hand-labelled corpus (`python build_corpus.py`).

The seventy-fourth corpus, for an honest measurement on articles the extractor has never met,
written in session 11 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a
Bensheim daily, a Kaiserslautern-area radio station's web text, a Rauris valley weekly
(Austrian), a Stein am Rhein paper (Swiss), a stonemasons' guild magazine and a Kassel student
paper; a Port Hedland daily, a Tristan da Cunha news page, a Vermont dairy paper, a Limassol
shipping news site, a Cameroonian English-language newsletter and an Isle of Luing community
page. Same file format, marker syntax and labelling conventions as the other corpora (see their
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
BASE_NAME = "_blind72_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="s72_01_bensheim_tageblatt_pentagon_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-06"),
    dated_by="html_meta",
    features="Bensheim daily's world page in HTML, UTF-8 (`article:published_time` with +01:00, "
        "a consent banner about 'Kekse', navigation, a footer, a tracking script, `&shy;`, "
        "`&nbsp;`, `&bdquo;`); `<meta name=\"description\">` figure (optional); headline "
        "'Pentagon:' from the spokeswoman's Monday figure; `bis zu 8.000` von ihnen (breakdown); "
        "Zelensky 'am Montag'; NATO 'in der Vorwoche' `Tausende`; NIS relayed by a lawmaker 'am "
        "Dienstag' `noch einmal mehrere tausend` (increment); a Bensheim-born Korea scholar's "
        "range (other, `pub`); army size, lecture seats, euros, age, years",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Nordkoreas Soldaten in Russland: Washington legt neue Zahlen vor | Bergsträßer \
Tageblatt</title>
<meta name="description" content="Das Pentagon spricht von [[rund 10.000]] Nordkoreanern in \
Russland. Eine Bensheimer Koreanistin hält das für zu niedrig.">
<meta property="og:site_name" content="Bergsträßer Tageblatt">
<meta property="article:published_time" content="2024-11-06T06:40:00+01:00">
<script>var bt_page={id:"bt-88213",rubrik:"welt",zeichen:3180,abo:false};</script>
</head>
<body>
<div class="keksdose">Wir würden gern ein paar Kekse in Ihrem Browser ablegen &ndash; für \
Statistik und Werbung. Sie entscheiden. <button>Kekse erlauben</button> <button>Lieber ohne \
Kekse</button></div>
<nav><a href="/">Start</a> &middot; <a href="/bergstrasse">Bergstraße</a> &middot; <a \
href="/bensheim">Bensheim</a> &middot; <a href="/welt">Welt</a> &middot; <a \
href="/sport">Sport</a></nav>
<article>
<p class="dachzeile">Krieg in der Ukraine</p>
<h1>Pentagon: Schon [[10.000]] Nordkoreaner in Russland</h1>
<p class="autor">Von Tobias Rehbein</p>
<p>Die Zahl der nordkoreanischen Soldaten in Russland wächst schneller als gedacht. Wie \
Pentagon&shy;sprecherin Sabrina Singh am Montag in Washington sagte, halten sich inzwischen \
[[rund 10.000]] Mann aus dem abgeschotteten Land in Russland auf. [[Bis zu 8.000]] von ihnen \
seien bereits in die Grenzregion Kursk verlegt worden und würden dort für den Kampf \
vorbereitet.</p>
<p>In Kiew klingt das noch bedrohlicher. Präsident Wolodymyr Selenskyj sprach am Montagabend von \
[[11.000]] Nordkoreanern, die sich im Gebiet Kursk gesammelt hätten. Erste Einheiten seien \
bereits unter ukrainischen Beschuss geraten, sagte der Staatschef in seiner täglichen \
Videobotschaft.</p>
<p>Auch die Nato hatte den Einsatz in der Vorwoche bestätigt. Generalsekretär Mark Rutte sagte \
damals in Brüssel, [[Tausende]] nordkoreanische Soldaten seien in die Region Kursk geschickt \
worden &ndash; eine &bdquo;gefährliche Ausweitung&ldquo; des Krieges.</p>
<h2>Seoul erwartet Nachschub</h2>
<p>In Südkorea rechnet man damit, dass es dabei nicht bleibt. Machthaber Kim Jong Un könnte bis \
zum Jahresende noch einmal [[mehrere tausend]] Soldaten hinterherschicken, berichtete der \
Abgeordnete Park Sun-won am Dienstag nach einer vertraulichen Sitzung des \
Geheimdienstausschusses. Der Geheimdienst NIS stütze sich auf Satellitenbilder und abgehörten \
Funkverkehr.</p>
<p>Nordkoreas Streitkräfte zählen mit mehr als einer Million Soldaten zu den größten der Welt. \
Kämpfe hat die Armee seit 1953 nicht erlebt.</p>
<h2>&bdquo;Die Zahlen sind eher vorsichtig&ldquo;</h2>
<p>Für Han-Sol Kern ist das keine ferne Nachricht. Die 34-Jährige ist in Bensheim aufgewachsen \
und forscht heute als Koreanistin an der Universität Heidelberg. Sie hält die amerikanischen \
Angaben für vorsichtig. &bdquo;Ich wäre nicht überrascht, wenn am Ende [[15.000 bis 20.000]] \
Mann dort stehen&ldquo;, sagt sie. Pjöngjang bekomme dafür Öl, Devisen und Militärtechnik.</p>
<p>Kern spricht am 14. November um 19.30 Uhr in der Volkshochschule Bensheim über Nordkorea. \
Alle 120 Plätze sind vergeben, der Eintritt kostet 8 Euro.</p>
</article>
<footer>&copy; 2024 Bergsträßer Tageblatt &middot; <a href="/impressum">Impressum</a> &middot; \
<a href="/datenschutz">Datenschutz</a> &middot; Leserservice 06251 70 40 90</footer>
</body>
</html>
""",
    claims=(
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "mon..pub",
          "<meta name=description> (metadata) restating the Pentagon's Monday figure",
          opt=True),
        C("10.000", 10000, "exact", "in_russia", "united_states", "mon..pub",
          "headline 'Pentagon:' from the spokeswoman's Monday figure (Monday to publication)"),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "mon",
          "Pentagon spokeswoman 'am Montag': in Russia"),
        C("Bis zu 8.000", 8000, "at_most", "near_front", "united_states", "mon",
          "same statement, 'von ihnen' (breakdown, no increment): moved to Kursk"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'am Montagabend': gathered in the Kursk region"),
        C("Tausende", None, "vague", "near_front", "nato", "lastweek",
          "Rutte 'in der Vorwoche' … 'damals': sent into the Kursk region"),
        C("mehrere tausend", None, "vague", "planned", "south_korea", "tue",
          "NIS relayed by a lawmaker 'am Dienstag': 'noch einmal … hinterherschicken' "
          "(increment)", add=True),
        C("15.000 bis 20.000", None, "range", "planned", "other", "pub",
          "Bensheim-born Heidelberg Korea scholar, 'sagt' (no date): 'am Ende … dort stehen'"),
    ),
)

S02 = Source(
    article_id="s72_02_westpfalz_radio_ramstein_utf16",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-01-14"),
    dated_by="sidecar",
    sidecar=(
        "Radio Westpfalzwelle",
        "https://www.westpfalzwelle.example/nachrichten/welt/seoul-300-nordkoreaner-gefallen",
        "Seoul: 300 Nordkoreaner in Kursk gefallen",
    ),
    features="Kaiserslautern-area radio station's web text, UTF-16 LE with BOM (sidecar, "
        "Tuesday); headline 'Seoul:' from the lawmaker's Monday figures; the NIS via a lawmaker "
        "'am Montag' `rund 300` dead and `etwa 2.700` wounded (not an increment); Zelensky 'am "
        "Samstag' `zwei` captured (a number word), 'Einen Tag später' (Sunday) `mehr als "
        "4.000`; the Pentagon 'Ende Dezember' `mehrere hundert`; Austin at Ramstein 'am "
        "vergangenen Donnerstag' `mehr als 11.000`; US troops at Ramstein, contact-group "
        "states, dollars, a frequency, minutes",
    text="""\
Radio Westpfalzwelle | Nachrichten | Welt

Seoul: [[300]] Nordkoreaner in Kursk gefallen

Dienstag, 14.01.2025 | Lesezeit 3 Minuten

Südkorea geht inzwischen von schweren Verlusten der nordkoreanischen Truppen in Russland aus. \
Bei den Kämpfen im Gebiet Kursk seien [[rund 300]] Soldaten aus dem Norden ums Leben gekommen, \
[[etwa 2.700]] weitere seien verwundet worden. Mit diesen Angaben trat der Parlamentarier Lee \
Seong-kweun am Montag vor die Presse, nachdem ihn der Geheimdienst NIS hinter verschlossenen \
Türen unterrichtet hatte.

Nach Lees Schilderung sollen die Nordkoreaner angewiesen sein, lieber den eigenen Tod zu wählen \
als die Gefangenschaft. Bei einem Toten hätten ukrainische Soldaten Notizen gefunden, in denen \
von einer Granate für den Notfall die Rede sei.

Der ukrainische Präsident Wolodymyr Selenskyj hatte am Samstag gemeldet, seine Truppen hätten \
[[zwei]] nordkoreanische Soldaten lebend gefasst. Die Männer, beide verwundet, würden nun in \
Kiew von Ermittlern des SBU vernommen. Einen Tag später legte er nach: Die nordkoreanischen \
Einheiten hätten in Kursk bereits [[mehr als 4.000]] Mann verloren, Tote und Verwundete \
zusammengerechnet.

Washington hatte sich zuletzt zurückhaltender geäußert. Das Verteidigungsministerium bezifferte \
die Zahl der getöteten und verletzten Nordkoreaner Ende Dezember auf [[mehrere hundert]].

Der Krieg beschäftigt auch die Westpfalz. Auf der Air Base Ramstein hatte sich am vergangenen \
Donnerstag zum letzten Mal unter US-Verteidigungsminister Lloyd Austin die Ukraine-Kontaktgruppe \
getroffen, rund 50 Staaten schickten Vertreter. Austin sagte dort, Kim Jong Un habe seinem \
Verbündeten Wladimir Putin inzwischen [[mehr als 11.000]] Soldaten zur Verfügung gestellt. Er \
kündigte ein weiteres Militärpaket über 500 Millionen Dollar an.

Auf und um die Air Base leben etwa 9.000 amerikanische Soldatinnen und Soldaten, mit Familien \
und Zivilangestellten sind es in der Region gut 50.000 Amerikaner. Ein Sprecher des Stützpunkts \
wollte sich zu den Zahlen aus Seoul nicht äußern.

Wie es in der Ukraine weitergeht, darüber diskutieren am Donnerstag ab 18 Uhr Gäste aus Politik \
und Wissenschaft in unserer Sendung "Westpfalz am Abend" auf UKW 98,4 und im Livestream.
""",
    claims=(
        C("300", 300, "exact", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul:' from the lawmaker's Monday figure (Monday to publication): dead"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS via lawmaker, named after the figures 'am Montag': dead"),
        C("etwa 2.700", 2700, "approx", "casualties", "south_korea", "mon",
          "same sentence: wounded ('weitere' = the others of the same count, no increment)"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'am Samstag' (Tuesday article): captured alive (a number word)"),
        C("mehr als 4.000", 4000, "at_least", "casualties", "ukraine", "sun",
          "'Einen Tag später legte er nach' (Sunday): dead and wounded"),
        C("mehrere hundert", None, "vague", "casualties", "united_states",
          "2024-12-21..2024-12-31", "Pentagon 'Ende Dezember': dead and wounded"),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "united_states", "thu",
          "Austin at Ramstein 'am vergangenen Donnerstag' (9 January): put at Putin's disposal"),
    ),
)

S03 = Source(
    article_id="s72_03_rauriser_talbote_rueckzug_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-02-13"),
    dated_by="front_matter",
    features="Rauris valley weekly's world page in Markdown, UTF-8 with BOM, front matter with "
        "`date:` (Thursday) and a title without a figure; Austrian 'Jänner', 'Feber', 'heuer'; "
        "heading 'Seoul zählt' from the NIS 'am Mittwoch'; a Ukrainian special forces spokesman "
        "'am Montag (10. Feber)' with `rund 11.000` sent and `nur mehr wenige hundert` at the "
        "front; `knapp 300` 'davon' (breakdown); Zelensky 'Anfang Feber' `bis zu 20.000` "
        "zusätzliche (increment); a Salzburg historian's `einige tausend` fresh troops "
        "(other, increment, `pub`); the Sonnblick observatory, metres, degrees, Russian losses",
    text="""\
---
title: "Kims Truppen räumen die erste Linie bei Kursk"
date: 2025-02-13
ausgabe: 7/2025
ressort: Welt & Österreich
---

# Kursk: Seoul zählt [[3.000]] tote und verletzte Nordkoreaner

**Nach schweren Verlusten hat Russland die nordkoreanischen Einheiten offenbar aus der ersten \
Linie genommen. Ob sie zurückkehren, ist offen.**

Seit Ende Jänner sind an der Front im russischen Gebiet Kursk kaum mehr nordkoreanische Soldaten \
zu sehen. Das sagte Oleksandr Kindratenko, Sprecher der ukrainischen Spezialeinsatzkräfte, am \
Montag (10. Feber) einem US-Fernsehsender. Von den [[rund 11.000]] Mann, die Pjöngjang im Herbst \
geschickt habe, seien an der Front [[nur mehr wenige hundert]] übrig. Die übrigen seien tot, \
verwundet oder in rückwärtige Lager gebracht worden.

Südkoreas Geheimdienst NIS bestätigte den Rückzug am Mittwoch. In der Stellungnahme bezifferte \
der Dienst die Verluste der Nordkoreaner auf [[etwa 3.000]] Tote und Verwundete, [[knapp 300]] \
davon gefallen. Die Einheiten würden derzeit neu ausgebildet, vor allem im Umgang mit Drohnen.

Kiew warnt trotzdem vor einer neuen Welle. Präsident Wolodymyr Selenskyj hatte Anfang Feber in \
einem Interview gesagt, Kim Jong Un sei bereit, heuer [[bis zu 20.000]] zusätzliche Soldaten \
nach Russland zu entsenden. Belege legte er nicht vor.

## "Kim braucht die Kampferfahrung"

Die Salzburger Zeithistorikerin Monika Gruber, die mit ihrer Familie in Wörth bei Rauris lebt, \
glaubt nicht an ein Ende des Einsatzes. "Ich rechne damit, dass im Frühjahr [[einige tausend]] \
frische Kräfte nachkommen", sagt sie. Für Pjöngjang sei der Krieg eine Schule für die eigene \
Armee, bezahlt von Moskau.

Die ukrainische Armee meldet unterdessen täglich mehr als 1.000 getötete oder verwundete \
russische Soldaten; überprüfen lassen sich diese Zahlen nicht.

## Ein Koreaner am Sonnblick

Weit weg ist der Krieg auch für Jae-won Lim nicht. Der 29-jährige Meteorologe aus Busan arbeitet \
heuer als Gastforscher am Observatorium auf dem Sonnblick, in 3.106 Metern Höhe. "Meine Freunde \
in Seoul reden über nichts anderes", erzählt er. Am Dienstag hatte es am Gipfel minus 17 Grad.

*Der Talbote erscheint jeden Donnerstag. Abo-Service: 06544 61 22.*
""",
    claims=(
        C("3.000", 3000, "exact", "casualties", "south_korea", "wed..pub",
          "heading 'Seoul zählt' from the NIS's Wednesday figure (Wednesday to publication)"),
        C("rund 11.000", 11000, "approx", "in_russia", "ukraine", "mon",
          "SSO spokesman 'am Montag (10. Feber)', Konjunktiv: sent in autumn"),
        C("nur mehr wenige hundert", None, "vague", "near_front", "ukraine", "mon",
          "same spokesman: left at the front (Austrian 'nur mehr')"),
        C("etwa 3.000", 3000, "approx", "casualties", "south_korea", "wed",
          "NIS 'am Mittwoch' ('In der Stellungnahme'): dead and wounded"),
        C("knapp 300", 300, "approx", "casualties", "south_korea", "wed",
          "same statement, 'davon gefallen' (breakdown, no increment)"),
        C("bis zu 20.000", 20000, "at_most", "planned", "ukraine", "2025-02-01..2025-02-10",
          "Zelensky 'Anfang Feber': 'zusätzliche' (increment), heuer", add=True),
        C("einige tausend", None, "vague", "planned", "other", "pub",
          "Salzburg historian 'sagt' (no date): fresh troops 'nachkommen' (increment)",
          add=True),
    ),
)

S04 = Source(
    article_id="s72_04_ch_steiner_anzeiger_nachschub",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-03-28"),
    dated_by="dateline", crlf=True,
    features="Stein am Rhein paper's foreign page as plain text, ISO-8859-1 with CRLF (Swiss: "
        "`ss`, «», `14'000`, `10'000`, 4-digit `3000`/`4000`/`5000`, hyphens for dashes), "
        "dateline 'Stein am Rhein, 28. März 2025 -' (Friday); headline 'Seoul:' `3000 Mann "
        "Nachschub` (increment) from the JCS 'am Donnerstag'; `rund 3000 weitere` (increment) "
        "and `gegen 14'000` (a new total, 'heisst es in Seoul'); the Ukrainian general staff "
        "'am Mittwoch' «mehrere tausend»; Rutte 'Anfang März' «mehr als 10'000» (nato); a "
        "retired ICRC delegate's range (other, `pub`); inhabitants, Ukrainian prisoners, "
        "francs, years, ages",
    text="""\
STEINER ANZEIGER - Ausland

Seoul: Kim schickt [[3000]] Mann Nachschub nach Russland

Stein am Rhein, 28. März 2025 - Nordkorea hat nach Erkenntnissen des südkoreanischen \
Generalstabs seit Jahresbeginn [[rund 3000]] weitere Soldaten nach Russland verlegt. Das teilte \
der Generalstab in Seoul am Donnerstag mit. Damit dürften seit letztem Herbst [[gegen 14'000]] \
Nordkoreaner nach Russland gelangt sein, die Gefallenen und Verwundeten eingerechnet, heisst es \
in Seoul.

[[Gut 1000]] Mann der Verstärkung stünden bereits wieder im Gefecht, vor allem bei den Dörfern \
rund um Sudscha. Kim Jong Un wolle zudem Raketen und Artilleriegeschosse liefern, hiess es weiter.

Auch Kiew beobachtet die Rückkehr. Die Nordkoreaner stellten im Gebiet Kursk wieder «[[mehrere \
tausend]]» Kämpfer, sagte ein Sprecher des ukrainischen Generalstabs am Mittwoch. Sie gingen \
inzwischen vorsichtiger vor als im Winter und setzten selbst Drohnen ein.

Die Nato hatte schon Anfang März gewarnt. Generalsekretär Mark Rutte sprach in Brüssel von \
«[[mehr als 10'000]]» nordkoreanischen Soldaten, die an der Seite Russlands kämpften, und \
forderte mehr Munition für die Ukraine.

Gefangene als Faustpfand

In Stein am Rhein verfolgt Ueli Brunner die Meldungen genau. Zwölf Jahre lang hat der heute \
67-Jährige für das Rote Kreuz in Genf Kriegsgefangene besucht, zuletzt im Kaukasus. Er schätzt, \
dass in Kursk bisher «[[zwischen 4000 und 5000]]» Nordkoreaner getötet oder verwundet worden \
sind. «Für die Familien in Nordkorea gibt es keine Nachricht, keine Urne, nichts», sagt er.

Besonders beschäftigt ihn das Schicksal der beiden Nordkoreaner, die seit Januar in ukrainischer \
Gefangenschaft sind. Sie wollen nach eigenen Angaben nach Südkorea. Russland hält nach Kiewer \
Angaben über 8000 Ukrainer gefangen; ein Austausch mit Pjöngjang ist nicht in Sicht.

Brunner spricht am 3. April im Saal des Klosters St. Georgen über seine Arbeit. Eintritt frei, \
Kollekte zugunsten des Roten Kreuzes. Das Städtchen mit seinen rund 3500 Einwohnern hat das IKRK \
schon 1999 mit einem Benefizkonzert unterstützt, das 12'000 Franken einbrachte.
""",
    claims=(
        C("3000", 3000, "exact", "in_russia", "south_korea", "thu..pub",
          "headline 'Seoul:' from the general staff's Thursday figure: 'Mann Nachschub' "
          "(increment)", add=True),
        C("rund 3000", 3000, "approx", "in_russia", "south_korea", "thu",
          "JCS, named in the next sentence 'am Donnerstag': 'weitere' (increment)", add=True),
        C("gegen 14'000", 14000, "approx", "in_russia", "south_korea", "thu",
          "same statement, 'heisst es in Seoul': a new total ('gegen' = nearly), no increment"),
        C("Gut 1000", 1000, "at_least", "near_front", "south_korea", "thu",
          "same statement, Konjunktiv: 'Gut 1000' (a good 1000) of the reinforcements in "
          "combat (breakdown, no increment)"),
        C("mehrere tausend", None, "vague", "near_front", "ukraine", "wed",
          "Ukrainian general staff spokesman 'am Mittwoch', «…»: fighters in Kursk"),
        C("mehr als 10'000", 10000, "at_least", "near_front", "nato", "2025-03-01..2025-03-10",
          "Rutte 'Anfang März' (days 1-10): fighting at Russia's side"),
        C("zwischen 4000 und 5000", None, "range", "casualties", "other", "pub",
          "retired ICRC delegate 'schätzt' (no date): killed or wounded"),
    ),
)

S05 = Source(
    article_id="s72_05_steinmetz_innung_gedenkmuseum_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-10-24"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Der Steinmetz - Mitteilungen der Innung Rhein-Main",
        "https://www.steinmetz-innung-rheinmain.example/mitteilungen/2025-10/granit-fuer-kursk",
        "Granit für die Gefallenen von Kursk",
    ),
    features="stonemasons' guild magazine in Markdown, windows-1252 with CRLF, front matter "
        "without a date (sidecar, Friday); bold deck restating the NIS's September toll; KCNA "
        "'am Donnerstag' without a figure; state TV 'Im August' `Hunderten` fallen "
        "(north_korea); the NIS 'im September' `rund 2000` dead, `etwa 13.000` sent and "
        "'Zusätzlich' `etwa 5.000` builders (increment); Shoigu 'im Juni' `6.000` (russia); "
        "HUR 'geht … aus' (no date); the magazine's own sum `mindestens 18.000` "
        "(unattributed); tonnes of granite, metres, euros, member firms, apprentices, a trade "
        "fair",
    text="""\
---
title: "Granit für die Gefallenen von Kursk"
rubrik: Denkmal & Gesellschaft
autor: Hans-Peter Wolff
heft: 10/2025
---

# Granit für die Gefallenen von Kursk

**Nordkorea errichtet in Pjöngjang ein Gedenkmuseum für seine Soldaten, die in Russland starben. \
Nach Schätzungen aus Seoul sind es [[rund 2000]]. Was ein Denkmal über einen Krieg erzählt – und \
was es verschweigt.**

*Von Hans-Peter Wolff*

Die Bilder aus Pjöngjang zeigen Bagger, Fahnen und einen Mann mit Schaufel. Machthaber Kim Jong \
Un habe den ersten Spatenstich für ein Museum zu Ehren der „Helden der Auslandsoperationen“ \
gesetzt, meldete die Staatsagentur KCNA am Donnerstag. Wie viele Namen einmal auf den Tafeln \
stehen werden, verriet sie nicht.

Im August hatte das Staatsfernsehen Kim gezeigt, wie er vor einer Wand mit den Fotos von \
[[Hunderten]] gefallenen Soldaten niederkniete. Nordkorea selbst nennt bis heute keine Zahl.

## Was Seoul weiß

Der südkoreanische Auslandsgeheimdienst NIS schätzte im September, dass [[rund 2000]] \
Nordkoreaner in Russland ums Leben gekommen sind. Insgesamt habe Pjöngjang [[etwa 13.000]] \
Soldaten geschickt. Zusätzlich seien [[etwa 5.000]] Militärbauarbeiter ins Land gekommen, um \
zerstörte Straßen und Brücken im Gebiet Kursk wieder aufzubauen.

Moskau hatte diesen Schritt angekündigt: Im Juni erklärte Sergej Schoigu, Chef des russischen \
Sicherheitsrats, während seiner Reise nach Pjöngjang, Nordkorea werde [[6.000]] Minenräumer und \
Bauleute nach Kursk entsenden.

Der ukrainische Militärgeheimdienst HUR geht von noch höheren Verlusten aus und spricht von \
[[mehr als 6.000]] getöteten oder verletzten Nordkoreanern.

Legt man die Angaben aus Seoul nebeneinander, waren seit Herbst 2024 [[mindestens 18.000]] \
Nordkoreaner in Russland im Einsatz – Kampftruppen und Bauarbeiter zusammen.

## Der Stein als Zeuge

Für unser Handwerk ist das eine vertraute Aufgabe. Nach den Weltkriegen entstanden in fast jedem \
Dorf Ehrenmale, viele davon aus Main-Sandstein. „Ein Denkmal ist immer auch ein politisches \
Werk“, sagt Steinmetzmeister Jürgen Kallweit aus Hanau, der seit 1988 Kriegsgräber restauriert. \
Für ein Ehrenmal mit 2,40 Meter hoher Stele rechnet er mit rund 40 Tonnen Granit und Kosten ab \
85.000 Euro.

Die Innung zählt derzeit 142 Mitgliedsbetriebe und 61 Auszubildende. Die nächste Stone+tec in \
Nürnberg findet im Juni 2026 statt.
""",
    claims=(
        C("rund 2000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-10-24",
          "bold deck 'Nach Schätzungen aus Seoul': the NIS's September figure (September to "
          "publication)"),
        C("Hunderten", None, "vague", "casualties", "north_korea", "2025-08-01..2025-08-31",
          "state TV 'Im August': photos of the fallen on a wall"),
        C("rund 2000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "NIS 'schätzte im September': dead"),
        C("etwa 13.000", 13000, "approx", "in_russia", "south_korea", "2025-09-01..2025-09-30",
          "same estimate, Konjunktiv ('habe … geschickt'): sent in all"),
        C("etwa 5.000", 5000, "approx", "in_russia", "south_korea", "2025-09-01..2025-09-30",
          "same estimate: 'Zusätzlich' builders came (increment)", add=True),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'Im Juni' in Pyongyang: would send deminers and builders"),
        C("mehr als 6.000", 6000, "at_least", "casualties", "ukraine", "pub",
          "HUR 'geht … aus' (no date): killed or wounded"),
        C("mindestens 18.000", 18000, "at_least", "in_russia", "unattributed", "pub",
          "the magazine's own sum of Seoul's figures (13,000 + 5,000)"),
    ),
)

S06 = Source(
    article_id="s72_06_kassel_campusblatt_ringvorlesung_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-11-19"),
    dated_by="sidecar",
    sidecar=(
        "Kasseler Campusblatt", "",
        "Ringvorlesung: Warum Kim seine Soldaten in Russland sterben lässt",
    ),
    features="Kassel student paper in HTML, ISO-8859-1 (quotes only as `&bdquo;`/`&ldquo;`, "
        "`&ndash;`, `&euro;`, `&amp;`), no meta date (sidecar without url, Wednesday), a "
        "consent box about 'Krümel', navigation, footer; a guest lecturer at a lecture series "
        "'am vergangenen Donnerstag' with a range and `noch einmal mehrere tausend` (other, "
        "increment); the NIS 'Anfang November' `etwa 10.000` at the border, 'Hinzu kommen' "
        "`rund 5.000` builders (increment), 'beziffert der Dienst' carried; HUR 'Mitte "
        "Oktober'; KCNA's parade veterans `mehrere hundert` (optional, returnees); students, "
        "room numbers, minutes, euros, audience",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Ringvorlesung: Warum Kim seine Soldaten in Russland sterben lässt &ndash; Kasseler \
Campusblatt</title>
<meta property="og:type" content="article">
<link rel="stylesheet" href="/css/campus.css">
</head>
<body>
<div id="kruemel">Auch wir kommen nicht ohne Cookies aus. Sollen wir nur die nötigsten Krümel \
speichern oder die ganze Packung? <button>Nur Krümel</button> <button>Ganze Packung</button></div>
<nav><a href="/">Campusblatt</a> | <a href="/hochschule">Hochschule</a> | <a \
href="/stadt">Stadt</a> | <a href="/welt">Welt</a> | <a href="/mitmachen">Mitmachen</a></nav>
<main>
<h1>Ringvorlesung: Warum Kim seine Soldaten in Russland sterben lässt</h1>
<p class="teaser">Die Politologin Miriam Soltau erklärte im vollen Hörsaal, was Nordkorea vom \
Krieg in der Ukraine hat. Und warum sie mit weiteren Truppen rechnet.</p>
<p class="autor">Text: Lea Brandhorst</p>
<p>Rund 180 Zuhörerinnen und Zuhörer drängten sich am vergangenen Donnerstag im Hörsaal 1 am \
Campus Holländischer Platz, einige saßen auf den Treppenstufen. Miriam Soltau, \
Politikwissenschaftlerin an der Universität Gießen, sprach in der Ringvorlesung &bdquo;Krieg und \
Ordnung&ldquo; über Nordkoreas Soldaten in Russland.</p>
<p>Nach ihrer Schätzung stehen derzeit [[zwischen 10.000 und 12.000]] Nordkoreaner in Russland. \
Sie stützte sich dabei auch auf den südkoreanischen Geheimdienst NIS, der Anfang November von \
[[etwa 10.000]] Soldaten gesprochen hatte, die in den Grenzgebieten zur Ukraine stationiert \
seien. Hinzu kommen laut NIS [[rund 5.000]] Militärbauarbeiter, die seit dem Spätsommer nach \
Russland verlegt werden. Die Zahl der Gefallenen beziffert der Dienst auf [[rund 2.000]].</p>
<p>Kiew zeichnet ein ähnliches Bild. Der ukrainische Militärgeheimdienst HUR meldete Mitte \
Oktober, im Gebiet Kursk seien [[mehr als 11.000]] Nordkoreaner im Einsatz, viele davon als \
Drohnenpiloten und Artilleristen.</p>
<p>Pjöngjang feiert die Heimkehrer inzwischen offen. Zur Feier des 80. Gründungstags der Partei \
am 10. Oktober liefen nach einer Meldung von KCNA [[mehrere hundert]] von ihnen in eigenen \
Blöcken über den Kim-Il-Sung-Platz.</p>
<h2>&bdquo;Das ist ein Geschäft&ldquo;</h2>
<p>Für Soltau ist der Einsatz vor allem ein Tauschhandel. &bdquo;Moskau liefert Öl, Devisen und \
Know-how, Pjöngjang liefert Menschen&ldquo;, sagte sie. Sie geht davon aus, dass Kim bis zum \
Frühjahr noch einmal [[mehrere tausend]] Soldaten schicken wird.</p>
<p>In der Fragerunde meldete sich auch Dmytro, 22, der aus Charkiw stammt und in Kassel \
Maschinenbau studiert. Seine Heimatstadt liegt rund 30 Kilometer von der Grenze entfernt. \
&bdquo;Für uns sind das keine Zahlen&ldquo;, sagte er.</p>
<p>Die Ringvorlesung geht am 27. November in Raum 0115 weiter; der Eintritt ist frei, die Mensa \
bietet danach Suppe für 2,50 &euro; an. An der Universität Kassel sind derzeit knapp 24.000 \
Studierende eingeschrieben.</p>
</main>
<footer>&copy; 2025 Kasseler Campusblatt e.&nbsp;V. | <a href="/impressum">Impressum</a> | \
Redaktionssitzung jeden Montag, 18&nbsp;Uhr</footer>
<script src="/js/zaehler.js" async></script>
</body>
</html>
""",
    claims=(
        C("zwischen 10.000 und 12.000", None, "range", "in_russia", "other", "thu",
          "guest lecturer at the lecture 'am vergangenen Donnerstag' (13 November): in Russia"),
        C("etwa 10.000", 10000, "approx", "near_front", "south_korea", "2025-11-01..2025-11-10",
          "NIS 'Anfang November' (X citing Y keeps Y's group): stationed in the border areas"),
        C("rund 5.000", 5000, "approx", "in_russia", "south_korea", "2025-11-01..2025-11-10",
          "'Hinzu kommen laut NIS' (increment): builders moved to Russia", add=True),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-11-01..2025-11-10",
          "'beziffert der Dienst' (present tense, the date carried from 'Anfang November'): dead"),
        C("mehr als 11.000", 11000, "at_least", "near_front", "ukraine",
          "2025-10-11..2025-10-20", "HUR 'Mitte Oktober': deployed in Kursk"),
        C("mehrere hundert", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "KCNA: Kursk veterans marching at the 10 October party celebration (returnees: optional)",
          opt=True),
        C("mehrere tausend", None, "vague", "planned", "other", "thu",
          "the lecturer 'geht davon aus' at the Thursday lecture: 'noch einmal' (increment)",
          add=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Australia, South Atlantic, US, Cyprus, Cameroon, Scotland)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="s72_07_pilbara_tide_seoul_600_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-04-30"),
    dated_by="html_meta", crlf=True,
    features="Port Hedland daily in HTML, windows-1252 with CRLF (curly quotes, dashes, `°`), "
        "`<meta name=\"date\">` with +08:00 (Wednesday), a cookie notice with its own wording, "
        "navigation, a tide table, a footer; `<title>` figure (optional); headline 'Seoul:' "
        "from the NIS 'on Wednesday' (the publication day); a lawmaker relaying the agency's "
        "briefing ('he said'), `roughly 4,700` and `around 15,000`; Budanov 'last week'; the "
        "Pentagon 'In January'; Australia's defence minister 'on Tuesday' (other); KCNA and "
        "Gerasimov without a figure; the town's population of about 15,000, tonnes, ships, "
        "dollars, temperature, election day",
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="windows-1252">
<title>Seoul says [[600]] North Korean soldiers have died in Russia’s war | The Pilbara \
Tide</title>
<meta name="date" content="2025-04-30T16:20:00+08:00">
<meta property="og:site_name" content="The Pilbara Tide">
<script>window.tideAds={slot:"world-top",size:"300x250",region:"WA-north"};</script>
</head>
<body>
<div class="cookie-note">Like the harbour master, we keep a log. Ours records which pages you \
read, so we can fund local reporting. <button>Log it</button> <button>Leave it blank</button></div>
<header><a href="/">The Pilbara Tide</a> — <a href="/local">Hedland</a> · <a \
href="/mining">Mining</a> · <a href="/world">World</a> · <a href="/footy">Footy</a> · <a \
href="/tides">Tides</a></header>
<article>
<h1>Seoul: [[600]] North Korean soldiers dead in Kursk fighting</h1>
<p class="standfirst">First casualty update since Moscow and Pyongyang came clean about the \
deployment</p>
<p class="byline">By Shannon Doyle, World desk</p>
<p>South Korea’s spy agency said on Wednesday that [[about 600]] of the North Korean soldiers \
sent to Russia have been killed, in its first update since the two governments admitted the \
deployment.</p>
<p>Afterwards MP Lee Seong-kweun briefed journalists on what the spies had said behind closed \
doors. All up, the North had lost [[roughly 4,700]] men killed or wounded out of [[around \
15,000]] dispatched since October, he said. Most of the fighting had been in the Kursk region, \
which Russia says it has now retaken.</p>
<p>On Monday, North Korea’s official KCNA news agency quoted Kim Jong Un as praising his troops’ \
“heroic feats” but gave no numbers. Two days earlier Russia’s chief of general staff, Valery \
Gerasimov, had thanked them publicly, again without saying how many there were.</p>
<p>Kyiv believes plenty remain. Ukraine’s military intelligence chief, Kyrylo Budanov, told a \
Ukrainian news site last week that [[about 3,000]] North Koreans were still serving in the \
border area. The Pentagon has said little since January, when it estimated that [[about 1,000]] \
of them had been killed.</p>
<p>In Canberra, the deployment has become an election issue of sorts. Defence Minister Richard \
Marles, campaigning in Perth on Tuesday ahead of Saturday’s federal poll, called it a “grave \
escalation” and said “[[more than 14,000]]” North Korean troops had been sent to fight for \
Moscow.</p>
<h2>Far away, but not that far</h2>
<p>For Port Hedland, whose population of about 15,000 depends on the ore trade, the war is not \
entirely remote. South Korean steelmakers buy millions of tonnes of Pilbara iron ore each year, \
and several Korean-crewed bulk carriers were at anchor off the harbour this week. The port \
shipped a record 580 million tonnes in the last financial year, worth well over $60 billion.</p>
<p>“We watch the news from home every night in the mess,” said a 31-year-old deckhand from \
Busan, who asked not to be named. “My younger brother starts his military service next year.”</p>
</article>
<aside class="tides">High tide Thursday 7.1 m at 10:42 · Max temp 34°</aside>
<footer>© 2025 The Pilbara Tide Pty Ltd · 14 Wedge St, Port Hedland WA 6721 · (08) 9173 \
0000</footer>
</body>
</html>
""",
    claims=(
        C("600", 600, "exact", "casualties", "south_korea", "wed",
          "<title> (metadata) restating the NIS's Wednesday figure", opt=True),
        C("600", 600, "exact", "casualties", "south_korea", "wed",
          "headline 'Seoul:' from the lead (Wednesday, the publication day): dead"),
        C("about 600", 600, "approx", "casualties", "south_korea", "wed",
          "spy agency 'said on Wednesday': killed"),
        C("roughly 4,700", 4700, "approx", "casualties", "south_korea", "wed",
          "lawmaker relaying the same briefing ('he said' at the end): killed or wounded"),
        C("around 15,000", 15000, "approx", "in_russia", "south_korea", "wed",
          "same sentence: dispatched since October"),
        C("about 3,000", 3000, "approx", "near_front", "ukraine", "lastweek",
          "Budanov 'last week': still serving in the border area"),
        C("about 1,000", 1000, "approx", "casualties", "united_states",
          "2025-01-01..2025-01-31", "Pentagon 'since January, when it estimated': killed"),
        C("more than 14,000", 14000, "at_least", "in_russia", "other", "tue",
          "Australia's defence minister (a third government: other) 'on Tuesday', in quotes: "
          "sent"),
    ),
)

S08 = Source(
    article_id="s72_08_tristan_world_briefing_shoigu",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-06-20"),
    dated_by="front_matter",
    features="Tristan da Cunha news page's world briefing as plain text, UTF-8, YAML front "
        "matter with `date:` (Friday) and a title with a figure (optional); a capitalised "
        "headline line; Shoigu in Pyongyang 'on Tuesday' `1,000` and `5,000` (russia, planned, "
        "no increment word); the NIS 'on Thursday' with `around 13,000` and `some 2,000` "
        "wounded; Zelensky 'has said' `tens of thousands more` (increment, `pub`); the page's "
        "own sum `close to 20,000` (unattributed); islanders, passengers, a quota in tonnes, "
        "kilometres, a phone number",
    text="""\
---
title: "World briefing: Russia to get [[6,000]] North Korean builders and deminers"
date: 2025-06-20
section: News from beyond the island
author: Island Administration Office
---

WORLD BRIEFING

RUSSIA TO RECEIVE [[6,000]] NORTH KOREAN ENGINEERS

Many islanders follow the war in Ukraine on the radio and on the few screens at the Prince \
Philip Hall, so here is a short summary of this week's news about North Korea's part in it.

Russia's Sergei Shoigu flew to Pyongyang on Tuesday for his second visit in a fortnight. After \
talks with Kim Jong Un he announced that North Korea would send [[1,000]] specialists in \
clearing mines to the Kursk region, together with [[5,000]] military builders to repair roads, \
bridges and houses damaged in the fighting there. Mr Shoigu, who heads Russia's Security \
Council, called it "brotherly help".

South Korea's intelligence service gave its own picture on Thursday. In a report to parliament, \
the agency estimated that the North had so far sent [[around 13,000]] combat troops to Russia, \
counting the reinforcements that arrived early this year. It added that [[some 2,000]] wounded \
soldiers had been flown or taken by train back to North Korea, where they were being kept in \
hospitals near Pyongyang and Sinuiju.

Ukraine's president, Volodymyr Zelensky, has said repeatedly that Kim Jong Un could send [[tens \
of thousands]] more if Moscow asks for them.

Put together, the combat troops already sent and the new engineers would bring the North's \
contribution to [[close to 20,000]] people.

Why does this matter to us? It probably does not, directly. But the price of fuel for the \
island's generators and fishing boats rises and falls with the war, and the next shipment on the \
SA Agulhas II will be charged at the new rate.

ISLAND NOTES

- The SA Agulhas II is due on 14 September with 46 passengers, including two doctors for the \
hospital.
- The crawfish season closes at the end of June; this year's quota of 390 tonnes has nearly been \
reached.
- Cape Town is about 2,800 km away; mail goes out with every ship.
- The island's population stands at 232. Questions to the Administration Office, +44 20 3014 2034.
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "front-matter title (metadata): Shoigu's Tuesday figures added up", opt=True),
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "capitalised headline line: Shoigu's Tuesday figures added up (1,000 + 5,000): to "
          "receive"),
        C("1,000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'on Tuesday': would send mine-clearing specialists"),
        C("5,000", 5000, "exact", "planned", "russia", "tue",
          "same statement: military builders (a new contingent, no increment word)"),
        C("around 13,000", 13000, "approx", "in_russia", "south_korea", "thu",
          "NIS 'on Thursday': sent so far, reinforcements counted in (a total, no increment)"),
        C("some 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "same report ('It added'): wounded flown or taken home"),
        C("tens of thousands", None, "vague", "planned", "ukraine", "pub",
          "Zelensky 'has said' (no date): could send 'more' (increment)", add=True),
        C("close to 20,000", 20000, "approx", "planned", "unattributed", "pub",
          "the page's own sum of sent troops and announced engineers: would bring"),
    ),
)

S09 = Source(
    article_id="s72_09_vermont_milk_check_first_dead_md",
    language="en", fmt="md", encoding="latin-1", published=day("2024-12-20"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "The Green Mountain Milk Check",
        "https://www.milkcheck-vt.example/2024/12/20/beyond-the-barn-north-korea-losses",
        "Beyond the barn: North Korea's losses mount, and a Korean intern worries",
    ),
    features="Vermont dairy paper's world column in Markdown, ISO-8859-1 with CRLF (straight "
        "quotes, `--`), front matter without a date (sidecar, Friday); heading 'Seoul counts' "
        "from the NIS's Thursday figure; `at least 100` and `close to 1,000` wounded (not an "
        "increment), made public 'Thursday' in the next sentence; the Pentagon 'on Monday' "
        "`several hundred`; Zelensky 'on Wednesday'; 'U.S. officials estimate' (no date); a "
        "UVM professor's `200 or more` (other, `pub`); milk prices, farms, cows, age, months "
        "of service, years",
    text="""\
---
title: "Beyond the barn: North Korea's losses mount, and a Korean intern worries"
column: Beyond the Barn
author: Carol Ainsworth
---

## North Korea's losses mount: Seoul counts [[100]] dead

South Korea's intelligence agency believes [[at least 100]] North Korean soldiers have been \
killed in Russia's Kursk region, with [[close to 1,000]] wounded. The estimate was made public \
Thursday by Lee Seong-kweun, a lawmaker on the intelligence committee, after a closed-door \
session in Seoul.

The North Koreans, Lee said, had been thrown into open fields against drones and artillery, with \
little idea of how to fight either.

At the Pentagon on Monday, spokesman Maj. Gen. Pat Ryder described North Korean losses -- the \
dead and wounded together -- as being in the "[[several hundred]]." Ukraine's president, \
Volodymyr Zelensky, went further on Wednesday, writing that Kyiv's count of North Koreans killed \
or wounded had climbed to [[more than 3,000]].

[[About 11,000]] North Korean troops are in Russia now, U.S. officials estimate, most of them in \
Kursk.

Paul Seong, who teaches international politics at the University of Vermont in Burlington, \
thinks Seoul's count of the dead is conservative. "If you look at the way these units were used, \
I would expect [[200 or more]] dead already," he said.

## A long way from Swanton

For Ji-ho Park, the news lands close to home. The 24-year-old from Daegu has spent the fall as \
an intern on a 120-cow dairy farm outside Swanton, learning robotic milking. Back in South Korea \
he still owes the army 18 months of service. "My mother calls every morning to ask if there will \
be a war," he said. "I tell her the cows need me."

South Korea and North Korea have technically been at war since 1950; the fighting stopped with \
an armistice in 1953, not a treaty.

## Markets

The December Class III futures settled at $18.95 per hundredweight on Thursday. Vermont had 540 \
licensed dairy farms at the start of the month, down from 575 a year ago. Our next issue comes \
out January 10.
""",
    claims=(
        C("100", 100, "exact", "casualties", "south_korea", "thu..pub",
          "heading 'Seoul counts' from the NIS's Thursday figure (Thursday to publication)"),
        C("at least 100", 100, "at_least", "casualties", "south_korea", "thu",
          "NIS 'believes', made public 'Thursday' in the next sentence: killed"),
        C("close to 1,000", 1000, "approx", "casualties", "south_korea", "thu",
          "same estimate: wounded (the others of the same count, no increment)"),
        C("several hundred", None, "vague", "casualties", "united_states", "mon",
          "Pentagon spokesman 'on Monday', in quotes: dead and wounded"),
        C("more than 3,000", 3000, "at_least", "casualties", "ukraine", "wed",
          "Zelensky 'on Wednesday': killed or wounded"),
        C("About 11,000", 11000, "approx", "in_russia", "united_states", "pub",
          "'U.S. officials estimate' (present tense, no date), source named at the end: in "
          "Russia"),
        C("200 or more", 200, "at_least", "casualties", "other", "pub",
          "UVM professor 'he said' (no date): dead ('or more' after the figure)"),
    ),
)

S10 = Source(
    article_id="s72_10_limassol_maritime_landing_ships_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-07-25"),
    dated_by="sidecar",
    sidecar=(
        "Limassol Maritime Post",
        "https://www.limassolmaritime.example/geopolitics/russian-landing-ships-north-korean-troops",
        "Russian landing ships ferry North Korean troops as Kyiv warns of up to 30,000 more",
    ),
    features="Limassol English-language shipping news site in HTML, UTF-8 with BOM, no meta "
        "date (sidecar, Friday), `<meta name=\"description\">` figure (optional), a cookie "
        "notice with nautical wording, navigation, a ship-tracking widget script, `&amp;`, "
        "`&rsquo;`; headline 'Kyiv warns of up to 30,000 more' from Budanov 'on Monday' "
        "(`25,000 to 30,000` fresh troops: range, increment); the NIS 'last week' `more than "
        "1,500` by sea and `roughly 11,000` at the border; the State Department 'on Tuesday' "
        "'well beyond 11,000'; a Limassol tracking analyst (other, `pub`); containers, "
        "tonnage, crew, knots, companies, euros, years",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Russian landing ships ferry North Korean troops | Limassol Maritime Post</title>
<meta name="description" content="Ukraine&rsquo;s spy chief says [[25,000 to 30,000]] more North \
Korean soldiers could follow, many of them by sea.">
<script>var mtWidget={mmsi:["273398120","273214310"],refresh:300};</script>
</head>
<body>
<div class="consent">Before you sail on: this site drops a few anchors (cookies) to measure \
traffic and show ads. <button>Weigh anchor</button> <button>Stay in port</button></div>
<nav><a href="/">Home</a> | <a href="/shipping">Shipping</a> | <a href="/ports">Ports &amp; \
Terminals</a> | <a href="/geopolitics">Geopolitics</a> | <a href="/jobs">Crew Jobs</a></nav>
<article>
<h1>Russian landing ships ferry North Korean troops as Kyiv warns of [[up to 30,000]] more</h1>
<p class="byline">By Andreas Georgiou | LIMASSOL</p>
<p>Pyongyang is preparing a second, larger wave of soldiers for Russia, and many of them may \
travel by sea. Kyrylo Budanov, who heads Ukraine&rsquo;s HUR military intelligence agency, said \
on Monday that North Korea could send [[25,000 to 30,000]] fresh troops in the coming months to \
relieve and reinforce the units already there.</p>
<p>Seoul has seen the first voyages. South Korea&rsquo;s National Intelligence Service reported \
to parliament last week that a Russian navy landing ship had carried [[more than 1,500]] \
soldiers from the port of Wonsan to Vladivostok in a single trip in early July. The agency \
believes [[roughly 11,000]] North Koreans remain in the Kursk and Belgorod border areas.</p>
<p>In Washington, a State Department spokesperson said on Tuesday that North Korea had by now \
sent &ldquo;[[well beyond 11,000]]&rdquo; troops to Russia and warned shipowners against \
carrying military cargo for either country.</p>
<h2>What the tracking data show</h2>
<p>The landing ships are not alone. Since August 2023, Russian-flagged cargo vessels have moved \
more than 28,000 containers of munitions and equipment out of the North Korean port of Rajin, \
according to earlier estimates by Western governments. Two of the ships, each of about 4,000 \
deadweight tonnes with a crew of 23, switched off their transponders for days at a time.</p>
<p>Nikos Charalambous, who runs a small ship-tracking consultancy in Limassol, has followed the \
voyages for two years. &ldquo;Counting every sailing we can see, and the flights, I would say \
[[no fewer than 20,000]] North Koreans have crossed into Russia since last October,&rdquo; he \
said. The ships typically make 12 knots, he added, and the crossing takes about a day and a \
half.</p>
<p>Cyprus-registered ship managers have faced scrutiny before: in 2024 two Limassol companies \
were fined a total of &euro;350,000 for breaching EU sanctions on Russian oil.</p>
</article>
<footer>&copy; 2025 Limassol Maritime Post Ltd &middot; Franklin Roosevelt Ave 210, 3045 \
Limassol &middot; <a href="/privacy">Privacy</a></footer>
</body>
</html>
""",
    claims=(
        C("25,000 to 30,000", None, "range", "planned", "ukraine", "mon..pub",
          "<meta name=description> (metadata) restating Budanov's Monday figure: 'more' "
          "(increment)", add=True, opt=True),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "mon..pub",
          "headline 'Kyiv warns of … more' (increment, labelled as written): Budanov's Monday "
          "figure", add=True),
        C("25,000 to 30,000", None, "range", "planned", "ukraine", "mon",
          "Budanov 'on Monday': could send 'fresh troops' to relieve and reinforce (increment)",
          add=True),
        C("more than 1,500", 1500, "at_least", "in_russia", "south_korea", "lastweek",
          "NIS report to parliament 'last week': carried to Vladivostok"),
        C("roughly 11,000", 11000, "approx", "near_front", "south_korea", "lastweek",
          "'The agency believes' (the same report): in the border areas"),
        C("well beyond 11,000", 11000, "at_least", "in_russia", "united_states", "tue",
          "State Department spokesperson 'on Tuesday', in quotes: sent"),
        C("no fewer than 20,000", 20000, "at_least", "in_russia", "other", "pub",
          "Limassol tracking analyst 'he said' (no date): crossed into Russia"),
    ),
)

S11 = Source(
    article_id="s72_11_cameroon_dispatch_2000_dead_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-09-10"),
    dated_by="dateline",
    features="Cameroonian English-language newsletter as plain text, UTF-16 LE with BOM, "
        "dateline 'BUEA, 10 September 2025 --' (Wednesday); headline 'Seoul:' from the NIS "
        "('By the reckoning of'), dated 'last Thursday' by the next sentence; `Some 15,000` "
        "carried by 'the agency'; HUR 'In a statement in "
        "August'; the US envoy at the UN 'on Friday' `thousands`; state media 'in late August' "
        "`dozens` of coffins (north_korea); Cameroonians recruited by Russia, CFA francs, "
        "ages, a phone number",
    text="""\
MOUNT CAMEROON DISPATCH
A weekly letter from Buea for readers at home and abroad

Seoul: [[2,000]] North Koreans killed in Russia's war

BUEA, 10 September 2025 -- By the reckoning of South Korea's National Intelligence Service, \
[[about 2,000]] North Koreans sent to Russia are now dead. A member of the parliamentary \
intelligence committee gave the figure last Thursday after the agency had briefed its members. \
[[Some 15,000]] have now served in Russia, according to the agency, most of them in the Kursk \
border region.

Ukraine says the true cost is far higher. In a statement in August, its military intelligence \
agency spoke of [[over 6,000]] North Koreans killed or wounded since the first battles last \
November.

North Korea's leader, Kim Jong Un, has begun to mourn his dead in public. In late August, state \
television showed him standing in silence before the flag-draped coffins of [[dozens]] of \
soldiers returned from Russia, and handing medals to their families.

The United States keeps up the pressure. At the UN Security Council on Friday, Washington's \
envoy accused Pyongyang of continuing to send "[[thousands]] of its young men" to Russia in \
exchange for money and weapons technology.

WHY THIS MATTERS HERE

The war is closer to Cameroon than many think. Families in the South West and North West regions \
have told this newsletter of young men who answered online adverts for "security jobs" in Russia \
and were never heard from again. One mother in Kumba, 52, says her son was promised 900,000 CFA \
francs a month. Civil society groups say at least 60 Cameroonians may have been recruited since \
2023; the government in Yaoundé has not confirmed a figure.

If you have information about a relative recruited abroad, call our desk on +237 6 77 41 20 93 \
or write to the address below. We protect our sources.

The Mount Cameroon Dispatch is published every Wednesday. Subscriptions: 5,000 CFA francs a year.
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "thu..pub",
          "headline 'Seoul:' from the NIS's figure 'last Thursday' (Thursday to publication)"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "'By the reckoning of' the NIS, dated by the next sentence (a lawmaker 'gave the "
          "figure last Thursday', 4 September): dead"),
        C("Some 15,000", 15000, "approx", "in_russia", "south_korea", "thu",
          "'according to the agency' (the same briefing): served in Russia"),
        C("over 6,000", 6000, "at_least", "casualties", "ukraine", "2025-08-01..2025-08-31",
          "HUR 'In a statement in August': killed or wounded"),
        C("dozens", None, "vague", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "state television 'In late August': coffins of the fallen"),
        C("thousands", None, "vague", "in_russia", "united_states", "fri",
          "US envoy at the Security Council 'on Friday', in quotes: continuing to send"),
    ),
)

S12 = Source(
    article_id="s72_12_luing_bulletin_border_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-11-06"),
    dated_by="sidecar",
    sidecar=(
        "Luing Community Bulletin",
        "https://www.isleofluing.example/bulletin/2025/11/over-the-water",
        "Over the Water: Seoul sees 10,000 North Koreans guarding Russia's border",
    ),
    features="Isle of Luing community page in Markdown, UTF-8, front matter without a date "
        "(sidecar, Thursday); section heading 'Over the Water: Seoul sees' from the NIS 'on "
        "Tuesday'; `Some 5,000` builders (no increment word), the agency's `around 2,000` dead "
        "carried; Rutte 'at the end of October' (nato); HUR 'says' (no date); a Cullipool "
        "islander's `five to ten thousand` (range, increment, other, `pub`); the island's "
        "population, ferry metres and times, a talk's attendance, pounds, years",
    text="""\
---
title: "Over the Water"
section: Bulletin
author: Morag Campbell
---

## Over the Water: Seoul sees [[10,000]] North Koreans guarding Russia's border

*Our monthly look at the wider world, for those of us who get our news on the ferry.*

South Korea's intelligence service told its parliament on Tuesday that [[about 10,000]] North \
Korean troops are now stationed in Russia's border regions opposite Ukraine, where they guard \
the frontier rather than attack. [[Some 5,000]] military builders were being moved into Russia, \
the agency said, to rebuild what the fighting destroyed.

Its count of North Koreans killed since last autumn stands at [[around 2,000]].

NATO's secretary-general, Mark Rutte, said in Brussels at the end of October that Pyongyang had \
"sent [[well over 10,000]] of its young men" to fight for Moscow, and warned that Russia was \
paying with missile and space technology.

Kyiv's HUR spy agency says [[11,000]] North Koreans are still deployed around Kursk, a good \
number of them flying drones.

Not everyone on Luing thinks it ends there. Iain MacDougall of Cullipool, who spent 22 years at \
sea with the merchant navy and has sailed into Nampo and Vladivostok, expects "another [[five to \
ten thousand]] by the spring. Kim gets paid per head."

## Island news

- The ferry across Cuan Sound -- all 200 metres of it -- runs to the winter timetable from \
Monday; the last crossing is at 18:45.
- Forty-eight people came to the Atlantic Islands Centre for last month's talk on the slate \
quarries, which closed in 1965. Tickets for the December talk are £5.
- The island's population is just under 200. Contributions to the bulletin by the 25th of each \
month, please.
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "tue..pub",
          "section heading 'Seoul sees' from the NIS's Tuesday figure (Tuesday to "
          "publication): guarding the border"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "NIS 'told its parliament on Tuesday': stationed in the border regions"),
        C("Some 5,000", 5000, "approx", "in_russia", "south_korea", "tue",
          "'the agency said' at the end: builders moved into Russia (no increment word)"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "'Its count' (the same briefing, date carried): killed"),
        C("well over 10,000", 10000, "at_least", "in_russia", "nato",
          "2025-10-21..2025-10-31", "Rutte 'at the end of October', in quotes: sent"),
        C("11,000", 11000, "exact", "near_front", "ukraine", "pub",
          "HUR 'says' (present tense, no date): remain in Kursk"),
        C("five to ten thousand", None, "range", "planned", "other", "pub",
          "Cullipool islander 'expects' (no date): 'another' (increment)", add=True),
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
