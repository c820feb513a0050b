"""Build the SIXTY-FIRST BLIND hand-labelled corpus: articles, sidecar, gold (`build_corpus.py`).

The sixty-third corpus for an honest measurement on articles the extractor has never met,
written in session 10 without opening the extractor, its lexicons or the topic file, and without
running it. Ordinary news from outlets and angles the other corpora do not have: an Emden daily,
a Saale-Holzland radio station's web text, a Gurktal weekly (Austrian conventions), a Bremgarten
paper (Swiss conventions), a locksmiths' guild magazine and a Cottbus student radio; a Westport
(New Zealand) daily, a Jura (Scotland) community page, a Missouri public radio site, a Constanta
port bulletin in English, a Tinian news page and an English-language newsletter from Niamey.
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
BASE_NAME = "_blind61_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

D01 = Source(
    article_id="b61_01_emden_dollart_landungsschiffe",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-10-21"),
    dated_by="sidecar",
    sidecar=(
        "Dollart-Kurier",
        "https://www.dollart-kurier.example/welt/nordkorea-soldaten-russland-schiffe-31877.html",
        "Seoul: 1500 nordkoreanische Elitesoldaten bereits in Russland",
    ),
    features="Emden daily's world page as plain text (sidecar, Monday), byline, a subheading "
        "in quotes; headline 'Seoul:' from the NIS 'am Freitag' (Friday to publication); the "
        "figure before its source ('teilte der Dienst am Freitag mit'), Konjunktiv and 'hieß es' "
        "carrying it to the intended total (`bis zu 12.000`); Zelensky 'schon am Donnerstag' in "
        "Brussels (planned); HUR 'Am Sonntag' on Telegram with a breakdown 'unter ihnen etwa "
        "500'; Peskow and Rutte without a figure; an Emden nautics lecturer 'rechnet damit' "
        "(`mehrere tausend weitere`: vague, other, increment, `pub`); ship capacity (`200 bis "
        "300 Mann`), brigades, kilometres, new cars, age, lecture time and phone number",
    text="""\
Seoul: [[1500]] nordkoreanische Elitesoldaten bereits in Russland

Ein Emder Nautikdozent kennt die Landungsschiffe, mit denen sie übergesetzt haben sollen

Von Hauke Rykena

Emden/Seoul. Im Hafen klingt so eine Nachricht anders als anderswo. Russische Marineschiffe haben \
nach Erkenntnissen aus Seoul in den vergangenen Wochen nordkoreanische Soldaten von der Ostküste \
der koreanischen Halbinsel nach Wladiwostok gebracht. Den Anfang hätten [[rund 1.500]] Männer der \
Spezialkräfte gemacht, teilte der südkoreanische Auslandsgeheimdienst NIS am Freitag mit und \
legte dazu Satellitenbilder aus den Häfen Chongjin und Hamhung vor.

Der Dienst geht davon aus, dass es nicht bei dieser ersten Fahrt bleibt. Pjöngjang habe \
beschlossen, [[bis zu 12.000]] Soldaten in vier Brigaden zu entsenden, hieß es in Seoul. Die \
Männer trügen russische Uniformen und hätten Papiere aus Jakutien und Burjatien erhalten, damit \
sie im Land nicht auffielen.

Kiew hatte früh gewarnt

Für die Ukraine kommen diese Angaben nicht überraschend. Präsident Wolodymyr Selenskyj hatte \
schon am Donnerstag am Rande eines EU-Gipfels in Brüssel gesagt, Nordkorea bereite [[10.000]] \
Soldaten auf einen Einsatz an der Seite Russlands vor. Am Sonntag legte der Militärgeheimdienst \
HUR auf seinem Telegram-Kanal nach: Derzeit würden [[knapp 11.000]] nordkoreanische Infanteristen \
auf Übungsplätzen im Osten Russlands ausgebildet, unter ihnen [[etwa 500]] Offiziere.

Moskau bestreitet weiter alles. Kremlsprecher Dmitri Peskow nannte die Berichte am Freitag „eine \
weitere Ente“. Auch Nato-Generalsekretär Mark Rutte mochte sich zunächst nicht festlegen; man \
habe noch keine Belege, sagte er in Brüssel.

„Eine Nacht auf See“

Jan-Hinrich Bruns hat sich die Bilder genau angesehen. Der 63-Jährige unterrichtet Schiffsführung \
an der Hochschule in Emden und fuhr früher als Kapitän auf den Fähren nach Borkum. Die gezeigten \
Schiffe der russischen Pazifikflotte seien Landungsschiffe, die je nach Bauart 200 bis 300 Mann \
samt Gerät aufnehmen könnten, erklärt er. Von Chongjin bis Wladiwostok seien es gut 430 \
Kilometer: „Das ist eine Nacht auf See, bei ruhigem Wetter nicht einmal das.“

Bruns rechnet damit, dass bis Jahresende [[mehrere tausend]] weitere Nordkoreaner denselben Weg \
nehmen. „Wer einmal so eine Brücke über das Japanische Meer geschlagen hat, der benutzt sie \
auch“, sagt er.

Im Emder Hafen, über den jedes Jahr rund 1,3 Millionen Neuwagen verschifft werden, hat seit dem \
Frühjahr 2022 kein russisches Schiff mehr festgemacht. Bruns spricht am 6. November um 18.30 Uhr \
im Hörsaal T 120 öffentlich über „Seewege im Krieg“; Anmeldung unter 04921 807-1733.
""",
    claims=(
        C("1500", 1500, "exact", "in_russia", "south_korea", "fri..pub",
          "headline 'Seoul:': the NIS figure of the lead (Friday to publication): already in "
          "Russia"),
        C("rund 1.500", 1500, "approx", "in_russia", "south_korea", "fri",
          "figure before its source: 'teilte … NIS am Freitag mit', Konjunktiv: brought to "
          "Vladivostok"),
        C("bis zu 12.000", 12000, "at_most", "planned", "south_korea", "fri",
          "'Der Dienst geht davon aus … hieß es in Seoul': decided to send (intended total)"),
        C("10.000", 10000, "exact", "planned", "ukraine", "thu",
          "Zelensky 'schon am Donnerstag' in Brussels: being prepared for deployment"),
        C("knapp 11.000", 11000, "approx", "in_russia", "ukraine", "sun",
          "HUR 'Am Sonntag' on Telegram, Konjunktiv: trained in eastern Russia"),
        C("etwa 500", 500, "approx", "in_russia", "ukraine", "sun",
          "'unter ihnen' officers: a breakdown of the HUR total, not an increment"),
        C("mehrere tausend", None, "vague", "planned", "other", "pub",
          "Emden lecturer 'rechnet damit' (present tense): 'weitere' will follow (increment)",
          add=True),
    ),
)

D02 = Source(
    article_id="b61_02_holzlandwelle_stadtroda_html",
    language="de", fmt="html", encoding="latin-1", published=day("2024-11-13"),
    dated_by="html_meta",
    features="Saale-Holzland radio station's web text in HTML, ISO-8859-1 (quotes and dashes "
        "only as entities `&bdquo;`/`&ldquo;`/`&ndash;`, `&middot;`, `&amp;`), "
        "`article:published_time` with +01:00 (Wednesday), a station script, a crumb-themed "
        "consent box, navigation, a 'Stand:' line, footer; `<title>` figure (optional); NIS "
        "'am Mittwoch' (the publication day) before a committee; a State Department spokesman "
        "'Schon am Montag'; the Pentagon's Singh 'am Dienstag' (Kursk); HUR in the present tense "
        "(`pub`); an SSO spokesman 'am Dienstag im Fernsehen' (killed or wounded); Zelensky 'am "
        "Dienstagabend' (could soon be); a Stadtroda NVA veteran 'glaubt' (range, other); North "
        "Korean officers at the Dresden academy in the 1980s, Russian losses by a British "
        "estimate, refugees in the district, frequency, ages, years",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Nordkoreas Soldaten im Gefecht &ndash; Seoul nennt [[mehr als 10.000]] | \
Holzlandwelle</title>
<meta property="article:published_time" content="2024-11-13T17:45:00+01:00">
<meta property="og:site_name" content="Holzlandwelle">
<meta name="robots" content="index,follow">
<script>var hlw = {kanal: "holzlandwelle", sendegebiet: "SHK", ukw: "98,1"};</script>
</head>
<body>
<div id="kruemel" class="hinweis">Ohne ein paar Krümel im Browser stottert unser Webradio. Dürfen \
wir welche hinterlassen? <button>Krümel sind okay</button> <button>Bitte krümelfrei</button></div>
<nav><a href="/">Start</a> | <a href="/nachrichten">Nachrichten</a> | <a href="/holzland">Aus dem \
Holzland</a> | <a href="/verkehr">Verkehr &amp; Blitzer</a> | <a href="/termine">Termine</a></nav>
<main>
<article>
<h1>Seoul: Nordkoreas Soldaten kämpfen jetzt bei Kursk</h1>
<p class="teaser">Südkoreas Geheimdienst sieht die Truppen aus Pjöngjang erstmals im Gefecht. Ein \
Stadtrodaer, der vor vierzig Jahren mit nordkoreanischen Offizieren studiert hat, wundert das \
nicht.</p>
<p class="stand">Stand: 13.11.2024, 17:45 Uhr &middot; Tilo Grützner</p>
<p>Nordkoreanische Soldaten kämpfen nach Erkenntnissen Südkoreas inzwischen selbst im russischen \
Gebiet Kursk. Ein Teil der [[mehr als 10.000]] Mann, die Pjöngjang nach Russland geschickt habe, \
sei in Verbände der russischen Marineinfanterie und der Luftlandetruppen eingegliedert worden, \
erklärte der Geheimdienst NIS am Mittwoch vor dem Verteidigungsausschuss des Parlaments in Seoul. \
Der Dienst stützt sich nach eigener Darstellung auf abgehörten Funkverkehr und Drohnenbilder.</p>
<p>Schon am Montag hatte ein Sprecher des US-Außenministeriums erklärt, [[über 10.000]] \
Nordkoreaner seien in den Osten Russlands gebracht worden und die meisten von ihnen inzwischen \
weiter nach Westen. Konkreter wurde tags darauf das Pentagon: [[Etwa 10.000]] stünden im Gebiet \
Kursk und hätten dort gemeinsam mit russischen Einheiten mit Gefechtsübungen begonnen, sagte \
Sprecherin Sabrina Singh am Dienstag.</p>
<p>Die Ukraine nennt höhere Zahlen. Nach Darstellung ihres Militärgeheimdienstes HUR stehen \
[[rund 11.000]] Nordkoreaner im Grenzgebiet bereit. Ein Sprecher der ukrainischen Spezialkräfte \
sagte am Dienstag im Fernsehen, bei den ersten Gefechten seien [[mehr als 200]] von ihnen getötet \
oder verwundet worden. Unabhängig überprüfen lässt sich das nicht. Präsident Wolodymyr Selenskyj \
warnte am Dienstagabend in seiner Videobotschaft, bald könnten es [[15.000]] sein, und forderte \
erneut Waffen mit größerer Reichweite.</p>
<h2>&bdquo;Die waren damals schon hart gedrillt&ldquo;</h2>
<p>Wolfgang Seidenzahl hat die Meldung im Autoradio gehört. Der 68-Jährige aus Stadtroda war \
Offizier der Nationalen Volksarmee und besuchte von 1983 bis 1986 die Militärakademie in Dresden \
&ndash; in einem Lehrgang mit 14 Offizieren aus Nordkorea. &bdquo;Zäh, diszipliniert, und über zu \
Hause haben die nie ein Wort verloren&ldquo;, erinnert er sich.</p>
<p>Seidenzahl glaubt, dass am Ende [[20.000 bis 30.000]] Nordkoreaner für Russland im Einsatz \
sein werden. &bdquo;Für Moskau ist das billiger Nachschub, und Kim bekommt Technik, an die er \
sonst nie käme.&ldquo; Russland selbst verliert nach einer britischen Schätzung derzeit mehr als \
1.200 Soldaten am Tag an Toten und Verwundeten.</p>
<p>Im Saale-Holzland-Kreis leben nach Angaben des Landratsamts derzeit etwa 1.100 Geflüchtete aus \
der Ukraine.</p>
</article>
</main>
<footer><p>Holzlandwelle &middot; UKW 98,1 &middot; Studio Hermsdorf &middot; Hörertelefon 036601 \
59 40 &middot; &copy; 2024</p></footer>
<script src="/static/livestream.min.js" defer></script>
</body>
</html>
""",
    claims=(
        C("mehr als 10.000", 10000, "at_least", "in_russia", "south_korea", "wed",
          "`<title>` (metadata) restating the NIS figure of Wednesday (the publication day)",
          opt=True),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "south_korea", "wed",
          "NIS 'am Mittwoch' (the publication day) before a committee, named after the figure: "
          "sent to Russia"),
        C("über 10.000", 10000, "at_least", "in_russia", "united_states", "mon",
          "State Department spokesman 'Schon am Montag': brought to eastern Russia"),
        C("Etwa 10.000", 10000, "approx", "near_front", "united_states", "tue",
          "Pentagon ('tags darauf', then 'Sprecherin Sabrina Singh am Dienstag'): in the Kursk "
          "region"),
        C("rund 11.000", 11000, "approx", "near_front", "ukraine", "pub",
          "HUR 'Nach Darstellung' in the present tense, no date: ready in the border region"),
        C("mehr als 200", 200, "at_least", "casualties", "ukraine", "tue",
          "SSO spokesman 'am Dienstag im Fernsehen': killed or wounded"),
        C("15.000", 15000, "exact", "planned", "ukraine", "tue",
          "Zelensky 'am Dienstagabend': 'bald könnten es … sein' (expected total)"),
        C("20.000 bis 30.000", None, "range", "planned", "other", "pub",
          "Stadtroda NVA veteran 'glaubt' (present tense): total in the end"),
    ),
)

D03 = Source(
    article_id="b61_03_gurktaler_wochenblatt_abzug",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-02-20"),
    dated_by="front_matter",
    features="Gurktal weekly in Markdown, UTF-8 with BOM, front matter with `date:` (Thursday), "
        "Austrian conventions ('Anfang Feber', 'Mitte Jänner', 'im Jänner', 'heuer'), a bold "
        "deck without figures, a vague h2 'Washington: Noch Tausende' (optional); the NIS "
        "'schon im Jänner' vor Abgeordneten (month) with dead and "
        "wounded side by side (not increments); Zelensky 'in einem am Sonntag ausgestrahlten "
        "Interview'; a US defence official 'am Dienstag' (`mehrere tausend`, Kursk); HUR 'rechnet "
        "damit' with 'verstärkt durch bis zu 3.000' (increment, `pub`); a retired Bundesheer "
        "colonel 'erwartet' (`Tausende`, increment, other); Austrian troops on the Golan, the "
        "Bundesheer, generators and euros, ages, dates",
    text="""\
---
title: "Kims Soldaten von der Front verschwunden"
date: 2025-02-20
ressort: Welt & Region
autorin: Martina Pirker
ausgabe: 8/2025
---

# Kims Soldaten von der Front verschwunden

**Seit Mitte Jänner sollen Nordkoreas Truppen bei Kursk nicht mehr gekämpft haben. Seoul vermutet \
die hohen Verluste dahinter. Ein Weitensfelder Offizier im Ruhestand mahnt zur Vorsicht.**

*Gurk/Seoul/Kiew* – Nach wochenlangen verlustreichen Gefechten sind Nordkoreas Soldaten im \
russischen Gebiet Kursk offenbar aus der vordersten Linie zurückgezogen worden. Der \
südkoreanische Geheimdienst NIS teilte Anfang Feber mit, seit Mitte Jänner habe man keine \
Beteiligung der Nordkoreaner an Kämpfen mehr beobachtet.

Als Grund vermutet Seoul die Ausfälle. Von den [[rund 11.000]] entsandten Männern seien [[etwa \
300]] gefallen und [[2.700]] verwundet worden, hatte der Dienst schon im Jänner vor Abgeordneten \
in Seoul erklärt. Auch die Ausbildung sei ungenügend gewesen, gegen Drohnen hätten die Soldaten \
kaum eine Chance gehabt.

Der ukrainische Präsident Wolodymyr Selenskyj sprach in einem am Sonntag ausgestrahlten Interview \
mit einem britischen Sender ebenfalls von einem Rückzug. Bis dahin seien [[rund 4.000]] \
Nordkoreaner getötet oder verletzt worden, sagte er.

## Washington: Noch [[Tausende]] im Raum Kursk

Ein Vertreter des US-Verteidigungsministeriums bestätigte am Dienstag vor Journalisten, die \
Nordkoreaner seien „seit etwa zwei Wochen“ nicht mehr an der Front gesehen worden. Abgezogen \
seien sie deshalb nicht: Es stünden nach wie vor [[mehrere tausend]] einsatzfähige Soldaten im \
Raum Kursk, sagte er.

Kiews Militärgeheimdienst rechnet damit, dass sie zurückkehren, verstärkt durch [[bis zu 3.000]] \
frische Kräfte aus der Heimat. Moskau äußert sich zu alledem nicht.

## „Ein Abzug ist keine Heimreise“

Siegfried Wurzer aus Weitensfeld kennt das Soldatenleben von innen. Der 71-jährige Oberst im \
Ruhestand war mit dem Bundesheer auf den Golanhöhen und auf Zypern, zuletzt als Kommandant eines \
Bataillons mit 380 Mann. „Wer von der Front abgezogen wird, fährt noch lange nicht heim“, sagt \
er. „Die werden neu aufgestellt, ausgebildet und wieder eingesetzt.“

Wurzer erwartet, dass Kim Jong Un heuer noch [[Tausende]] nachschickt. „Für Pjöngjang ist jeder \
Soldat in Russland bares Geld“, sagt er. Zum Vergleich: Das Bundesheer könnte im Ernstfall rund \
55.000 Soldatinnen und Soldaten aufbieten.

Die Pfarre Gurk sammelt beim Benefizkonzert am 2. März im Dom für Stromaggregate für ein Spital \
in Lemberg. Bisher sind 4.800 Euro zusammengekommen; ein Aggregat kostet rund 1.900 Euro.
""",
    claims=(
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "2025-01-01..2025-01-31",
          "NIS 'hatte der Dienst schon im Jänner … erklärt' (the whole month): sent"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "same statement, Konjunktiv: dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "same sentence: wounded beside the dead (the others of the same count, no increment)"),
        C("rund 4.000", 4000, "approx", "casualties", "ukraine", "sun",
          "Zelensky 'in einem am Sonntag ausgestrahlten Interview': killed or wounded"),
        C("Tausende", None, "vague", "near_front", "united_states", "tue..pub",
          "vague subheading 'Washington: Noch … im Raum Kursk' restating the US official's "
          "figure of Tuesday", opt=True),
        C("mehrere tausend", None, "vague", "near_front", "united_states", "tue",
          "US defence official 'am Dienstag vor Journalisten', 'sagte er' at the end: in the "
          "Kursk area"),
        C("bis zu 3.000", 3000, "at_most", "planned", "ukraine", "pub",
          "HUR 'rechnet damit' (present tense): 'verstärkt durch' fresh forces (increment)",
          add=True),
        C("Tausende", None, "vague", "planned", "other", "pub",
          "retired Bundesheer colonel 'erwartet' (present tense): 'heuer noch … nachschickt' "
          "(increment)", add=True),
    ),
)

D04 = Source(
    article_id="b61_04_reusszeitung_bremgarten_genie",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-06-20"),
    dated_by="dateline", crlf=True,
    features="Bremgarten paper as plain text, UTF-16 LE with BOM and CRLF, Swiss conventions "
        "(`15'000`, «», no sharp s), dated by the dateline 'Bremgarten, 20. Juni 2025 –' "
        "(Friday); headline `6000` from Shoigu 'am Dienstag' in Pyongyang (Tuesday to "
        "publication); his total and its breakdown `1000` and `5000` (planned, russia, not "
        "increments); Yonhap citing the JCS in the present tense (X citing Y, `pub`): served "
        "and dead or wounded; Budanov 'vergangene Woche' in an interview (Kursk); an ETH "
        "researcher 'schätzt' (other); a Bremgarten engineer officer without a figure; Swiss "
        "engineer recruits, a pontoon bridge, square kilometres, francs, years, age",
    text="""\
Pjöngjang schickt [[6000]] Bausoldaten und Minenräumer nach Kursk

Moskau spricht erstmals offen über einen weiteren Einsatz nordkoreanischer Truppen. Ein \
Genie-Offizier vom Waffenplatz Bremgarten erklärt, was solche Einheiten leisten können.

Von Andrea Villiger

Bremgarten, 20. Juni 2025 – Russland holt sich für den Wiederaufbau der verwüsteten Grenzregion \
Kursk Hilfe aus Nordkorea. Pjöngjang werde [[6000]] Militärangehörige schicken, verkündete Sergei \
Schoigu, Putins Vertrauter und Chef des russischen Sicherheitsrats, am Dienstag in Pjöngjang, wo \
er binnen zwei Wochen zum zweiten Mal mit Kim Jong Un zusammengesessen hatte. [[1000]] davon \
seien Minenräumer, die übrigen [[5000]] Bausoldaten, die zerstörte Strassen, Brücken und Häuser \
instand setzen sollten.

Damit weitet Nordkorea seine Rolle in diesem Krieg aus, schreibt die südkoreanische \
Nachrichtenagentur Yonhap. Sie beruft sich auf den Generalstab in Seoul: Seit dem vergangenen \
Herbst hätten [[rund 15'000]] nordkoreanische Soldaten in Russland gedient, [[etwa 5'000]] von \
ihnen seien getötet oder verwundet worden.

Kiew sieht im Bauauftrag vor allem einen Vorwand. Kyrylo Budanow, der Chef des ukrainischen \
Militärgeheimdienstes, sagte vergangene Woche in einem Interview, im Gebiet Kursk stünden \
weiterhin [[rund 11'000]] Nordkoreaner bereit, die jederzeit wieder an die Front geschickt werden \
könnten. Der Kreml hatte Ende April erstmals zugegeben, dass Soldaten aus dem Norden Koreas bei \
der Rückeroberung des Gebiets mitgekämpft hatten.

Wie viele es insgesamt waren, weiss niemand genau. Die Sicherheitsforscherin Nadja Frei vom \
Center for Security Studies der ETH Zürich schätzt, dass seit Oktober [[über 20'000]] \
Militärangehörige aus Nordkorea in Russland eingesetzt wurden, Bau- und Sanitätstruppen \
eingerechnet.

«Minen räumt man nicht mit Masse»

Oberstleutnant Beat Widmer hat in seiner Laufbahn viele Genie-Rekruten ausgebildet. Auf dem \
Waffenplatz Bremgarten, wo die Armee jedes Jahr rund 1200 junge Männer und Frauen zu Pionieren \
und Pontonieren macht, lernen sie, in wenigen Stunden eine hundert Meter lange Schwimmbrücke über \
die Reuss zu legen. «Eine Brücke bauen Sie mit Übung schnell. Ein vermintes Feld ist etwas ganz \
anderes», sagt Widmer.

Er schätzt, dass selbst eine gut ausgerüstete Einheit in einem Jahr kaum mehr als 30 \
Quadratkilometer vollständig räumen könne. «Und die Nordkoreaner werden nicht die beste \
Ausrüstung bekommen. Man wird sie dort einsetzen, wo es schnell gehen muss, und das kostet Leben.»

Die Schweiz unterstützt die humanitäre Minenräumung in der Ukraine bis 2027 mit 100 Millionen \
Franken. Der Waffenplatz Bremgarten feiert im August sein 150-jähriges Bestehen mit einem Tag der \
offenen Tore.
""",
    claims=(
        C("6000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline: Shoigu's announcement of Tuesday (Tuesday to publication): to be sent"),
        C("6000", 6000, "exact", "planned", "russia", "tue",
          "Shoigu 'am Dienstag' in Pyongyang, named after the figure: will send"),
        C("1000", 1000, "exact", "planned", "russia", "tue",
          "same announcement: deminers among the 6000 (a breakdown, no increment)"),
        C("5000", 5000, "exact", "planned", "russia", "tue",
          "same announcement: 'die übrigen' builders (a breakdown, no increment)"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "pub",
          "Yonhap 'beruft sich auf den Generalstab in Seoul' (X citing Y), no date: served in "
          "Russia"),
        C("etwa 5'000", 5000, "approx", "casualties", "south_korea", "pub",
          "same report: killed or wounded"),
        C("rund 11'000", 11000, "approx", "near_front", "ukraine", "lastweek",
          "Budanov 'vergangene Woche in einem Interview': ready in the Kursk region"),
        C("über 20'000", 20000, "at_least", "in_russia", "other", "pub",
          "ETH researcher 'schätzt' (present tense): deployed in Russia since October"),
    ),
)

D05 = Source(
    article_id="b61_05_riegel_zylinder_innungsblatt",
    language="de", fmt="md", encoding="latin-1", published=day("2025-09-10"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Riegel & Zylinder",
        "",
        "Blick über den Zaun: Seoul zählt 2000 gefallene Nordkoreaner",
    ),
    features="locksmiths' guild magazine in Markdown, ISO-8859-1 with CRLF (»« quotes and "
        "straight hyphens, 'Euro' spelled out), front matter without a date (sidecar without "
        "url, Wednesday) and a `title:` figure (optional); h1 'Seoul:' from the NIS 'am "
        "vergangenen Donnerstag' (Thursday to publication); Konjunktiv carrying the briefing to "
        "the total, 'davon … in der ersten Welle' (breakdown) and those still in Kursk; HUR "
        "'schon im Juli' (`bis zu 30.000 zusätzliche`: increment); KCNA 'Ende August' (families "
        "of more than 100 fallen); the guild's shipment to Zaporizhzhia (cylinders, fittings, "
        "machines, euros), members, apprentices, phone number",
    text="""\
---
title: "Blick über den Zaun: Seoul zählt [[2000]] gefallene Nordkoreaner"
rubrik: Blick über den Zaun
heft: "9/2025"
autor: Ralf Dettweiler
---

# Seoul: [[2000]] Nordkoreaner für Russland gefallen

*Einmal im Monat schaut diese Kolumne über den Werkstattrand hinaus. Diesmal geht es um den Krieg \
in der Ukraine und um die Soldaten, die Kim Jong Un dafür hergibt.*

[[Rund 2000]] nordkoreanische Soldaten sind bei den Kämpfen auf russischer Seite ums Leben \
gekommen. Diese Schätzung legte der südkoreanische Auslandsgeheimdienst NIS am vergangenen \
Donnerstag den Abgeordneten des Geheimdienstausschusses in Seoul vor. Alles in allem seien seit \
dem vergangenen Herbst [[etwa 15.000]] Nordkoreaner in Uniform nach Russland gelangt, davon \
[[rund 11.000]] in der ersten Welle. Zurzeit stünden noch [[etwa 10.000]] im Grenzgebiet um \
Kursk, hieß es aus dem Ausschuss - die meisten als Wachtruppe, einige aber auch an vorderster \
Linie.

Das Regime selbst macht aus seinen Toten inzwischen kein Geheimnis mehr. Die Staatsagentur KCNA \
meldete Ende August, Kim habe in Pjöngjang die Angehörigen von [[mehr als 100]] gefallenen \
Soldaten empfangen und ihnen neue Wohnungen übergeben.

Und es dürften mehr werden. Der ukrainische Militärgeheimdienst hatte schon im Juli gewarnt, \
Moskau wolle in Pjöngjang [[bis zu 30.000]] zusätzliche Soldaten anfordern. Der Kreml hat zu den \
Zahlen bis heute nichts gesagt.

## Was das mit uns zu tun hat

Seit 2023 unterstützt unsere Innung die Metallwerkstatt einer Berufsschule in Saporischschja. Im \
Frühjahr gingen 340 Schließzylinder, 60 Türbeschläge und zwei gebrauchte Schlüsselfräsmaschinen \
auf die Reise; der Transport kostete 2.150 Euro, die der Förderverein übernommen hat. Die Lehrer \
dort bauen mit ihren Schülern inzwischen Stahltüren für Schutzkeller ein.

»Unsere Kollegen setzen Bunkertüren ein, wo früher Wohnungstüren waren«, sagt Obermeister Klaus \
Heberer. »Wer bei uns einen Zylinder wechselt, kann sich kaum vorstellen, was das heißt.« Die \
nächste Sammlung läuft bis Ende Oktober; gesucht werden vor allem Profilzylinder und Panzerriegel.

Die Innung zählt derzeit 87 Mitgliedsbetriebe mit 41 Lehrlingen. Spenden und Fragen an die \
Geschäftsstelle, Telefon 0621 44 19 02.
""",
    claims=(
        C("2000", 2000, "exact", "casualties", "south_korea", "thu..pub",
          "front-matter `title:` (metadata) restating the NIS figure", opt=True),
        C("2000", 2000, "exact", "casualties", "south_korea", "thu..pub",
          "h1 'Seoul:': the NIS figure of the body (last Thursday to publication): fallen"),
        C("Rund 2000", 2000, "approx", "casualties", "south_korea", "thu",
          "figure before its source: NIS 'am vergangenen Donnerstag' (the Thursday before a "
          "Wednesday): died"),
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "thu",
          "same briefing, Konjunktiv, 'Alles in allem … gelangt': sent"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "thu",
          "'davon … in der ersten Welle': a breakdown of the total, not an increment"),
        C("etwa 10.000", 10000, "approx", "near_front", "south_korea", "thu",
          "same briefing, 'hieß es aus dem Ausschuss': in the border region around Kursk"),
        C("mehr als 100", 100, "at_least", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "KCNA 'Ende August': families of fallen soldiers received by Kim"),
        C("bis zu 30.000", 30000, "at_most", "planned", "ukraine", "2025-07-01..2025-07-31",
          "HUR 'schon im Juli': 'zusätzliche' soldiers to be requested (increment)", add=True),
    ),
)

D06 = Source(
    article_id="b61_06_campusradio_cottbus_grenze_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-11-06"),
    dated_by="sidecar",
    sidecar=(
        "Kanal C – Campusradio Cottbus",
        "https://www.kanal-c-cottbus.example/beitraege/ein-jahr-kursk-nordkorea",
        "Ein Jahr Kursk: Seoul sieht 10.000 Nordkoreaner an der Grenze",
    ),
    features="Cottbus student radio's web text in HTML, UTF-8, no meta date (sidecar, "
        "Thursday), a consent note about a coffee-stained server, navigation, a show slot, "
        "footer; h1 'Seoul sieht' from the NIS 'am Dienstag' (Tuesday to publication); "
        "'Weitere 5.000' builders and 'Dazu kämen etwa 1.000' deminers (increments); the dead "
        "'weiterhin'; Rutte 'am Montag' in „“ (`Tausenden`, nato); HUR 'Ende Oktober' in an "
        "interview (month part); the state TV parade of 10 October (`Hunderte` veterans: "
        "optional); the station's own sum (`Rechnet man … zusammen`: unattributed, required, "
        "`pub`); a student from Daejeon without a figure; students, South Korea's army, "
        "frequency, show time, ages",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Ein Jahr Kursk | Kanal C – Campusradio Cottbus</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/kanalc.css">
<script>window.kanalC = {stream: "https://stream.kanal-c.example/live.ogg", sendung: \
"Weltempfang"};</script>
</head>
<body>
<div class="consent">Unser Server steht in einem Kellerraum der BTU und hat schon einen \
Kaffee-Unfall überlebt. Damit er nicht umsonst schwitzt, merken wir uns gern, was ihr lest. \
<button>Merkt es euch</button> <button>Vergesst mich</button></div>
<header><a href="/">Kanal C</a> <nav><a href="/programm">Programm</a> · <a \
href="/beitraege">Beiträge</a> · <a href="/mitmachen">Mitmachen</a> · <a \
href="/impressum">Impressum</a></nav></header>
<main>
<h1>Ein Jahr Kursk: Seoul sieht [[10.000]] Nordkoreaner an der Grenze</h1>
<p class="dachzeile">Weltempfang · Donnerstag, 18 Uhr · von Paula Zschornack</p>
<p>Gut ein Jahr nach den ersten Berichten über nordkoreanische Soldaten in Russland hat Südkoreas \
Geheimdienst NIS am Dienstag ein neues Lagebild vorgelegt. Danach sind derzeit [[rund 10.000]] \
Soldaten aus dem Norden in der russischen Grenzregion Kursk stationiert, wo sie vor allem \
Grenzabschnitte bewachen. Weitere [[5.000]] Militärbauarbeiter seien seit September schrittweise \
nach Russland verlegt worden, um Straßen und Bahnlinien zu reparieren. Dazu kämen [[etwa 1.000]] \
Minenräumer, die schon seit dem Sommer im Gebiet Kursk arbeiteten.</p>
<p>Die Zahl der getöteten Nordkoreaner gibt der Dienst weiterhin mit [[rund 2.000]] an. \
Verlässlich überprüfen lässt sich keine dieser Angaben.</p>
<p>Deutlich mehr vermutet die ukrainische Seite. Ein Sprecher des Militärgeheimdienstes HUR sagte \
Ende Oktober in einem Fernsehinterview, [[mehr als 11.000]] Nordkoreaner hielten sich derzeit in \
Russland auf. Nato-Generalsekretär Mark Rutte sprach am Montag von „[[Tausenden]] Soldaten aus \
Nordkorea, die Putin in seinem Krieg helfen“.</p>
<p>Pjöngjang feiert seine Soldaten offen. Bei der Parade zum 80. Jahrestag der Arbeiterpartei am \
10. Oktober zeigte das Staatsfernsehen, wie [[Hunderte]] Veteranen des Kursk-Einsatzes an Kim \
Jong Un vorbeimarschierten.</p>
<p>Rechnet man alle bislang bekannten Angaben zusammen, waren seit Oktober 2024 [[etwa 20.000]] \
nordkoreanische Militärangehörige in Russland – mehr, als die BTU Studierende hat.</p>
<h2>„Meine Großeltern kommen aus dem Norden“</h2>
<p>Für Ji-woo Han ist das alles nicht weit weg. Die 24-Jährige aus Daejeon studiert seit dem \
Frühjahr Energietechnik in Cottbus. „Zu Hause reden wir kaum darüber. Aber wenn ich lese, dass \
junge Männer aus Nordkorea in Russland sterben, denke ich an meine Familie“, sagt sie. Ihr \
Großvater floh 1951 aus Hamhung in den Süden.</p>
<p>An der BTU studieren rund 6.500 Menschen, 41 davon aus Südkorea. Südkoreas eigene Armee zählt \
etwa 450.000 aktive Soldaten.</p>
</main>
<footer>Kanal C · UKW 90,5 und im Stream · Studio im Hauptgebäude, Raum 0.17 · © 2025</footer>
<script src="/assets/player.js" defer></script>
</body>
</html>
""",
    claims=(
        C("10.000", 10000, "exact", "near_front", "south_korea", "tue..pub",
          "h1 'Seoul sieht … an der Grenze': the NIS figure of Tuesday (Tuesday to publication)"),
        C("rund 10.000", 10000, "approx", "near_front", "south_korea", "tue",
          "NIS 'am Dienstag': stationed in the Kursk border region"),
        C("5.000", 5000, "exact", "in_russia", "south_korea", "tue",
          "same briefing, Konjunktiv: 'Weitere' builders moved into Russia (increment; span "
          "without the word)", add=True),
        C("etwa 1.000", 1000, "approx", "near_front", "south_korea", "tue",
          "same briefing: 'Dazu kämen' deminers working in the Kursk region (increment)",
          add=True),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "tue",
          "same briefing ('weiterhin'): killed"),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "ukraine", "2025-10-21..2025-10-31",
          "HUR spokesman 'Ende Oktober in einem Fernsehinterview': in Russia"),
        C("Tausenden", None, "vague", "near_front", "nato", "mon",
          "Rutte 'am Montag' in „…“: helping Putin in his war (fighting on Russia's side)"),
        C("Hunderte", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "returnees: Kursk veterans marching at the parade of 10 October shown by state TV",
          opt=True),
        C("etwa 20.000", 20000, "approx", "in_russia", "unattributed", "pub",
          "the station's own sum 'Rechnet man … zusammen': in Russia since October 2024"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (New Zealand, Scotland, US, Romania, Northern Mariana Islands, Niger)
# ---------------------------------------------------------------------------------------------

E07 = Source(
    article_id="b61_07_buller_tidings_airman",
    language="en", fmt="txt", encoding="utf-16", published=day("2024-12-21"),
    dated_by="sidecar",
    sidecar=(
        "The Buller Tidings",
        "https://www.bullertidings.example/world/seoul-says-100-north-korean-soldiers-dead",
        "Seoul says 100 North Korean soldiers dead in Kursk fighting",
    ),
    features="Westport (New Zealand) daily as plain text, UTF-16 LE with BOM (sidecar, "
        "Saturday), byline, a second deck; headline 'Seoul says' from the NIS briefing relayed "
        "by a lawmaker 'on Thursday' (Thursday to publication); the lawmaker's relay with the "
        "source at the end of a long sentence (`At least 100`, `close to 1,000`); 'a contingent "
        "the agency sizes at' (in Russia); Ryder 'On Monday' in quotes (`hundreds`); HUR 'reported "
        "on Wednesday' (`at least 30`); New Zealand's foreign minister 'in a statement on "
        "Friday' (a third government: other); a Westport airman on sanctions patrols without a "
        "figure; New Zealand's aircraft and personnel, villages, Westport's population, fares "
        "and dollars, ages",
    text="""\
Seoul says [[100]] North Korean soldiers dead in Kursk fighting

Westport airman's sanctions patrols keep him close to the story

By Aroha Meikle

Kim Jong Un's soldiers are paying a steep price for their first taste of modern war, South Korean \
intelligence believes.

[[At least 100]] are dead and [[close to 1,000]] nursing wounds after barely two weeks at the \
front in Russia's Kursk region, according to Lee Seong-kweun, who sits on the intelligence \
committee of the National Assembly and spoke to reporters on Thursday once the National \
Intelligence Service had briefed members behind closed doors.

Some of the dead were killed in training accidents and drone strikes before they ever reached the \
front, he said. The agency also believes Pyongyang is getting ready to rotate or reinforce its \
troops in Russia, a contingent it sizes at [[around 11,000]].

Washington had offered its own view earlier in the week. On Monday the Pentagon's press \
secretary, Maj. Gen. Pat Ryder, said the North Koreans had suffered casualties "in the \
[[hundreds]]", though he would not say how many had been killed.

Kyiv's figures are harder to check. Ukraine's military intelligence directorate, known by its \
initials HUR, reported on Wednesday that its drones had caught North Korean assault groups near \
three villages at the weekend, leaving [[at least 30]] of the attackers dead or wounded, and that \
Russian commanders were sending them forward in open ground with little cover.

In Wellington, Foreign Minister Winston Peters said in a statement on Friday that "the deployment \
of [[more than 10,000]] DPRK soldiers to fight against Ukraine" was a grave escalation that New \
Zealand would raise with partners.

A Westport view from the air

For Flight Lieutenant Nikau Bradley, the news is not abstract. The 31-year-old grew up on Derby \
Street and went to Buller High School before joining the Air Force. Since March he has flown with \
No. 5 Squadron out of Kadena Air Base in Japan, part of a New Zealand deployment of a P-8A \
Poseidon and about 40 personnel that watches for ships swapping fuel and coal at sea in breach of \
UN sanctions.

"You spend nine or ten hours over grey water looking for two hulls side by side," he said by \
video link this week. "It's slow work, but every transfer we spot is money that doesn't end up in \
Pyongyang."

His mother, Janine, who runs the cafe near the old coal wharf, says she follows the Korea news \
more closely than she ever expected. "I used to just check the weather for him. Now I read about \
Kursk."

Bradley is due home on leave for Christmas. The Westport community hall will host a fundraiser \
for Ukrainian families on January 11, with tickets at $25; last year's event raised $3,400. About \
4,600 people live in Westport.
""",
    claims=(
        C("100", 100, "exact", "casualties", "south_korea", "thu..pub",
          "headline 'Seoul says': the NIS figure relayed by a lawmaker on Thursday (Thursday to "
          "publication): dead"),
        C("At least 100", 100, "at_least", "casualties", "south_korea", "thu",
          "lawmaker relaying the NIS briefing ('according to', X citing Y), source and 'on "
          "Thursday' after the figures: dead"),
        C("close to 1,000", 1000, "approx", "casualties", "south_korea", "thu",
          "same sentence: wounded beside the dead (no increment)"),
        C("around 11,000", 11000, "approx", "in_russia", "south_korea", "thu",
          "'a contingent it sizes at' (the agency, same briefing): in Russia"),
        C("hundreds", None, "vague", "casualties", "united_states", "mon",
          "Pentagon press secretary 'On Monday', in quotes: casualties"),
        C("at least 30", 30, "at_least", "casualties", "ukraine", "wed",
          "HUR 'reported on Wednesday': dead or wounded in assaults at the weekend"),
        C("more than 10,000", 10000, "at_least", "in_russia", "other", "fri",
          "New Zealand's foreign minister (a third government) 'in a statement on Friday', "
          "quoted: deployment"),
    ),
)

E08 = Source(
    article_id="b61_08_paps_post_jura_prisoners",
    language="en", fmt="md", encoding="cp1252", published=day("2025-01-17"),
    dated_by="front_matter",
    features="Jura (Scotland) community news page in Markdown, windows-1252 (curly quotes, "
        "apostrophes and dashes raw), front matter with `date:` (Friday); h1 'Seoul counts' "
        "from the NIS figure relayed 'on Monday' (Monday to publication); 'breaks down into' "
        "dead and wounded (breakdown, not increments); Zelensky 'Two days earlier, on Saturday' "
        "with the number word `two` (captured); Ukraine's special forces 'in a Telegram post on "
        "Wednesday' in quotes; a State Department spokesman 'on Tuesday'; an islander who taught "
        "in Seoul 'expects' (`thousands more`: increment, other, `pub`); Jura's population, "
        "ferry minutes, Scotland's islands, ceilidh tickets, years",
    text="""\
---
title: "Two prisoners and a grim tally: the islander who taught in Seoul on Kim’s soldiers"
date: 2025-01-17
section: Island & World
author: Catriona MacDougall
---

# Seoul counts [[3,000]] North Korean casualties as Kyiv shows off two prisoners

South Korea’s spy service now reckons that [[around 3,000]] of Kim Jong Un’s troops in Russia are \
dead or wounded.

The figure, passed on to reporters by MP Lee Seong-kweun after a closed session with the National \
Intelligence Service on Monday, breaks down into [[roughly 300]] dead and [[2,700]] wounded. The \
agency told the committee that the troops had been used as “expendable” assault infantry and had \
no training against drones.

Two days earlier, on Saturday, Ukraine’s president, Volodymyr Zelensky, shared footage of [[two]] \
captured North Koreans in the Kursk region, one with bandaged hands and the other with a broken \
jaw. He said Kyiv would hand the pair back in a swap for Ukrainian prisoners of war, if Kim could \
get Moscow to agree.

Ukraine’s special operations forces, who say they have faced the North Koreans since November, \
see a much higher toll. In a Telegram post on Wednesday they wrote that “[[up to 4,000]]” had \
been killed or wounded.

In Washington, State Department spokesman Matthew Miller said on Tuesday that North Korea had \
suffered “[[more than 1,000]] casualties in just one week” of fighting in December. Moscow and \
Pyongyang have still not confirmed the deployment.

## “They will be told they are heroes”

Morag Buie spent ten years teaching English at a girls’ high school in Seoul before coming home \
to Craighouse in 2019. She still messages former pupils most weeks.

“People in the South feel sorry for these boys,” she says. “They are twenty, twenty-one, and they \
have never seen a phone. If they get home, they will be told they are heroes. If they don’t, \
their families will be told the same.”

Mrs Buie expects Pyongyang to send [[thousands]] more before the summer. “Kim is being paid for \
every one of them. Why would he stop?”

About 250 people live on Jura, one of Scotland’s 93 inhabited islands; the ferry from Port Askaig \
takes five minutes. Mrs Buie will talk about her years in Korea at the village hall on February \
7, followed by a ceilidh. Tickets are £12, and £6 for under-16s.
""",
    claims=(
        C("3,000", 3000, "exact", "casualties", "south_korea", "mon..pub",
          "h1 'Seoul counts': the NIS figure relayed on Monday (Monday to publication)"),
        C("around 3,000", 3000, "approx", "casualties", "south_korea", "mon",
          "lead 'spy service now reckons', dated by the next sentence ('on Monday'): dead or "
          "wounded"),
        C("roughly 300", 300, "approx", "casualties", "south_korea", "mon",
          "'breaks down into' dead: a breakdown, no increment; relayed by a lawmaker"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "mon",
          "same breakdown: wounded"),
        C("two", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'Two days earlier, on Saturday' (the Saturday before the Monday): captured "
          "(number word)"),
        C("up to 4,000", 4000, "at_most", "casualties", "ukraine", "wed",
          "Ukraine's special forces 'In a Telegram post on Wednesday', in quotes: killed or "
          "wounded"),
        C("more than 1,000", 1000, "at_least", "casualties", "united_states", "tue",
          "State Department spokesman 'said on Tuesday', in quotes: casualties in one week"),
        C("thousands", None, "vague", "planned", "other", "pub",
          "islander 'expects' (present tense): 'thousands more' to be sent (increment, span "
          "without the word)", add=True),
    ),
)

E09 = Source(
    article_id="b61_09_kmmr_rolla_confirmation_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-04-29"),
    dated_by="html_meta",
    features="Missouri public radio site in HTML, UTF-8 with BOM, `article:published_time` with "
        "-05:00 (Tuesday), JSON-LD, an underwriting script, a pledge-drive consent bar in its "
        "own words, navigation, audio player, footer with frequency and phone; KCNA 'on Monday' "
        "and Gerasimov 'On Saturday' without figures; the NIS briefing 'in late March' with "
        "reinforcements (increment), the new total ('bringing the number … to'), casualties "
        "and 'of them fatal' "
        "(breakdown); a State Department spokesperson 'in an email Monday' (`thousands`); "
        "Budanov 'in an interview aired Sunday' (border regions); a University of Missouri "
        "political scientist 'thinks' (`well above 1,000`: other, `pub`); a Rolla explosives "
        "professor without a figure; Army engineers at Fort Leonard Wood (`several thousand`: "
        "not a claim), students, miles, dollars, phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>North Korea admits its troops fought for Russia; a Rolla blast expert weighs in | \
KMMR</title>
<meta property="article:published_time" content="2025-04-29T06:40:00-05:00">
<meta property="og:site_name" content="KMMR Mid-Missouri Public Radio">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headlin\
e":"North Korea admits its troops fought for \
Russia","datePublished":"2025-04-29T06:40:00-05:00"}</script>
<script>window.underwriting = {slot: "news-mid", station: "KMMR", market: "Columbia-Jefferson \
City"};</script>
</head>
<body>
<div class="consent-bar">Public radio runs on listeners &amp; a few cookies. Ours remember your \
station and your volume knob. <button>Keep the cookies warm</button> <button>No cookies, just \
news</button></div>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/schedule">Schedule</a> | <a \
href="/donate">Donate</a></nav>
<article>
<h1>Pyongyang confirms its soldiers fought in Kursk, two days after Moscow</h1>
<p class="byline">By Darnell Huffstutler &middot; KMMR News</p>
<div class="player" data-src="/audio/2025/04/nk-kursk.mp3">Listen &middot; 4:12</div>
<p>North Korea on Monday admitted for the first time that its troops had fought for Russia, \
calling them &ldquo;heroes&rdquo; who had helped drive Ukrainian forces out of the Kursk region. \
The statement, carried by the state news agency KCNA, said Kim Jong Un had ordered a monument \
built in Pyongyang. It gave no numbers.</p>
<p>On Saturday, Russia&rsquo;s chief of the general staff, Gen. Valery Gerasimov, had told \
President Vladimir Putin in a televised meeting that North Korean units had made &ldquo;a \
significant contribution&rdquo; to the fighting. He did not say how many took part either.</p>
<h2>What the numbers say</h2>
<p>South Korea&rsquo;s National Intelligence Service has followed the deployment more closely \
than anyone. Briefing lawmakers in late March, it said [[about 3,000]] reinforcements had arrived \
in January and February, bringing the number sent to Russia to [[some 14,000]], and that losses \
stood at [[about 4,700]] dead and wounded, [[600]] of them fatal.</p>
<p>Asked about the admission, a State Department spokesperson said in an email Monday that \
&ldquo;[[thousands]] of young North Koreans&rdquo; had been &ldquo;killed or maimed for Vladimir \
Putin&rsquo;s ambitions.&rdquo;</p>
<p>Ukraine&rsquo;s military intelligence chief, Lt. Gen. Kyrylo Budanov, said in an interview \
aired Sunday that [[roughly 11,000]] North Koreans were still in Russia&rsquo;s border regions. \
Jae-hoon Park, a political scientist at the University of Missouri in Columbia, thinks the real \
number of dead is &ldquo;[[well above 1,000]]&rdquo; and says Pyongyang will never publish it.</p>
<h2>Clearing what they leave behind</h2>
<p>In Rolla, the fighting has a technical audience. Missouri S&amp;T runs one of the few \
explosives engineering programs in the country, with about 140 students, and professor Lindsey \
Kammerer has spent two decades studying how mines behave in soil. &ldquo;Whoever holds Kursk now \
inherits a huge demining job,&rdquo; she said. &ldquo;Frozen ground, thawed ground, drones \
dropping munitions that didn&rsquo;t go off. It will take years.&rdquo;</p>
<p>Fort Leonard Wood, about 30 miles southwest of Rolla, trains several thousand Army engineers a \
year, some of them in route clearance. The United States has committed more than $1 billion to \
humanitarian demining in Ukraine since 2022.</p>
</article>
<footer><p>KMMR 90.7 FM &middot; Newsroom (573) 555-0143 &middot; &copy; 2025 Curators of the \
University of Missouri</p></footer>
<script src="/js/player.bundle.js" defer></script>
</body>
</html>
""",
    claims=(
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "2025-03-21..2025-03-31",
          "NIS 'Briefing lawmakers in late March' (days 21-31): 'reinforcements had arrived' "
          "(increment)", add=True),
        C("some 14,000", 14000, "approx", "in_russia", "south_korea", "2025-03-21..2025-03-31",
          "same briefing: 'bringing the number sent to Russia to' (a new total, no increment)"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "2025-03-21..2025-03-31",
          "same briefing: dead and wounded"),
        C("600", 600, "exact", "casualties", "south_korea", "2025-03-21..2025-03-31",
          "'of them fatal': a breakdown, no increment"),
        C("thousands", None, "vague", "casualties", "united_states", "mon",
          "State Department spokesperson 'in an email Monday', in entity quotes: killed or "
          "wounded"),
        C("roughly 11,000", 11000, "approx", "near_front", "ukraine", "sun",
          "Budanov 'in an interview aired Sunday': still in Russia's border regions"),
        C("well above 1,000", 1000, "at_least", "casualties", "other", "pub",
          "University of Missouri political scientist 'thinks' (present tense): dead"),
    ),
)

E10 = Source(
    article_id="b61_10_constanta_port_bulletin_30000",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-07-14"),
    dated_by="dateline", crlf=True,
    features="Constanta port bulletin in English as plain text, windows-1252 with CRLF "
        "(curly quotes and dashes raw), dated by the dateline 'CONSTANTA, 14 July 2025 —' "
        "(Monday); headline 'Kim could add up to 30,000' (increment) from HUR 'in a statement on "
        "Thursday' (Thursday to publication); 'as many as 30,000 additional' (increment); "
        "'It added' (Kursk) and 'The agency put' losses; Rutte 'speaking in Berlin on "
        "Wednesday' in quotes (nato); Shoigu 'Last month' (the whole of June); a RUSI report "
        "'published last week' (other); Seoul's spy agency without a number; the Romanian "
        "navy's minehunters and drifting mines, grain tonnes, dockers, euros, percentages",
    text="""\
Ukrainian spies: Kim could add [[up to 30,000]] troops for Russia as Black Sea mine hunt goes on

CONSTANTA, 14 July 2025 — Pyongyang could be getting ready to ship [[as many as 30,000]] \
additional soldiers to its Russian ally, Ukraine’s military intelligence agency said in a \
statement on Thursday, in what would be by far the largest contingent Pyongyang has yet committed \
to Moscow’s war.

The new troops would be moved in stages from late summer and could be used in assaults in eastern \
Ukraine, not only in Russia’s border regions, the agency, known as HUR, said. It added that \
[[around 11,000]] North Koreans were already in Russia’s Kursk region, where most now guard the \
border and clear the ground of mines. The agency put North Korean losses so far at [[more than \
5,000]] killed and wounded.

NATO Secretary General Mark Rutte, speaking in Berlin on Wednesday, said Pyongyang had “sent \
[[over 12,000]] soldiers” to help Moscow and was being paid with oil, money and military \
technology.

Moscow itself has said it wants more help. Last month Sergei Shoigu, the Kremlin’s security \
chief, came back from his third trip to Pyongyang this year with a promise of [[6,000]] engineers \
and mine-clearing specialists to rebuild the Kursk region.

A report by London’s Royal United Services Institute published last week estimated that [[at \
least 15,000]] North Koreans had served in Russia since October, with rotations that outside \
observers struggle to follow. Seoul’s spy agency has told lawmakers it sees signs of fresh \
recruitment in the North but has not given a number.

Mines in our own waters

For Constanta, the war is never far offshore. Since 2022 the Romanian Navy’s minehunters have \
found and destroyed more than 120 drifting mines in the western Black Sea, working with Bulgarian \
and Turkish crews in a joint task group launched last year. Port officials say traffic has held \
up nonetheless: Constanta handled 86.2 million tonnes of cargo in 2024, about a quarter of it \
Ukrainian grain, and the port employs some 6,000 dockers and pilots.

“Every ship that comes in now asks the same question: which corridor is clear today?” said \
Captain Radu Ilie, who heads a pilotage firm in the southern port. He said insurance for a grain \
carrier bound for Constanta still costs up to 40 percent more than before the full-scale invasion.

The European Union has promised 2.3 billion euros for upgrades to Romanian ports and rail links \
to Ukraine over the next five years.
""",
    claims=(
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "thu..pub",
          "headline 'Ukrainian spies: Kim could add': HUR's statement of Thursday (Thursday to "
          "publication): increment", add=True),
        C("as many as 30,000", 30000, "at_most", "planned", "ukraine", "thu",
          "HUR 'in a statement on Thursday', source after the figure: 'additional' (increment)",
          add=True),
        C("around 11,000", 11000, "approx", "near_front", "ukraine", "thu",
          "'It added' (the agency, same statement): in the Kursk region"),
        C("more than 5,000", 5000, "at_least", "casualties", "ukraine", "thu",
          "'The agency put … losses so far at': killed and wounded"),
        C("over 12,000", 12000, "at_least", "in_russia", "nato", "wed",
          "Rutte 'speaking in Berlin on Wednesday', in quotes: sent"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'Last month' (June): would supply engineers and mine-clearers"),
        C("at least 15,000", 15000, "at_least", "in_russia", "other", "lastweek",
          "RUSI report 'published last week' (a think tank): served in Russia"),
    ),
)

E11 = Source(
    article_id="b61_11_tinian_page_winter_rotation",
    language="en", fmt="md", encoding="utf-8", published=day("2025-03-28"),
    dated_by="sidecar",
    sidecar=(
        "Tinian Today",
        "https://www.tiniantoday.example/world/2025/03/seoul-3000-more-north-korean-troops",
        "Seoul: 3,000 more North Korean troops went to Russia this winter",
    ),
    features="Tinian news page in Markdown, front matter without a date (sidecar, Friday) and a "
        "`title:` figure (optional, increment); h1 'Seoul says Kim quietly sent 3,000 more' "
        "(increment) from the NIS 'said Thursday' (Thursday to publication); 'additional' "
        "(increment); the NIS 'now estimates' a new total (not an increment), casualties and "
        "'including 600 deaths' (breakdown); the General Staff 'in a Facebook post on Wednesday' "
        "in quotes (`up to 5,000`, front); a U.S. official 'last week' (`thousands`, back in the "
        "fight); Japan's defense minister 'In Tokyo on Friday' (the publication day; a third "
        "government: other); a Tinian Army veteran without a figure; North Korea's army, US "
        "troops in Korea, Tinian's population, dollars, runway feet, ages",
    text="""\
---
title: "Seoul: [[3,000]] more North Korean troops went to Russia this winter"
author: "Joaquin Mendiola"
tags: [world, korea, military]
---

# Seoul says Kim quietly sent [[3,000]] more troops to Russia

*A Tinian veteran who served near the DMZ says the Marianas should pay attention.*

Over January and February, North Korea moved [[about 3,000]] additional soldiers into Russia to \
plug the gaps left by heavy losses in the Kursk region, South Korea’s spy agency said Thursday.

The National Intelligence Service, which briefs lawmakers behind closed doors and leaves it to \
them to pass on what it said, now estimates that Pyongyang has sent [[roughly 14,000]] troops in \
all. It also raised its count of killed and wounded to [[around 4,700]], including [[600]] \
deaths, and said the North Koreans had gone back to the front after several weeks out of combat.

Ukraine says they are fighting hard. In a Facebook post on Wednesday, the General Staff in Kyiv \
said “[[up to 5,000]] North Korean servicemen” were again taking part in Russian attacks to push \
the last Ukrainian units out of Kursk. A U.S. official, speaking on condition of anonymity, told \
reporters in Washington last week that [[thousands]] of North Korean troops were “back in the \
fight” and using drones far better than in December.

In Tokyo on Friday, Japan’s defense minister, Gen Nakatani, told reporters that [[more than \
10,000]] North Korean soldiers remained in Russia and that Tokyo was watching for any transfer of \
missile technology in return.

## ‘Now they know what drones do’

Ray Cabrera, 58, of San Jose village, did two tours with the U.S. Army’s 2nd Infantry Division at \
Camp Casey, north of Seoul, in the 1990s.

“We used to say the North had a million men standing on the other side of the line, and none of \
them had ever fired a shot in a real war,” he said on Wednesday at his family’s store. “That’s \
changing. Whoever comes home from Russia knows what drones do. That matters for Korea, and it \
matters for us out here.”

Tinian is preparing for a military build-up of its own. The Air Force is spending about $409 \
million on a divert airfield with an 8,500-foot runway at the old North Field, and contractors \
have brought roughly 300 workers to an island of about 2,000 residents. The U.S. keeps some \
28,500 service members on the Korean peninsula.

The Tinian Hot Pepper Festival, postponed last year, returns on May 3.
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu..pub",
          "front-matter `title:` (metadata) restating the NIS figure: 'more' (increment)",
          add=True, opt=True),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu..pub",
          "h1 'Seoul says Kim quietly sent … more': the NIS figure of Thursday (Thursday to "
          "publication): increment, span without 'more'", add=True),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "thu",
          "NIS 'said Thursday', source at the end: 'additional' soldiers shipped (increment)",
          add=True),
        C("roughly 14,000", 14000, "approx", "in_russia", "south_korea", "thu",
          "'now estimates … in all': a new total, not an increment"),
        C("around 4,700", 4700, "approx", "casualties", "south_korea", "thu",
          "'It also raised its count of killed and wounded'"),
        C("600", 600, "exact", "casualties", "south_korea", "thu",
          "'including … deaths': a breakdown, no increment"),
        C("up to 5,000", 5000, "at_most", "near_front", "ukraine", "wed",
          "General Staff 'In a Facebook post on Wednesday', in quotes: taking part in attacks in "
          "Kursk"),
        C("thousands", None, "vague", "near_front", "united_states", "lastweek",
          "anonymous U.S. official 'last week': 'back in the fight'"),
        C("more than 10,000", 10000, "at_least", "in_russia", "other", "fri",
          "Japan's defense minister (a third government) 'In Tokyo on Friday' (the publication "
          "day): remained in Russia"),
    ),
)

E12 = Source(
    article_id="b61_12_niamey_brief_parade_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-10-15"),
    dated_by="sidecar",
    sidecar=(
        "The Niamey Brief",
        "https://www.niameybrief.example/issues/212/kim-parades-kursk-veterans",
        "Kim parades Kursk veterans as Seoul counts 2,000 dead",
    ),
    features="English-language newsletter from Niamey in HTML, windows-1252 (curly quotes, "
        "dashes and middle dots raw), no meta date (sidecar, Wednesday), a date-themed consent "
        "box, navigation, an issue line, footer with phone; h1 'Seoul counts' from the NIS "
        "'in early September' (days 1-10 to publication); the parade 'last Friday' (`hundreds` "
        "of Kursk veterans: optional returnees); KCNA 'The next day' (the Saturday: fallen "
        "buried, north_korea); the NIS dead and those still on the border; Moscow's envoy to "
        "Pyongyang 'on Monday' in quotes (`up to 6,000`, Kursk); the newsletter's own tally "
        "(unattributed, required, `pub`); a Niamey lecturer 'believes' ('another … or so': "
        "increment, other); Russian instructors in Niger, Niger's army, fuel prices in CFA "
        "francs, temperatures, issue number, phone",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Kim parades his Kursk veterans | The Niamey Brief</title>
<meta name="description" content="Pyongyang’s party jubilee, Seoul’s casualty count and what it \
means for Russia’s partners in the Sahel.">
<script>var nb = {issue: 212, list: "weekly-en", lang: "en"};</script>
</head>
<body>
<div class="cookie-box">We keep a few cookies here, roughly as many as there are dates in a \
Friday bag from the Grand Marché. <button>Pass me the dates</button> <button>I’ll go \
without</button></div>
<nav><a href="/">Home</a> · <a href="/issues">Back issues</a> · <a href="/sahel">Sahel</a> · <a \
href="/subscribe">Subscribe</a></nav>
<main>
<p class="issue">Issue 212 · The Niamey Brief, in English every Wednesday</p>
<h1>Kim parades Kursk veterans as Seoul counts [[2,000]] dead</h1>
<p>Pyongyang turned its war in Russia into a show of pride last Friday. During the march-past \
marking eight decades of the ruling Workers’ Party, state television showed [[hundreds]] of \
soldiers it described as veterans of the “Kursk liberation operation” marching past Kim Jong Un, \
with Russia’s former president Dmitry Medvedev among the guests on the stand.</p>
<p>The next day, the official news agency KCNA reported that Kim had visited a new military \
cemetery on the edge of the capital, where the remains of [[several hundred]] fallen fighters \
from the Kursk campaign are to be laid to rest.</p>
<p>The regime has never said how many men it sent. South Korea’s National Intelligence Service \
told lawmakers in early September that [[around 2,000]] North Korean soldiers had died and that \
[[roughly 10,000]] remained on guard duty along Russia’s frontier with Ukraine. Alexander \
Matsegora, Moscow’s envoy to North Korea, told the TASS agency on Monday that “[[up to 6,000]] \
Korean builders and deminers” were now at work in the Kursk region.</p>
<p>By this newsletter’s own tally of official statements from Seoul, Kyiv and Washington, \
Pyongyang has sent [[at least 15,000]] soldiers to Russia in the past year.</p>
<h2>Why it matters here</h2>
<p>Niamey knows the pattern. Russia’s Africa Corps took over from the Wagner group last year, and \
about 100 Russian instructors are based near the airport. Abdoulaye Seyni Hama, who lectures in \
international relations at Abdou Moumouni University, believes Moscow will need “another [[20,000 \
or so]]” from Pyongyang if the war drags on into 2026. “Russia pays its partners in weapons and \
promises. Kim takes both. Our government takes the promises,” he said.</p>
<p>Niger’s own armed forces number about 30,000. Petrol at the pump still costs 540 CFA francs a \
litre in Niamey, where temperatures reached 41 degrees last week.</p>
</main>
<footer>The Niamey Brief · Quartier Plateau, Niamey · +227 20 73 45 18 · Forward this issue to a \
friend</footer>
</body>
</html>
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "2025-09-01..pub",
          "h1 'Seoul counts … dead': the NIS figure of early September (days 1-10 to "
          "publication)"),
        C("hundreds", None, "vague", "in_russia", "north_korea", "fri",
          "returnees: Kursk veterans marching at the parade 'last Friday' shown by state TV",
          opt=True),
        C("several hundred", None, "vague", "casualties", "north_korea", "sat",
          "KCNA 'The next day' (the Saturday after the Friday parade): fallen fighters to be "
          "buried"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "NIS 'told lawmakers in early September' (days 1-10): died"),
        C("roughly 10,000", 10000, "approx", "near_front", "south_korea",
          "2025-09-01..2025-09-10",
          "same briefing: on guard duty along Russia's frontier with Ukraine"),
        C("up to 6,000", 6000, "at_most", "near_front", "russia", "mon",
          "Moscow's envoy to North Korea 'told the TASS agency on Monday', in quotes: at work in "
          "the Kursk region"),
        C("at least 15,000", 15000, "at_least", "in_russia", "unattributed", "pub",
          "the newsletter's 'own tally of official statements': sent in the past year"),
        C("20,000 or so", 20000, "approx", "planned", "other", "pub",
          "Niamey lecturer 'believes' (present tense), quoted: 'another' (increment, span "
          "without the word)", add=True),
    ),
)

SOURCES: tuple[Source, ...] = (
    D01, D02, D03, D04, D05, D06,
    E07, E08, E09, E10, E11, E12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
