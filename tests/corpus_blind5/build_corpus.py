"""Build the FIFTH BLIND hand-labelled corpus: articles, sidecar, gold (`python build_corpus.py`).

A seventh corpus for an honest measurement on articles the extractor has never met, written in
session 7 without opening the extractor, its lexicons or the topic file, and without running it.
Like the fourth blind set it is ordinary news, but from outlets and angles the other corpora do not
have: a public broadcaster's web story, a business paper on sanctions, a local paper with a
diaspora angle, an Austrian evening paper, a Swiss agency report from Geneva, a magazine long read
and a next-day follow-up; a British tabloid, a US TV-network website, a wire story on a prisoner
exchange, an English-language paper in Japan, an Australian analysis quoting a think tank, a US
next-day follow-up and a London local paper. Same file format, marker syntax and labelling
conventions as the other corpora (see their READMEs): every claim figure in an article below is
marked `[[like this]]` and labelled, in order, by the article's `claims`. Nothing is
re-implemented here: rendering, encoding, checks, CSV writing and the README table are the first
builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private module instance
whose `SOURCES` are set to ours (under its own module name, so it never shares state with the
other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind5_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

V01 = Source(
    article_id="v01_rundfunk_erste_verluste_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-12-19"),
    dated_by="html_meta",
    features="German public broadcaster's web story in HTML (`article:published_time` in UTC with "
        "`Z`, 'Stand: 19.12.2024 16:42 Uhr', an audio player behind a privacy note, an audio "
        "length, navigation by broadcast region); `<title>` figure (optional); a teaser figure "
        "from the body (NIS via a lawmaker 'am Donnerstag', the publication day); `annähernd "
        "1.000` (approx); HUR 'schon am Wochenende' carried to the next sentence; Zelensky 'am "
        "Mittwochabend' „Tausende weitere“ (vague increment); Pentagon 'am Montag (Ortszeit)' „im "
        "Bereich von mehreren hundert“; Washington's estimate right after it without a date of "
        "its own (Monday to publication); Kremlin and defence ministry without a figure; 'fast "
        "zehnmal so viele' (ratio), Russian losses a day, army size, 1953, image file name, phone "
        "number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Seoul: [[Mindestens 100]] Nordkoreaner in Kursk getötet | MDW Nachrichten</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="MDW">
<meta property="og:title" content="Erste schwere Verluste für Kims Truppen in Russland">
<meta property="article:published_time" content="2024-12-19T15:42:00Z">
<meta property="article:modified_time" content="2024-12-19T17:05:00Z">
<script>var mdwStats={site:"nachrichten",ressort:"welt",contentId:"1187422",hasAudio:true};</scri\
pt>
</head>
<body>
<a class="skip" href="#inhalt">Direkt zum Inhalt</a>
<header><nav><a href="/">MDW</a> <a href="/nachrichten">Nachrichten</a> <a \
href="/sachsen">Sachsen</a> <a href="/thueringen">Thüringen</a> <a \
href="/sachsen-anhalt">Sachsen-Anhalt</a> <a href="/audiothek">Audiothek</a></nav></header>
<div class="privacy-note">An dieser Stelle finden Sie einen Audioplayer. Erst wenn Sie ihn laden, \
werden Daten an den externen Anbieter übermittelt. <button>Audio laden</button></div>
<main id="inhalt">
<p class="kicker">Krieg gegen die Ukraine</p>
<h1>Geheimdienst: Erste schwere Verluste für Kims Truppen</h1>
<p class="teaser">Südkoreas Geheimdienst beziffert erstmals die Verluste im Gebiet Kursk: \
[[Mindestens 100]] Nordkoreaner sind demnach gefallen, fast zehnmal so viele wurden verletzt.</p>
<p class="audio">Audio: Korrespondentin Anne Kellermann in Tokio, 2:38 Min.</p>
<p class="stand">Stand: 19.12.2024 16:42 Uhr</p>
<p>Nordkoreas Soldaten erleiden im Krieg Russlands gegen die Ukraine nach südkoreanischen \
Erkenntnissen erhebliche Verluste. Bei Gefechten im russischen Grenzgebiet Kursk seien \
[[mindestens 100]] nordkoreanische Soldaten getötet und [[annähernd 1.000]] verletzt worden, \
sagte der Abgeordnete Lee Seong-kweun am Donnerstag in Seoul. Er hatte zuvor an einer nicht \
öffentlichen Sitzung des Geheimdienstausschusses teilgenommen, in der der Nachrichtendienst NIS \
berichtete.</p>
<p>Die meisten Opfer habe es seit Anfang Dezember gegeben, als die Nordkoreaner erstmals in \
größeren Verbänden angegriffen hätten, so Lee. Die Männer seien mit dem offenen Gelände nicht \
vertraut und hätten kaum Erfahrung mit Drohnen. Russland setze sie offenbar als Sturminfanterie \
ein.</p>
<h2>Kiew spricht von schweren Kämpfen</h2>
<p>Die Ukraine hatte schon am Wochenende über hohe Verluste der Nordkoreaner berichtet. Nach \
Angaben des Militärgeheimdienstes HUR wurden bei Angriffen auf drei Dörfer [[rund 200]] Soldaten \
aus Nordkorea getötet oder verwundet. Präsident Wolodymyr Selenskyj warnte am Mittwochabend in \
seiner Videoansprache, Pjöngjang könne „[[Tausende]] weitere“ schicken, wenn der Westen nicht \
entschlossener reagiere.</p>
<h2>Pentagon bestätigt Tote und Verletzte</h2>
<p>Auch das US-Verteidigungsministerium bestätigte inzwischen Verluste. Sprecher Pat Ryder sprach \
am Montag (Ortszeit) von Toten und Verletzten „im Bereich von [[mehreren hundert]]“. Nach \
Einschätzung Washingtons halten sich insgesamt [[rund 11.000]] nordkoreanische Soldaten in \
Russland auf, die meisten davon im Gebiet Kursk.</p>
<p>Moskau äußert sich zu den Nordkoreanern weiterhin nicht. Das Verteidigungsministerium meldete \
am Donnerstag lediglich die Einnahme eines weiteren Dorfes im Gebiet Kursk. Nach britischen \
Schätzungen verliert die russische Armee derzeit im Schnitt mehr als 1.500 Soldaten am Tag, Tote \
und Verletzte zusammengerechnet.</p>
<p>Für die Korea-Forscherin Hanna Seidel von der Universität Leipzig sind die Zahlen aus Seoul \
plausibel. „Pjöngjang hat Soldaten geschickt, deren Armee seit 1953 keinen Krieg mehr geführt \
hat“, sagte sie im Gespräch mit MDW. Mit rund 1,2 Millionen Mann sei die Armee zwar groß, für \
einen Drohnenkrieg aber kaum gerüstet.</p>
<figure><img src="/bilder/kim-truppenbesuch-100~_v-16x9.jpg" alt="Kim Jong Un bei \
Soldaten"><figcaption>Kim Jong Un bei einem Truppenbesuch im November (Archivbild). Bild: KCNA \
via Reuters</figcaption></figure>
</main>
<footer><p>© MDW 2024 · Impressum · Datenschutz · Barrierefreiheit · Hörertelefon 0341 555 \
3000</p></footer>
</body>
</html>
""",
    claims=(
        C("Mindestens 100", 100, "at_least", "casualties", "south_korea", "thu",
          "<title> (metadata) restating the NIS figure given on Thursday", opt=True),
        C("Mindestens 100", 100, "at_least", "casualties", "south_korea", "thu",
          "teaser 'Südkoreas Geheimdienst beziffert': the NIS figure of the body (Thursday, the "
          "publication day): fallen"),
        C("mindestens 100", 100, "at_least", "casualties", "south_korea", "thu",
          "lawmaker Lee after the NIS briefing 'am Donnerstag' (the publication day): killed"),
        C("annähernd 1.000", 1000, "approx", "casualties", "south_korea", "thu",
          "same sentence: wounded ('annähernd' = approx)"),
        C("rund 200", 200, "approx", "casualties", "ukraine", "sat..sun",
          "HUR, 'schon am Wochenende' carried from the sentence before: killed or wounded"),
        C("Tausende", None, "vague", "planned", "ukraine", "wed",
          "Zelensky 'am Mittwochabend' in „“: could send 'weitere' (increment, span without the "
          "word)",
          add=True),
        C("mehreren hundert", None, "vague", "casualties", "united_states", "mon",
          "Pentagon spokesman Ryder 'am Montag (Ortszeit)', „im Bereich von …“: dead and wounded"),
        C("rund 11.000", 11000, "approx", "in_russia", "united_states", "mon..pub",
          "'Nach Einschätzung Washingtons' right after the Monday statement, no date of its own: "
          "Monday to publication"),
    ),
)

V02 = Source(
    article_id="v02_wirtschaft_sanktionen_kriegskasse",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-02-25"), dated_by="sidecar",
    crlf=True,
    sidecar=(
        "Handelskurier",
        "https://www.handelskurier.example/politik/international/eu-sanktionen-nordkorea-kriegskas"
        "se/100108874.html",
        "EU-Sanktionen zielen auf Kims Kriegskasse",
    ),
    features="German business paper on the EU's sixteenth sanctions package, windows-1252 with "
        "CRLF (sidecar); deck figure from the EU foreign policy chief in the body (other, 'am "
        "Montag' to publication); Kallas 'am Montag' (the EU: other); Rutte 'Bereits im November' "
        "(month window); an economist's back-of-the-envelope sum whose base figure "
        "`schätzungsweise 12.000` counts troops (other, present tense: `pub`, approx) next to "
        "pay, revenue and shells; NIS 'Anfang Februar'; JCS 'vom Montag' „einige hundert“ still "
        "in Kursk; HUR deputy 'vergangene Woche' `bis zu 5.000 zusätzliche` (increment, claimant "
        "and date after the figure); sanctions listings (48 persons, 35 companies), shells, "
        "missiles, oil barrels, billions of dollars, share prices and index percentages",
    text="""\
Sanktionen

EU-Sanktionen zielen auf Kims Kriegskasse

Brüssel setzt erstmals nordkoreanische Generäle auf die Sanktionsliste. Für Pjöngjang ist die \
Entsendung von [[mehr als 11.000]] Soldaten nach Russland vor allem ein Geschäft – und zwar ein \
lukratives.

Clemens Hartwig
Brüssel, Frankfurt

Die Europäische Union hat zum dritten Jahrestag der russischen Invasion ihr 16. Sanktionspaket \
gegen Moskau verabschiedet. Neu ist, dass Brüssel auch Nordkorea ins Visier nimmt: Auf der Liste \
stehen der Verteidigungsminister in Pjöngjang und mehrere Generäle, die für die Entsendung von \
Truppen nach Russland verantwortlich sein sollen. Insgesamt umfasst das Paket 48 Personen und 35 \
Unternehmen, darunter Reedereien der sogenannten Schattenflotte, dazu ein Einfuhrverbot für \
russisches Primäraluminium.

Die EU-Außenbeauftragte Kaja Kallas begründete die Listung am Montag mit der „direkten \
Kriegsbeteiligung“ Pjöngjangs. Nordkorea habe [[mehr als 11.000]] Soldaten nach Russland \
geschickt und beliefere dessen Armee mit Granaten und Raketen, sagte Kallas nach dem Treffen der \
Außenminister in Brüssel. Bereits im November hatte Nato-Generalsekretär Mark Rutte von [[mehr \
als 10.000]] nordkoreanischen Soldaten im Gebiet Kursk gesprochen.

Devisen für das Regime

Für das Regime von Kim Jong Un ist der Krieg eine willkommene Einnahmequelle. Der Ökonom Henrik \
Lassen von der Hamburger Forschungsstelle für Sanktionsökonomie hat nachgerechnet: Bei \
[[schätzungsweise 12.000]] Nordkoreanern in Russland und einem Sold von rund 2.000 Dollar pro \
Kopf und Monat flössen jährlich fast 290 Millionen Dollar nach Pjöngjang. „Bei den Männern selbst \
kommt davon nur ein Bruchteil an“, sagt Lassen.

Ein Vielfaches davon bringen die Munitionslieferungen ein. Nach Schätzungen aus Seoul hat \
Nordkorea seit dem Sommer 2023 mehr als neun Millionen Artilleriegranaten und rund 100 \
ballistische Raketen an Russland geliefert. Lassen veranschlagt deren Wert auf bis zu 5,5 \
Milliarden Dollar. Im Gegenzug erhalte Pjöngjang Öl weit über der Obergrenze von 500.000 Barrel \
pro Jahr, die der UN-Sicherheitsrat festgelegt hat, dazu Lebensmittel und Rüstungstechnik.

Hoher Blutzoll an der Front

Militärisch zahlt Pjöngjang einen hohen Preis. Südkoreas Geheimdienst NIS bezifferte die Verluste \
Anfang Februar auf [[rund 4.000]] Tote und Verwundete. Nach Angaben des Vereinigten Generalstabs \
in Seoul vom Montag wurden die Nordkoreaner deshalb vorübergehend von der Front abgezogen; \
[[einige hundert]] seien aber weiterhin im Gebiet Kursk stationiert.

Ein Ende des Einsatzes erwartet in Kiew niemand. Pjöngjang werde im Frühjahr [[bis zu 5.000]] \
zusätzliche Soldaten schicken, sagte der Vizechef des ukrainischen Militärgeheimdienstes HUR, \
Wadym Skibizkyj, vergangene Woche im Fernsehen.

Börsen unbeeindruckt

An den Märkten spielte die Nachricht kaum eine Rolle. Die Aktien europäischer Rüstungskonzerne \
legten am Montag im Schnitt um 2,3 Prozent zu, der Branchenindex hat seit Jahresbeginn fast 30 \
Prozent gewonnen. Moskau nannte die Sanktionen „illegal“, der Kreml kündigte Gegenmaßnahmen an.
""",
    claims=(
        C("mehr als 11.000", 11000, "at_least", "in_russia", "other", "mon..pub",
          "deck, the figure Kallas gave on Monday in the body (EU: other)"),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "other", "mon",
          "EU foreign policy chief Kallas 'am Montag' (a third party: other): sent"),
        C("mehr als 10.000", 10000, "at_least", "near_front", "nato", "2024-11-01..2024-11-30",
          "Rutte 'Bereits im November' (month window): in the Kursk region"),
        C("schätzungsweise 12.000", 12000, "approx", "in_russia", "other", "pub",
          "economist's calculation ('hat nachgerechnet', no date): the troop count it rests on "
          "('schätzungsweise' = approx)"),
        C("rund 4.000", 4000, "approx", "casualties", "south_korea", "2025-02-01..2025-02-10",
          "NIS 'Anfang Februar' (days 1-10): dead and wounded"),
        C("einige hundert", None, "vague", "near_front", "south_korea", "mon",
          "JCS 'vom Montag', Konjunktiv: still stationed in Kursk"),
        C("bis zu 5.000", 5000, "at_most", "planned", "ukraine", "lastweek",
          "HUR deputy chief 'vergangene Woche', claimant and date after the figure: 'zusätzliche' "
          "(increment)",
          add=True),
    ),
)

V03 = Source(
    article_id="v03_lokal_koreanische_gemeinde_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-04-30"),
    dated_by="front_matter",
    features="German local paper with a diaspora angle (a Korean congregation near Frankfurt) in "
        "Markdown, front matter with `date:` and a title without a figure; a bold teaser with the "
        "NIS figure of the body ('Seoul spricht von', Wednesday = publication day); KCNA 'Am "
        "Montag' without a figure; NIS 'am Mittwoch' carried over three sentences (sent in total, "
        "casualties, 'davon tödlich', „einige tausend“ still at the border); Zelensky 'im März' "
        "`fast 4.000`; a Frankfurt Korea scholar quoted in the present tense (other, `pub`) with "
        "`mindestens 1.000` dead; Korean miners and nurses recruited in the 1960s and 70s (`rund "
        "8.000`, `mehr als 10.000`: not troops), congregation members, ages, years, residents "
        "with South Korean passports, Ukrainian refugees, donations, service time",
    text="""\
---
title: "„Das sind doch Kinder“: Koreanische Gemeinde in Sulzbach bangt um Kims Soldaten"
date: 2025-04-30
ressort: Main-Taunus
autorin: Miriam Okonkwo
---

# „Das sind doch Kinder“

**Nordkorea hat den Einsatz seiner Soldaten in Russland zugegeben, Seoul spricht von [[4.700]] \
Toten und Verwundeten. In der koreanischen Gemeinde in Sulzbach löst das Trauer aus – und alte \
Erinnerungen.**

Sulzbach. Pfarrer Kim Dong-hyun hat am Sonntag für sie gebetet, für die jungen Männer aus dem \
Norden, deren Namen hier niemand kennt. „Das sind doch Kinder, 19, 20 Jahre alt“, sagt der \
62-Jährige. „Man hat sie in einen fremden Krieg geschickt, und ihre Mütter wissen nicht einmal, \
wo sie sind.“ Rund 250 Mitglieder zählt seine Gemeinde, die sich seit 1978 in einem umgebauten \
Gemeindehaus an der Hauptstraße trifft. Viele kamen einst als Krankenschwestern oder Bergleute \
nach Deutschland, andere sind deren Kinder und Enkel.

Dass Nordkorea Soldaten nach Russland geschickt hat, wusste man hier seit dem Herbst. Neu ist, \
dass Pjöngjang es selbst zugibt. Am Montag hatte die Staatsagentur KCNA erstmals eingeräumt, dass \
nordkoreanische Einheiten im russischen Gebiet Kursk gekämpft haben, auf Befehl von Machthaber \
Kim Jong Un. Eine Zahl nannte sie nicht.

## Seoul legt nach

Die kam am Mittwoch aus Seoul. Nach Angaben des südkoreanischen Geheimdienstes NIS hat der Norden \
seit Oktober [[rund 15.000]] Soldaten nach Russland geschickt. [[Etwa 4.700]] von ihnen seien \
getötet oder verwundet worden, [[rund 600]] davon tödlich. Die meisten Soldaten habe Russland \
inzwischen aus den Kampfgebieten abgezogen; [[einige tausend]] hielten sich aber noch im \
Grenzgebiet zur Ukraine auf.

Kiew nennt noch höhere Zahlen. Präsident Wolodymyr Selenskyj hatte bereits im März von [[fast \
4.000]] getöteten oder verwundeten Nordkoreanern gesprochen. Der Frankfurter Koreanist Thomas \
Brandl hält auch diese Angaben für zu niedrig. „Ich gehe von [[mindestens 1.000]] Toten aus“, \
sagt er. Die Verwundeten würden meist in russischen Lazaretten behandelt, nur wenige seien bisher \
nach Hause gebracht worden.

## „Wir sind ein Volk“

Für Soo-jin Park, 71, die 1974 als Krankenschwester nach Frankfurt kam, ist der Krieg plötzlich \
nah. Ihre Familie stammt aus dem Norden, ihr Vater floh im Koreakrieg mit zwei Brüdern nach \
Busan. „Wir sind ein Volk, auch wenn die Grenze seit mehr als 70 Jahren besteht“, sagt sie. \
Zwischen 1963 und 1977 warb die Bundesrepublik rund 8.000 koreanische Bergleute und mehr als \
10.000 Krankenschwestern an.

Im Main-Taunus-Kreis leben nach Angaben des Landratsamts derzeit rund 1.900 Menschen mit \
südkoreanischem Pass, dazu knapp 3.100 Geflüchtete aus der Ukraine. Die Gemeinde sammelt nun für \
ein Kinderheim in Charkiw, 4.200 Euro sind schon zusammengekommen. Der nächste Gottesdienst mit \
Fürbitten für den Frieden beginnt am Sonntag um 11 Uhr.
""",
    claims=(
        C("4.700", 4700, "exact", "casualties", "south_korea", "wed",
          "bold teaser 'Seoul spricht von': the NIS figure given on Wednesday (the publication "
          "day) in the body"),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "wed",
          "NIS 'am Mittwoch' ('Die kam am Mittwoch aus Seoul'): sent since October"),
        C("Etwa 4.700", 4700, "approx", "casualties", "south_korea", "wed",
          "sentence-initial, Konjunktiv carried from the NIS sentence: killed or wounded"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "wed",
          "'davon tödlich': the dead among them"),
        C("einige tausend", None, "vague", "near_front", "south_korea", "wed",
          "same NIS report, Konjunktiv: still in the border area"),
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "2025-03-01..2025-03-31",
          "Zelensky 'bereits im März' (month window): killed or wounded"),
        C("mindestens 1.000", 1000, "at_least", "casualties", "other", "pub",
          "Frankfurt Korea scholar ('sagt er', present tense, no date): dead"),
    ),
)

V04 = Source(
    article_id="v04_at_abendblatt_gefangener_will_nach_seoul",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-02-21"),
    dated_by="dateline",
    features="Austrian evening paper in ISO-8859-1 (straight quotes only), 'Erschienen: "
        "21.02.2025, 17:45' line: 'Jänner', 'Feber', 'heuer'; a deck with the number word `zwei` "
        "restating Zelensky's announcement of 11 January (window to publication); 'am 11. Jänner' "
        "(captured); 'laut NIS' with the date in the next sentence ('teilte der NIS am Mittwoch "
        "mit'); Ukrainian General Staff 'Ende Jänner'; 'Seit Anfang Feber' (event window); JCS "
        "'am Montag' „mehrere tausend frische Soldaten nachschickt“ (vague increment, claimant "
        "and date after the figure); a Viennese political scientist (other, present tense: `pub`) "
        "with `8.000 bis 9.000`; NATO 'im Jänner' „Tausenden“; 'jeder dritte' (fraction), "
        "defectors who fled to the South (`Rund 34.000`: not troops), ages, euros",
    text="""\
WIENER ABENDPOST | Ausland

Nordkoreas Kriegsgefangener: "Ich will nach Südkorea"

Er wurde im Jänner im Gebiet Kursk gefangen genommen, jetzt will er nicht mehr zurück zu Kim: \
Einer von [[zwei]] nordkoreanischen Soldaten in ukrainischer Hand bittet um Aufnahme im Süden.

Erschienen: 21.02.2025, 17:45

Kiew/Seoul/Wien. Es ist ein Satz, der in Pjöngjang für Wut sorgen dürfte. "Ich möchte nach \
Südkorea gehen", soll der 26-jährige Nordkoreaner gesagt haben, der seit Jänner in einem Lager in \
der Ukraine festgehalten wird. Das berichtete der südkoreanische Geheimdienst NIS am Mittwoch. \
Ein Mitarbeiter des Dienstes habe den Mann gemeinsam mit ukrainischen Behörden befragt.

Präsident Wolodymyr Selenskyj hatte am 11. Jänner die Gefangennahme von [[zwei]] verwundeten \
nordkoreanischen Soldaten bekanntgegeben. Der zweite, 20 Jahre alt, hat sich laut NIS noch nicht \
entschieden. Seoul hat heuer mehrfach erklärt, die Männer aufzunehmen, sollten sie das wünschen. \
Nach südkoreanischem Recht gelten auch Nordkoreaner als Staatsbürger.

Hohe Verluste, dann Rückzug

Die Männer gehörten zu jenen [[rund 11.000]] Soldaten, die Kim Jong Un laut NIS im Herbst nach \
Russland geschickt hat. [[Etwa 3.800]] davon seien inzwischen tot oder verwundet, teilte der NIS \
am Mittwoch mit. Damit wäre mehr als jeder dritte ausgefallen. Ende Jänner hatte ein Sprecher des \
ukrainischen Generalstabs die Verluste sogar auf [[mehr als 4.000]] beziffert.

Seit Anfang Feber sind die Nordkoreaner von der Front weitgehend verschwunden. Ob sie \
zurückkommen, ist offen. Südkoreas Militär rechnet jedenfalls damit, dass Pjöngjang [[mehrere \
tausend]] frische Soldaten nachschickt, wie ein Sprecher des Generalstabs in Seoul am Montag sagte.

"Ein Rückzug auf Zeit"

Der Wiener Politologe Markus Lindner, der am Institut für Ostasienwissenschaften zu Nordkorea \
forscht, glaubt nicht an einen Abzug. "Das ist ein Rückzug auf Zeit", sagt er der ABENDPOST. Nach \
seiner Einschätzung stehen derzeit noch [[8.000 bis 9.000]] nordkoreanische Soldaten in Russland, \
viele davon in Ausbildungslagern im Hinterland. "Kim hat nichts zu verlieren. Moskau zahlt, und \
seine Armee lernt."

Die Nato hatte im Jänner von [[Tausenden]] getöteten und verwundeten Nordkoreanern gesprochen.

Rund 34.000 Nordkoreaner sind seit dem Ende des Koreakriegs in den Süden geflohen, die meisten \
über China. Dass ein Kriegsgefangener aus einem Drittland dorthin gelangt, wäre ein Novum. Kiew \
will die beiden Gefangenen bisher nur gegen ukrainische Soldaten in russischer Hand austauschen. \
Moskau hat darauf nicht reagiert.

Österreich hat der Ukraine heuer bereits 5 Millionen Euro an humanitärer Hilfe zugesagt.
""",
    claims=(
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11..pub",
          "deck: the captured soldiers Zelensky announced on 11 January (body), window to "
          "publication"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'am 11. Jänner': captured (number word)"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "wed",
          "'laut NIS', dated by the next sentence ('teilte der NIS am Mittwoch mit'): sent in the "
          "autumn"),
        C("Etwa 3.800", 3800, "approx", "casualties", "south_korea", "wed",
          "NIS 'am Mittwoch': dead or wounded"),
        C("mehr als 4.000", 4000, "at_least", "casualties", "ukraine", "2025-01-21..2025-01-31",
          "General Staff spokesman 'Ende Jänner' (days 21-31): losses"),
        C("mehrere tausend", None, "vague", "planned", "south_korea", "mon",
          "JCS spokesman 'am Montag', claimant after the figure: 'frische Soldaten nachschickt' "
          "(increment)",
          add=True),
        C("8.000 bis 9.000", None, "range", "in_russia", "other", "pub",
          "Viennese political scientist ('Nach seiner Einschätzung', present tense): still in "
          "Russia"),
        C("Tausenden", None, "vague", "casualties", "nato", "2025-01-01..2025-01-31",
          "NATO 'im Jänner' (month window): killed and wounded"),
    ),
)

V05 = Source(
    article_id="v05_ch_agentur_uno_genf_utf16",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-03-18"),
    dated_by="dateline", crlf=True,
    features="Swiss agency report from Geneva in UTF-16 LE with BOM and CRLF: `ss`, «», `11'000`, "
        "`14'000`, `30'000`, 4-digit `4000`/`3000`/`1000 bis 1500`, a time-stamp line '18.03.2025 "
        "- 12:04', agency code '(sna)'; a UN special rapporteur before the Human Rights Council "
        "'am Dienstag' (the publication day; the UN: other) with `mindestens 11'000` and "
        "`Tausende` in Konjunktiv; South Korea's ambassador in the debate («rund 4000»: "
        "south_korea); the NIS estimate 'geht inzwischen … aus' without a date (`pub`) with 'als "
        "Ersatz' (increment); a Ukrainian deputy foreign minister's range in the same session "
        "('Seit Anfang März' is the event); Zelensky 'vergangene Woche' `bis zu 30'000 weitere` "
        "(increment); North Korea and Russia without figures; North Koreans who fled to the "
        "South, the council's 47 members, francs, workers abroad (`bis zu 100'000`: not troops), "
        "years",
    text="""\
Uno-Berichterstatterin: Kims Soldaten in Russland sind «Kanonenfutter»

18.03.2025 - 12:04

Genf (sna) Die Uno-Sonderberichterstatterin für die Menschenrechte in Nordkorea hat den Einsatz \
nordkoreanischer Soldaten im Krieg gegen die Ukraine scharf verurteilt. Pjöngjang habe \
[[mindestens 11'000]] Soldaten nach Russland geschickt, ohne dass diese oder ihre Familien eine \
Wahl gehabt hätten, sagte Lucía Salazar am Dienstag vor dem Menschenrechtsrat in Genf.

Viele der jungen Männer hätten nicht gewusst, wohin man sie bringe. «Sie werden als Kanonenfutter \
verheizt, ohne Rechte und ohne Stimme», sagte die peruanische Juristin. [[Tausende]] von ihnen \
seien getötet oder verwundet worden, die Angehörigen erführen davon nichts. Salazar stützt sich \
nach eigenen Angaben auf Gespräche mit Geflüchteten und Regierungsvertretern; seit 2022 seien \
mehr als 400 Menschen aus dem Norden in den Süden gelangt.

Seoul nennt Zahlen

In der anschliessenden Debatte sprach der südkoreanische Botschafter in Genf, Yoon Seok-ho, von \
«[[rund 4000]] Toten und Verwundeten». Der Geheimdienst seines Landes geht inzwischen von [[rund \
14'000]] entsandten Soldaten aus, darunter [[etwa 3000]], die seit Jahresbeginn als Ersatz nach \
Russland gebracht worden seien.

Die nordkoreanische Delegation wies den Bericht als «Verleumdung im Dienst der USA» zurück. Der \
russische Vertreter sprach von einer «politisierten Debatte» und berief sich auf das Abkommen \
über gegenseitigen Beistand, das beide Länder vor neun Monaten unterzeichnet hatten.

Kiew: Nordkoreaner zurück an der Front

Die Ukraine nutzte die Sitzung für eine Warnung. Seit Anfang März kämpften wieder [[1000 bis \
1500]] Nordkoreaner im Gebiet Kursk, sagte die stellvertretende Aussenministerin Olena Hrynenko. \
Präsident Wolodymyr Selenskyj hatte vergangene Woche erklärt, Pjöngjang könne in diesem Jahr \
[[bis zu 30'000]] weitere Soldaten schicken.

Die Schweiz forderte in ihrer Stellungnahme, Kriegsgefangene müssten gemäss den Genfer \
Konventionen behandelt werden. Sie unterstützt das Mandat der Sonderberichterstatterin seit 2016 \
mit jährlich rund 250'000 Franken. Der Menschenrechtsrat mit seinen 47 Mitgliedstaaten tagt noch \
bis zum 4. April.

Nach Schätzungen der Uno arbeiten zudem bis zu 100'000 Nordkoreanerinnen und Nordkoreaner im \
Ausland, viele davon auf russischen Baustellen. Ihr Lohn fliesst grösstenteils an den Staat.

(sna)
""",
    claims=(
        C("mindestens 11'000", 11000, "at_least", "in_russia", "other", "tue",
          "UN special rapporteur 'am Dienstag' (the publication day; the UN: other): sent"),
        C("Tausende", None, "vague", "casualties", "other", "tue",
          "same speech, Konjunktiv: killed or wounded"),
        C("rund 4000", 4000, "approx", "casualties", "south_korea", "tue",
          "South Korea's ambassador in the debate (same session), in «»: dead and wounded"),
        C("rund 14'000", 14000, "approx", "in_russia", "south_korea", "pub",
          "'Der Geheimdienst seines Landes geht inzwischen … aus' (present, no date): sent"),
        C("etwa 3000", 3000, "approx", "in_russia", "south_korea", "pub",
          "'darunter …, die … als Ersatz … gebracht worden seien' (replacements: increment)",
          add=True),
        C("1000 bis 1500", None, "range", "near_front", "ukraine", "tue",
          "Ukrainian deputy foreign minister in the same session ('Seit Anfang März' is the "
          "event): fighting in Kursk"),
        C("bis zu 30'000", 30000, "at_most", "planned", "ukraine", "lastweek",
          "Zelensky 'vergangene Woche': could send 'weitere' (increment)", add=True),
    ),
)

V06 = Source(
    article_id="v06_magazin_drohnenschule_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-08-29"), dated_by="sidecar",
    sidecar=(
        "Kontur",
        "https://www.kontur-magazin.example/ausland/nordkorea-kursk-drohnen-a-5a71c0e2",
        "Kims Drohnenschule",
    ),
    features="German magazine long read in Markdown, UTF-8 with BOM, front matter without a date "
        "(sidecar only, Friday); an opening scene from a drone video (`43 Sekunden`); a Ukrainian "
        "drone commander's own count (ukraine, undated: `pub`) „mehrere hundert“ hit; NIS 'Anfang "
        "August'; HUR 'Nach Angaben' without a date (`pub`, 'im Sommer' is the event: trained in "
        "Russia); Budanov 'Ende Juli' with 'zehn andere' (not a claim); Shoigu 'Mitte Juni' "
        "`6.000`; KCNA 'Vergangene Woche' `mehr als 100` fallen (north_korea); the magazine's own "
        "satellite-image research 'Nach Recherchen dieses Magazins' `mindestens 3.000 weitere` "
        "(unattributed, required, increment); an anonymous NATO officer 'sagte dem Magazin' `gut "
        "15.000` (nato, `pub`); `6.000 Kampfdrohnen` next to Shoigu's 6.000, 'jeder zehnte "
        "Offizier' (fraction), army size, drone price, drones lost",
    text="""\
---
title: "Kims Drohnenschule"
rubrik: Ausland
autoren: Lena Marquardt, Jakob Sørensen
lesezeit: 8 Minuten
---

# Kims Drohnenschule

*In Kursk haben Nordkoreas Soldaten gelernt, wie moderner Krieg funktioniert – unter gewaltigen \
Verlusten. Jetzt bringen sie dieses Wissen nach Hause. Über eine Armee, die aus Russland \
verändert zurückkehrt.*

Von Lena Marquardt und Jakob Sørensen

Das Video ist 43 Sekunden lang und von schlechter Qualität. Es zeigt, aufgenommen von einer \
ukrainischen Drohne, einen verschneiten Waldrand im Gebiet Kursk, irgendwann im Januar. Ein \
Soldat in weißem Tarnanzug bleibt stehen, dreht sich um und zielt mit seinem Gewehr nach oben. Er \
trifft. Die Drohne stürzt, das Bild bricht ab.

„So etwas hatten wir bei den Russen nie gesehen“, sagt der ukrainische Major, der sich Bober \
nennt, Biber. Er kommandiert eine Drohneneinheit, die im Winter gegen die Nordkoreaner kämpfte. \
Seine Piloten, sagt er, hätten damals [[mehrere hundert]] von ihnen getroffen. „Am Anfang liefen \
sie über offene Felder wie auf dem Exerzierplatz. Nach vier Wochen nicht mehr.“

## Lernen unter Beschuss

Was Bober beschreibt, bestätigen Geheimdienste in Seoul, Kiew und Washington: Die Nordkoreaner \
haben schnell gelernt, aber um einen hohen Preis. Südkoreas Nachrichtendienst NIS ging Anfang \
August davon aus, dass [[rund 2.000]] nordkoreanische Soldaten in Russland gefallen sind. Die \
Zahl der Verwundeten dürfte ein Vielfaches betragen.

Doch Pjöngjang gewinnt etwas, das keine andere Armee in Asien hat: Erfahrung im Drohnenkrieg. \
Nach Angaben des ukrainischen Militärgeheimdienstes HUR hat Russland im Sommer [[etwa 1.000]] \
nordkoreanische Soldaten zu Drohnenpiloten ausgebildet, auf Stützpunkten im Gebiet Kursk und in \
Primorje. HUR-Chef Kyrylo Budanow sagte Ende Juli, die Heimkehrer würden in Nordkorea als \
Ausbilder eingesetzt: „Jeder, der aus Kursk zurückkommt, kann zehn andere ausbilden.“

## Ein Geschäft mit Moskau

Russland hat kaum noch Hemmungen, über die Hilfe aus Pjöngjang zu sprechen. Mitte Juni hatte der \
Sekretär des Sicherheitsrats, Sergej Schoigu, in Pjöngjang angekündigt, Nordkorea werde [[6.000]] \
Pioniere und Militärbauarbeiter in das Gebiet Kursk entsenden. Die ersten von ihnen sind \
inzwischen dort eingetroffen.

Kim Jong Un wiederum inszeniert den Einsatz als Heldengeschichte. Vergangene Woche empfing er \
nach Angaben der Staatsagentur KCNA die Familien von [[mehr als 100]] Gefallenen und ließ ihnen \
Orden überreichen. Die Bilder zeigen einen Machthaber, der weint.

## Die nächste Welle

Nach Recherchen dieses Magazins, das Satellitenbilder von drei Ausbildungslagern in der Provinz \
Nord-Hamgyong auswerten ließ, bereitet Pjöngjang derzeit [[mindestens 3.000]] weitere Soldaten \
auf einen Einsatz in Russland vor. Auf Aufnahmen vom Juli sind neue Unterkünfte, Schießbahnen und \
ein Übungsgelände für Drohnen zu erkennen.

Ein hochrangiger Nato-Offizier, der anonym bleiben wollte, sagte dem Magazin, insgesamt hätten \
bislang [[gut 15.000]] Nordkoreaner in Russland gedient. Pjöngjang verfüge nun über „die \
kampferfahrenste Infanterie Asiens“. Ein Vertreter des südkoreanischen Verteidigungsministeriums \
schätzt, dass bis Jahresende jeder zehnte Offizier der nordkoreanischen Eliteeinheiten \
Fronterfahrung haben wird. Die Armee des Nordens zählt rund 1,2 Millionen Soldaten.

Russland setzte allein im Juli mehr als 6.000 Kampfdrohnen gegen die Ukraine ein. Eine einfache \
FPV-Drohne kostet nach ukrainischen Angaben rund 400 Dollar. Major Bober sagt, seine Einheit habe \
an einem einzigen Tag im Dezember 37 Drohnen verloren. „Die Koreaner haben geschossen wie \
verrückt.“
""",
    claims=(
        C("mehrere hundert", None, "vague", "casualties", "ukraine", "pub",
          "Ukrainian drone commander interviewed for the piece (Konjunktiv, undated): hit in the "
          "winter"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-08-01..2025-08-10",
          "NIS 'Anfang August' (days 1-10): fallen"),
        C("etwa 1.000", 1000, "approx", "in_russia", "ukraine", "pub",
          "HUR 'Nach Angaben' without a date ('im Sommer' is the event): trained as drone pilots "
          "in Russia"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "Shoigu 'Mitte Juni' (days 11-20): to be sent to Kursk"),
        C("mehr als 100", 100, "at_least", "casualties", "north_korea", "lastweek",
          "KCNA 'Vergangene Woche': families of the fallen received by Kim"),
        C("mindestens 3.000", 3000, "at_least", "planned", "unattributed", "pub",
          "the magazine's own research ('Nach Recherchen dieses Magazins', satellite images): "
          "'weitere' prepared (increment)",
          add=True),
        C("gut 15.000", 15000, "approx", "in_russia", "nato", "pub",
          "anonymous NATO officer 'sagte dem Magazin' (no date): served in Russia in total ('gut' "
          "= approx)"),
    ),
)

V07 = Source(
    article_id="v07_folgetag_schoigu_pioniere_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-06-18"), dated_by="sidecar",
    sidecar=(
        "Neue Allgemeine", "",
        "Nach Schoigus Besuch: Seoul rechnet mit weiteren Soldaten aus Nordkorea",
    ),
    features="German daily's next-day follow-up in HTML, ISO-8859-1 (typographic quotes and "
        "dashes only as entities `&bdquo;`, `&ldquo;`, `&ndash;`, `&rsaquo;`), no meta date "
        "(sidecar without url, Wednesday), a `<meta name=\"description\">` without a figure; lead "
        "restating Shoigu's figure of the day before (window Tuesday to publication); 'am Vortag' "
        "(= the day before publication) for Shoigu's `1000` deminers and `5000` builders; a "
        "lawmaker briefed by the NIS 'am Mittwoch' with `bis zu 10.000 zusätzliche` (increment) "
        "and 'den Angaben zufolge' carried to the next sentence (total, dead, wounded `mehr als "
        "4000`); Zelensky 'gestern Abend' without a figure; HUR 'erklärte' without a date (`pub`) "
        "„mehrere hundert“ deminers in Kursk; Peskov 'am Mittwoch' without a figure; mines, "
        "square kilometres, a town's population, visits, image size, consent partners, subscriber "
        "phone",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Nach Schoigus Besuch: Seoul rechnet mit weiteren Soldaten aus Nordkorea - Neue \
Allgemeine</title>
<meta name="description" content="Einen Tag nach der Ankündigung aus Moskau warnt Südkoreas \
Geheimdienst vor einer neuen Entsendung aus Pjöngjang.">
<meta name="robots" content="index, follow, max-image-preview:large">
<script>window.nadl={ressort:"politik",artikelId:90331245,premium:false,bilder:3};</script>
</head>
<body>
<div class="consent-layer">Diese Seite verwendet Cookies. Der Verarbeitung Ihrer Daten durch 96 \
Drittanbieter können Sie jederzeit in den Privatsphäre-Einstellungen widersprechen. \
<button>Verstanden</button></div>
<nav class="breadcrumb">Startseite &rsaquo; Politik &rsaquo; Ausland</nav>
<article>
<h1>Nach Schoigus Besuch: Seoul rechnet mit weiteren Soldaten aus Nordkorea</h1>
<p class="lead">Einen Tag nach der Ankündigung aus Moskau warnt Südkoreas Geheimdienst: Den \
[[6000]] Pionieren und Bauarbeitern, die Pjöngjang nach Kursk schicken will, könnten schon bald \
weitere folgen.</p>
<p class="meta">Von Sabine Wohlrab und Agenturen</p>
<p>Seoul/Moskau &ndash; Der russische Sicherheitsratssekretär Sergej Schoigu hatte am Vortag nach \
einem Treffen mit Machthaber Kim Jong Un angekündigt, Nordkorea werde [[1000]] Minenräumer und \
[[5000]] Militärbauarbeiter in das Gebiet Kursk entsenden. Sie sollen Felder entminen und \
zerstörte Brücken, Straßen und Stromleitungen wieder aufbauen. Es war Schoigus zweiter Besuch in \
Pjöngjang binnen zwei Wochen.</p>
<p>Südkoreas Nachrichtendienst NIS geht davon aus, dass es dabei nicht bleibt. Pjöngjang bereite \
eine weitere Entsendung vor, die schon im Juli beginnen könne, sagte der Abgeordnete Lee \
Seong-kweun am Mittwoch nach einer Unterrichtung durch den Dienst. Im Gespräch seien [[bis zu \
10.000]] zusätzliche Kräfte, darunter auch Kampftruppen.</p>
<p>Derzeit halten sich den Angaben zufolge [[rund 11.000]] nordkoreanische Soldaten in Russland \
auf, die meisten im Gebiet Kursk. Die Zahl der Gefallenen schätzt der NIS auf [[etwa 600]], die \
der Verwundeten auf [[mehr als 4000]].</p>
<h2>Kiew spricht von &bdquo;Sklavenarbeit&ldquo;</h2>
<p>In Kiew stieß die Ankündigung auf scharfe Kritik. Präsident Wolodymyr Selenskyj sprach gestern \
Abend in seiner Videobotschaft von &bdquo;moderner Sklavenarbeit für einen Angriffskrieg&ldquo;. \
Der Militärgeheimdienst HUR erklärte, schon jetzt arbeiteten [[mehrere hundert]] nordkoreanische \
Pioniere im Gebiet Kursk, viele ohne ausreichende Schutzausrüstung.</p>
<p>Kremlsprecher Dmitri Peskow sagte am Mittwoch, die Koreaner würden &bdquo;ausschließlich auf \
russischem Boden&ldquo; eingesetzt. Russland hatte das Gebiet Kursk im April nach eigenen Angaben \
vollständig zurückerobert.</p>
<h2>Millionen Minen</h2>
<p>Wie groß die Aufgabe ist, zeigen Zahlen aus Moskau: Nach Angaben des russischen \
Katastrophenschutzministeriums liegen in der Region noch mehr als 1,5 Millionen Minen und \
Blindgänger, verteilt auf rund 2.000 Quadratkilometer. Die Kleinstadt Sudscha, die vor dem Krieg \
etwa 5.000 Einwohner hatte, ist weitgehend zerstört.</p>
<figure><img src="/img/2025/06/schoigu-kim-pjoengjang-960x540.jpg" alt="Schoigu und \
Kim"><figcaption>Sergej Schoigu (l.) und Kim Jong Un am Dienstag in Pjöngjang. Foto: \
KCNA/dpa</figcaption></figure>
</article>
<footer>&copy; Neue Allgemeine Verlagsgesellschaft mbH &middot; Impressum &middot; AGB &middot; \
Abo-Service 0800 555 4411</footer>
</body>
</html>
""",
    claims=(
        C("6000", 6000, "exact", "planned", "russia", "yday..pub",
          "lead restating Shoigu's announcement of the day before ('Einen Tag nach der "
          "Ankündigung'): window to publication"),
        C("1000", 1000, "exact", "planned", "russia", "yday",
          "Shoigu 'am Vortag' (= the day before publication): deminers to be sent"),
        C("5000", 5000, "exact", "planned", "russia", "yday",
          "same announcement: military construction workers"),
        C("bis zu 10.000", 10000, "at_most", "planned", "south_korea", "wed",
          "lawmaker Lee after the NIS briefing 'am Mittwoch' (the publication day): 'zusätzliche' "
          "(increment)",
          add=True),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "wed",
          "'den Angaben zufolge' (the Wednesday briefing): in Russia now"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "wed",
          "'schätzt der NIS': fallen"),
        C("mehr als 4000", 4000, "at_least", "casualties", "south_korea", "wed",
          "same sentence: wounded"),
        C("mehrere hundert", None, "vague", "near_front", "ukraine", "pub",
          "HUR 'erklärte' (no date): deminers working in the Kursk region"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (UK, US, wire, Japan, Australia)
# ---------------------------------------------------------------------------------------------

V08 = Source(
    article_id="v08_uk_tabloid_meat_grinder_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-01-10"), dated_by="sidecar",
    crlf=True,
    sidecar=(
        "The Daily Beacon",
        "https://www.dailybeacon.example/news/world/kim-meat-grinder-north-korean-troops-kursk-380"
        "0",
        "KIM'S MEAT GRINDER",
    ),
    features="UK tabloid web page in HTML, windows-1252 with CRLF (typographic quotes raw), caps "
        "headline without a figure, a standfirst with the body figure (Zelensky 'on Monday' to "
        "publication); `<title>` figure (optional); the reporter's own framing 'in their "
        "thousands' (optional); 'MORE' in caps after `up to 8,000` (increment) from HUR "
        "'yesterday'; 'according to South Korea's spy agency, which told lawmakers in December' "
        "(the figures after it: December; the one before it: December to publication); UK MoD 'on "
        "Tuesday' (other) `several hundred`; a retired colonel (other, no date) `no more than "
        "7,000` still on the front line; 'human waves' of `20 to 30 men` (group size), 'more than "
        "one in three' (ratio), Russian losses a year and a day, army size, age, regiment "
        "ordinal, ad-slot sizes, consent partners, comment count, company and phone numbers",
    text="""\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="windows-1252">
<title>Kim’s meat grinder: [[3,800]] North Korean troops killed or wounded, says Zelensky | The \
Daily Beacon</title>
<meta property="og:type" content="article">
<meta name="description" content="Ukraine’s president says Pyongyang’s soldiers are being used as \
cannon fodder in Russia’s Kursk region.">
<script>var beaconAds={slots:["top_728x90","mpu_300x250","sky_160x600"],section:"news/world"};</s\
cript>
</head>
<body>
<div class="consent">We care about your privacy. We and our 318 partners use technology such as \
cookies to personalise content and adverts. <button>Accept all</button> \
<button>Options</button></div>
<header><a href="/">The Daily Beacon</a> <nav>News | Sport | TV | Showbiz | Money | \
Travel</nav></header>
<article>
<p class="kicker">WAR IN UKRAINE</p>
<h1>KIM’S MEAT GRINDER</h1>
<h2 class="standfirst">[[3,800]] of tyrant’s troops killed or wounded in just weeks of fighting, \
Zelensky reveals</h2>
<p class="byline">By Gemma Flint, Foreign News Reporter<br>Published 10 January 2025, 11:23</p>
<p>KIM Jong Un’s soldiers are being slaughtered in their [[thousands]] on the battlefields of \
Russia.</p>
<p>Ukrainian President Volodymyr Zelensky said on Monday that [[3,800]] North Korean soldiers had \
been killed or wounded since they were thrown into the fight in Russia’s Kursk region before \
Christmas.</p>
<p>The shocking toll means more than one in three of the men sent by the despot is now dead or \
injured.</p>
<p>“Russia uses them like cannon fodder. They are not even given proper winter boots,” Zelensky \
said in his nightly address.</p>
<p>Ukraine’s HUR military intelligence agency claimed yesterday that Pyongyang was preparing to \
send [[up to 8,000]] MORE soldiers to replace the fallen.</p>
<p>[[Around 11,000]] North Koreans were shipped to Russia in October and November, according to \
South Korea’s spy agency, which told lawmakers in December that [[at least 100]] had died in \
combat and [[about 1,000]] were wounded.</p>
<p>Britain’s Ministry of Defence said on Tuesday the North Koreans were taking losses at a rate \
“no army can sustain” and estimated that [[several hundred]] had been killed in the first week of \
January alone.</p>
<figure><img src="/i/2025/01/kim-inspects-troops-1200x675.jpg" alt=""><figcaption>Kim Jong Un \
inspects soldiers before they were sent to Russia. Picture: KCNA</figcaption></figure>
<h3>‘Human waves’</h3>
<p>Ukrainian troops say the North Koreans charge across open fields in “human waves” of 20 to 30 \
men, ignoring the drones buzzing overhead.</p>
<p>A drone operator from the 8th Special Forces Regiment told the Beacon: “They just keep coming. \
You hit one group, and ten minutes later there’s another.”</p>
<p>Retired British Army colonel Richard Kemp-Harris, a defence analyst, said Kim saw the men as \
“expendable”. He estimated that [[no more than 7,000]] of the North Koreans were still on the \
front line.</p>
<p>Western officials believe Russia suffered around 430,000 casualties in 2024 alone – an average \
of more than 1,100 a day. North Korea’s army has 1.2 million active troops. Kim, 41, has \
reportedly ordered a new song praising “brothers fighting abroad”.</p>
<div class="comments">Comments (214)</div>
</article>
<aside><h4>MOST READ</h4><ol><li>Soap star’s secret heartbreak</li><li>Snow and ice warning for \
48 hours</li></ol></aside>
<footer>© The Daily Beacon Ltd 2025. Registered in England No. 03399187. Newsdesk 020 7946 \
0458</footer>
</body>
</html>
""",
    claims=(
        C("3,800", 3800, "exact", "casualties", "ukraine", "mon..pub",
          "<title> (metadata) repeating the standfirst figure", opt=True),
        C("3,800", 3800, "exact", "casualties", "ukraine", "mon..pub",
          "standfirst 'Zelensky reveals': his Monday figure in the body, window to publication"),
        C("thousands", None, "vague", "casualties", "unattributed", "pub",
          "the reporter's own framing ('slaughtered in their thousands'), no source", opt=True),
        C("3,800", 3800, "exact", "casualties", "ukraine", "mon",
          "Zelensky 'said on Monday': killed or wounded"),
        C("up to 8,000", 8000, "at_most", "planned", "ukraine", "yday",
          "HUR 'claimed yesterday': 'MORE' to be sent (increment, span without the "
          "word)", add=True),
        C("Around 11,000", 11000, "approx", "in_russia", "south_korea", "2024-12-01..pub",
          "sentence-initial, 'according to South Korea's spy agency, which told lawmakers in "
          "December' (the clause dates what follows): December to publication"),
        C("at least 100", 100, "at_least", "casualties", "south_korea", "2024-12-01..2024-12-31",
          "same NIS briefing 'in December': died"),
        C("about 1,000", 1000, "approx", "casualties", "south_korea", "2024-12-01..2024-12-31",
          "same sentence: wounded"),
        C("several hundred", None, "vague", "casualties", "other", "tue",
          "UK Ministry of Defence 'said on Tuesday': killed in the first week of January"),
        C("no more than 7,000", 7000, "at_most", "near_front", "other", "pub",
          "retired British colonel, analyst ('He estimated', no date): still on the front line"),
    ),
)

V09 = Source(
    article_id="v09_us_tv_pentagon_kursk_html",
    language="en", fmt="html", encoding="utf-8", published=day("2024-11-05"),
    dated_by="html_meta",
    features="US TV-network website story in HTML (`article:published_time` with -05:00, "
        "NewsArticle JSON-LD with a VideoObject duration and an upload date, a 'WATCH' video "
        "teaser with its length, a 'Do Not Sell' link, a comment count, Election Day in the "
        "text); `<title>` figure (optional); headline figure from the lead (Pentagon, Monday); "
        "Singh 'at a briefing Monday afternoon' carried to a range 'She said …'; Zelensky 'In an "
        "interview that aired Sunday' on the network's own show (the airing day); lawmakers "
        "briefed by the NIS 'last week' ('put the number … at'); ISW 'in their Monday assessment' "
        "(other) `at least 7,000` within striking distance; an anonymous U.S. official 'told ABN "
        "News' (no date) `roughly 500` officers (a breakdown, still a claim); Kremlin and North "
        "Korea without figures; US aid in dollars, US troops in Korea, front length in miles, "
        "copyright",
    text="""\
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>Pentagon: [[10,000]] North Korean troops now in Kursk, likely to fight soon - ABN \
News</title>
<meta property="og:site_name" content="ABN News">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-11-05T13:10:00-05:00">
<meta property="article:section" content="International">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headli\
ne":"Pentagon says North Korean troops now in \
Kursk","video":{"@type":"VideoObject","name":"Pentagon briefing on North Korean \
troops","duration":"PT2M41S","uploadDate":"2024-11-04"}}</script>
</head>
<body>
<header><nav><a href="/">ABN News</a> | U.S. | International | Politics | Business | Weather | <a \
href="/live">Live TV</a></nav></header>
<article>
<h1>Pentagon says [[10,000]] North Korean troops are now in Kursk, likely to join fight soon</h1>
<p class="byline">By Luis Carranza and Hannah Reiss<br>November 5, 2024, 1:10 PM</p>
<div class="video">WATCH: North Korean soldiers moving toward front lines, Pentagon says \
(2:41)</div>
<p>[[About 10,000]] troops from North Korea have crossed into the Kursk region of Russia, where \
Ukrainian forces have held a slice of Russian territory since August, and are expected to join \
the fighting "in the coming days," the Pentagon said Monday.</p>
<p>"We are concerned that they will be used in combat operations or in support of them," Deputy \
Pentagon Press Secretary Sabrina Singh told reporters at a briefing Monday afternoon. She said \
the U.S. now estimates that [[between 11,000 and 12,000]] North Korean troops are in Russia in \
total, most of them trained in the country's far east before moving west by train.</p>
<p>In an interview that aired Sunday on ABN's "This Week in Washington," Ukrainian President \
Volodymyr Zelensky said Russia was preparing to use the North Koreans to retake Kursk and warned \
that Moscow could send "[[up to 15,000]]" of them into battle by the end of the year.</p>
<p>Lawmakers in Seoul who were briefed by South Korea's spy agency last week put the number that \
had reached Russia at [[more than 10,000]], many of them drawn from an elite special forces unit \
known as the Storm Corps.</p>
<p>Analysts at the Institute for the Study of War wrote in their Monday assessment that [[at \
least 7,000]] of the North Koreans were probably within striking distance of Ukrainian \
positions.</p>
<p>A U.S. official, who was not authorized to speak publicly, told ABN News that [[roughly 500]] \
North Korean officers, including several generals, had traveled with the troops.</p>
<p>Kremlin spokesman Dmitry Peskov on Monday again declined to confirm the deployment. North \
Korea's foreign minister, Choe Son Hui, said in Moscow last week that her country would "always \
stand firmly" with Russia.</p>
<p>Washington has sent Ukraine more than $59 billion in weapons and other military support since \
the invasion began. About 28,500 U.S. troops are stationed in South Korea. The front line in \
Ukraine runs for roughly 600 miles.</p>
<p>As Americans went to the polls Tuesday, the fate of that aid was one of the foreign policy \
questions hanging over the election.</p>
<div class="comments">132 comments</div>
</article>
<footer><a href="/privacy">Privacy Policy</a> | <a href="/do-not-sell">Do Not Sell or Share My \
Personal Information</a> | Copyright © 2024 ABN News Digital. All rights reserved.</footer>
</body>
</html>
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "united_states", "mon..pub",
          "<title> (metadata) duplicate of the headline", opt=True),
        C("10,000", 10000, "exact", "near_front", "united_states", "mon..pub",
          "headline 'Pentagon says', the Pentagon's Monday figure in the lead"),
        C("About 10,000", 10000, "approx", "near_front", "united_states", "mon",
          "sentence-initial, 'the Pentagon said Monday': crossed into the Kursk region"),
        C("between 11,000 and 12,000", None, "range", "in_russia", "united_states", "mon",
          "Singh 'at a briefing Monday afternoon', carried by 'She said': in Russia in total"),
        C("up to 15,000", 15000, "at_most", "planned", "ukraine", "sun",
          "Zelensky 'In an interview that aired Sunday' (the airing day): could send into battle"),
        C("more than 10,000", 10000, "at_least", "in_russia", "south_korea", "lastweek",
          "lawmakers briefed by the NIS 'last week': reached Russia"),
        C("at least 7,000", 7000, "at_least", "near_front", "other", "mon",
          "ISW 'in their Monday assessment' (think tank: other): within striking distance"),
        C("roughly 500", 500, "approx", "in_russia", "united_states", "pub",
          "anonymous U.S. official 'told ABN News' (no date): officers who traveled with the "
          "troops"),
    ),
)

V10 = Source(
    article_id="v10_wire_prisoner_swap",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-05-24"), dated_by="sidecar",
    sidecar=(
        "Global Wire",
        "https://www.globalwire.example/world/europe/russia-ukraine-swap-390-prisoners-north-korea"
        "ns-2025-05-24/",
        "Russia and Ukraine swap 390 prisoners each; two North Koreans stay in Kyiv's hands",
    ),
    features="wire story on a prisoner exchange with a year-less dateline 'KYIV, May 24 (Global "
        "Wire) -' (sidecar date, Saturday); headline and lead number word `two` (the captured "
        "North Koreans, not part of the swap; a Ukrainian official 'on Friday'); 'The two men' "
        "referring back (optional); the exchanged Russian and Ukrainian prisoners (`390`, `270`, "
        "`120`, `1,000`, `more than 8,000`: not claims); 'according to South Korea's spy agency, "
        "which said last month' (the figures after it: April; the one before it: April to "
        "publication; 'including roughly 600 dead'); Gerasimov without a figure; HUR 'this month' "
        "`up to 3,000 more` (increment) and `several hundred` near the border; talks, credits",
    text="""\
Russia and Ukraine swap 390 prisoners each; [[two]] North Koreans stay in Kyiv's hands

By Irina Voloshyna and Kwon Soo-bin

KYIV, May 24 (Global Wire) - Russia and Ukraine each freed 390 soldiers and civilians on Friday \
in the first stage of the biggest prisoner exchange of the war, but [[two]] North Korean soldiers \
held by Ukraine since January were not part of the deal, a Ukrainian official said on Friday.

The [[two]] men, captured in Russia's Kursk region, "are not and were not on any list," Petro \
Yatsenko, spokesman for Ukraine's Coordination Headquarters for the Treatment of Prisoners of \
War, told reporters. He said their fate would be decided separately and "in line with \
international law."

Both sides said the exchange, agreed at talks in Istanbul last week, would continue over the \
weekend until 1,000 prisoners on each side had been released. Russia's defence ministry said it \
had received 270 servicemen and 120 civilians on Friday.

South Korea has said it would accept the North Koreans if they asked to go there. One of them \
told a South Korean lawmaker in a video interview in February that he wanted to live in the \
South. Seoul's foreign ministry said on Saturday it was "in close contact" with Kyiv on the matter.

North Korea sent [[about 15,000]] troops to help Russia push Ukrainian forces out of Kursk, \
according to South Korea's spy agency, which said last month that [[around 4,700]] of them had \
been killed or wounded, including [[roughly 600]] dead.

Moscow and Pyongyang acknowledged the deployment for the first time in late April. Russia's chief \
of general staff, Valery Gerasimov, said the Korean soldiers had fought "heroically," without \
giving a figure.

Ukraine's military intelligence agency said this month that Pyongyang had sent [[up to 3,000]] \
more troops since January and that [[several hundred]] North Koreans remained near the border in \
the Kursk and Belgorod regions, mostly as artillery spotters and drone operators.

The exchange was the only tangible result of the first direct talks between Russian and Ukrainian \
officials in more than three years. U.S. President Donald Trump congratulated both sides on \
social media.

Ukraine says Russia holds more than 8,000 Ukrainian prisoners of war. Kyiv does not disclose how \
many Russian soldiers it holds.

(Reporting by Irina Voloshyna in Kyiv and Kwon Soo-bin in Seoul; Writing by Mark Ellery; Editing \
by Sonia Braddock)
""",
    claims=(
        C("two", 2, "exact", "casualties", "ukraine", "fri..pub",
          "headline: the captured North Koreans, the Ukrainian official's Friday statement in the "
          "lead"),
        C("two", 2, "exact", "casualties", "ukraine", "fri",
          "a Ukrainian official 'said on Friday': held (captured) since January"),
        C("two", 2, "exact", "casualties", "ukraine", "fri",
          "'The two men' referring back to the figure just given (anaphoric "
          "restatement)", opt=True),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "2025-04-01..pub",
          "'according to South Korea's spy agency, which said last month' (the clause dates what "
          "follows): April to publication"),
        C("around 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "same NIS statement 'last month': killed or wounded"),
        C("roughly 600", 600, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "'including … dead' (a breakdown, not an increment)"),
        C("up to 3,000", 3000, "at_most", "in_russia", "ukraine", "2025-05-01..pub",
          "HUR 'said this month': 'more troops' sent since January (increment, span without "
          "'more')",
          add=True),
        C("several hundred", None, "vague", "near_front", "ukraine", "2025-05-01..pub",
          "same HUR statement: near the border in Kursk and Belgorod"),
    ),
)

V11 = Source(
    article_id="v11_japan_paper_tokyo_concern_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2024-10-24"),
    dated_by="html_meta",
    features="English-language paper in Japan, HTML in UTF-8 with BOM (`article:published_time` "
        "with +09:00, a date line 'Oct 24, 2024', cookie notice, 'Most popular' list, postal "
        "address); `<title>` figure (optional) and headline 'as Seoul says 3,000' from the NIS "
        "briefing on Wednesday; the Chief Cabinet Secretary 'on Thursday' without a figure; "
        "lawmakers briefed by the NIS 'Wednesday': 'another 1,500' (increment, span without "
        "'another'), 'bringing the total to about 3,000' (new total), `10,000` by December "
        "(planned) carried by 'according to lawmaker'; White House 'Wednesday' `at least 3,000` "
        "('in early to mid-October' is the event); HUR 'Monday' `about 12,000` 'including 500 "
        "officers' (breakdown); a Japanese defense ministry official 'on Thursday' „several "
        "thousand“ (other); Putin without a figure; missiles, US forces in Japan, yen, fiscal "
        "year, abductees",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Japan 'gravely concerned' as Seoul says [[3,000]] North Korean troops now in Russia | The \
Kanto Herald</title>
<meta property="article:published_time" content="2024-10-24T19:05:00+09:00">
<meta property="og:site_name" content="The Kanto Herald">
<meta name="keywords" content="North Korea, Russia, Ukraine, NIS, Hayashi">
</head>
<body>
<div class="cookie-notice">We use cookies to understand how you use our site and to improve your \
experience. <a href="/privacy">Learn more</a> <button>OK</button></div>
<nav><a href="/">The Kanto Herald</a> · National · Politics · Asia Pacific · Business · Opinion · \
Sports</nav>
<article>
<p class="category">ASIA PACIFIC / POLITICS</p>
<h1>Japan 'gravely concerned' as Seoul says [[3,000]] North Korean troops now in Russia</h1>
<p class="byline">By Aya Morimoto, Staff writer</p>
<p class="date">Oct 24, 2024</p>
<p>The Japanese government voiced "grave concern" on Thursday over North Korea's deployment of \
soldiers to Russia, as South Korea's spy agency said their number had doubled in less than a \
week.</p>
<p>"If confirmed, this is a serious development that affects the security of Japan and the \
region," Chief Cabinet Secretary Yoshimasa Hayashi told a regular news conference. He said Tokyo \
was closely analyzing information with Washington and Seoul but declined to give a figure.</p>
<p>In Seoul, lawmakers briefed by the National Intelligence Service said Wednesday that North \
Korea had sent another [[1,500]] soldiers to Russia, bringing the total to [[about 3,000]]. The \
agency believes Pyongyang intends to dispatch [[10,000]] troops by December, according to \
lawmaker Lee Seong-kweun.</p>
<p>The White House said Wednesday that [[at least 3,000]] North Korean soldiers had traveled by \
ship to Vladivostok in early to mid-October and moved on to training sites in eastern Russia.</p>
<p>Ukraine's military intelligence agency has put the figure far higher. It said Monday that \
[[about 12,000]] North Korean troops, including [[500]] officers, were being trained at five \
military bases in Russia's Far East.</p>
<p>Japan's Defense Ministry has not published its own estimate. A senior ministry official, \
speaking on condition of anonymity, told The Kanto Herald on Thursday that Tokyo believed \
"[[several thousand]]" had arrived in Russia so far and that the number "will likely grow."</p>
<p>Russian President Vladimir Putin, asked about the reports at a summit of BRICS leaders in \
Kazan on Thursday, did not deny them, saying Russia's dealings with its treaty partner were its \
own affair.</p>
<p>For Japan, the deployment adds to worries about North Korea's growing arsenal. Pyongyang has \
launched more than 30 ballistic missiles this year, and Tokyo fears it could receive Russian help \
with satellite and submarine technology in return. Japan hosts about 54,000 U.S. military \
personnel, more than any other country, and the Defense Ministry is seeking a record ¥8.5 \
trillion for fiscal 2025.</p>
<p>Hayashi also said the government would keep pressing Pyongyang over the 17 Japanese citizens \
Tokyo says were abducted by North Korean agents.</p>
</article>
<aside><h2>Most popular</h2><ol><li>Yen slides past 152 against the dollar</li><li>Typhoon to \
bring heavy rain to Okinawa</li></ol></aside>
<footer>© The Kanto Herald · 1-2-3 Uchisaiwaicho, Chiyoda-ku, Tokyo 100-0011</footer>
</body>
</html>
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "wed..pub",
          "<title> (metadata) duplicate of the headline", opt=True),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "wed..pub",
          "headline 'as Seoul says', the NIS briefing on Wednesday in the body"),
        C("1,500", 1500, "exact", "in_russia", "south_korea", "wed",
          "lawmakers briefed by the NIS 'said Wednesday': 'another 1,500' (increment, span "
          "without 'another')",
          add=True),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "wed",
          "'bringing the total to' (a new total, not an increment)"),
        C("10,000", 10000, "exact", "planned", "south_korea", "wed",
          "'The agency believes …, according to lawmaker Lee' (same briefing): intends to "
          "dispatch by December"),
        C("at least 3,000", 3000, "at_least", "in_russia", "united_states", "wed",
          "White House 'said Wednesday' ('in early to mid-October' is the event): moved to "
          "eastern Russia"),
        C("about 12,000", 12000, "approx", "in_russia", "ukraine", "mon",
          "HUR ('It said Monday'): training at bases in the Far East"),
        C("500", 500, "exact", "in_russia", "ukraine", "mon",
          "same statement, 'including 500 officers' (a breakdown, not an increment)"),
        C("several thousand", None, "vague", "in_russia", "other", "thu",
          "senior Japanese defense ministry official (third government: other) 'on Thursday', in "
          "quotes: arrived"),
    ),
)

V12 = Source(
    article_id="v12_au_analysis_think_tank_md",
    language="en", fmt="md", encoding="latin-1", published=day("2024-12-10"),
    dated_by="front_matter", crlf=True,
    features="Australian analysis piece in Markdown, ISO-8859-1 with CRLF (straight quotes, `--`, "
        "`ë`), front matter with `date:` and a title without a figure; the Australian "
        "government's sanctions statement 'on Monday' (a third government: other) with the figure "
        "in quotes; NIS 'now says' (`pub`); a Canberra think-tank director quoted over several "
        "sentences and paraphrased ('Whitford believes', 'He estimates': other, no date) with `as "
        "many as 25,000` and `well over 1,000`; HUR 'on Saturday' `dozens`; Rutte 'last month' "
        "(month window); the paper's own tally `between 10,000 and 12,000` (unattributed, "
        "required); sanctioned individuals and entities, Australian military aid in A$, armoured "
        "vehicles, the Ukrainian community, per cent of GDP, trading-partner ordinal",
    text="""\
---
title: "Why Kim's soldiers in Russia are Australia's problem too"
date: 2024-12-10
section: World / Analysis
author: Priya Raman
publication: The Harbour Times
---

# Why Kim's soldiers in Russia are Australia's problem too

*North Korea's deployment to Russia's war is the first time Pyongyang has sent ground troops \
abroad in decades. Analysts say the consequences will be felt far from Kursk.*

By Priya Raman, Foreign Affairs Reporter

When the government announced sanctions on Monday against North Korean officers involved in \
sending troops to Russia, its statement was brief. Australia, it said, "condemns in the strongest \
terms" the deployment of "[[more than 10,000]] soldiers" to fight against Ukraine.

The sanctions themselves are largely symbolic: the seven individuals and two entities listed have \
no known assets in Australia, a department spokeswoman, Zoë Hartley, conceded. But the concern in \
Canberra is real, and it is shared by analysts who have watched the deployment grow since October \
to what South Korea's spy agency now says is [[about 11,000]].

"This is a live-fire training exercise for the Korean People's Army, paid for by Moscow," said Dr \
Samuel Whitford, director of the Indo-Pacific security program at the Canberra Strategic Forum, \
an independent think tank. "Every soldier who comes home from Kursk will know more about drone \
warfare than most soldiers in our region."

Whitford believes the deployment could grow to "[[as many as 25,000]]" by the middle of next year \
if Russia keeps paying. He estimates that [[well over 1,000]] North Koreans have already been \
killed or wounded, although he cautions that "the real figure may never be known."

## The numbers so far

Governments have been more cautious. Ukraine's military intelligence agency, known as HUR, said \
on Saturday that [[dozens]] of North Korean soldiers had been killed or wounded in their first \
clashes with Ukrainian troops near the village of Plekhovo. NATO Secretary-General Mark Rutte \
said last month that [[more than 10,000]] North Koreans had been sent to the Kursk region.

By The Harbour Times' own tally of official statements from Seoul, Washington and Kyiv, [[between \
10,000 and 12,000]] North Korean soldiers are now in Russia, most of them in or near Kursk.

## Why it matters here

Australia has committed more than A$1.3 billion in military assistance to Ukraine, including 120 \
Bushmaster protected vehicles, and South Korea is its fourth-largest trading partner. The army is \
buying 129 Redback infantry fighting vehicles from a South Korean firm, to be built in Geelong.

Canberra also worries about what Pyongyang gets in return. "Russia can give North Korea things no \
one else will -- submarine technology, satellite help, combat experience," Whitford said. \
Australia spends about 2 per cent of GDP on defence.

Australia's Ukrainian community, about 38,000 people, held rallies in Sydney and Melbourne at the \
weekend calling for more support for Kyiv.
""",
    claims=(
        C("more than 10,000", 10000, "at_least", "in_russia", "other", "mon",
          "Australian government statement 'on Monday' (a third government: other): deployed"),
        C("about 11,000", 11000, "approx", "in_russia", "south_korea", "pub",
          "'South Korea's spy agency now says' (present, no date): the deployment"),
        C("as many as 25,000", 25000, "at_most", "planned", "other", "pub",
          "think-tank director 'believes' (no date): could grow to"),
        C("well over 1,000", 1000, "at_least", "casualties", "other", "pub",
          "same analyst 'He estimates': killed or wounded"),
        C("dozens", None, "vague", "casualties", "ukraine", "sat",
          "HUR 'said on Saturday': killed or wounded in the first clashes"),
        C("more than 10,000", 10000, "at_least", "near_front", "nato", "2024-11-01..2024-11-30",
          "Rutte 'said last month' (November): sent to the Kursk region"),
        C("between 10,000 and 12,000", None, "range", "in_russia", "unattributed", "pub",
          "the paper's own tally ('By The Harbour Times' own tally of official statements')"),
    ),
)

V13 = Source(
    article_id="v13_us_followup_lavrov_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-07-14"), dated_by="sidecar",
    sidecar=(
        "The Mid-Atlantic Courier",
        "https://www.midatlantic-courier.example/world/2025/07/14/north-korea-more-troops-russia-l"
        "avrov/",
        "North Korea could send thousands more troops to Russia, Seoul warns a day after Lavrov "
        "visit",
    ),
    features="US newspaper next-day follow-up in UTF-16 LE with BOM, dateline 'SEOUL —' without a "
        "date (sidecar, Monday); headline and lead `thousands` more (vague increment, span "
        "without 'more') from the NIS 'on Monday' (the publication day); a sentence-initial `Up "
        "to 6,000` additional (increment) carried by 'according to Rep. …'; Lavrov 'on Sunday' "
        "without a figure; Shoigu 'said in June' `6,000`; 'the NIS estimates' carried to two "
        "figures and 'the agency's previous estimate of about 600 deaths in April' (an older "
        "figure with its own date); an anonymous U.S. official 'on Monday' `north of 4,000` "
        "(at_least); a Ukrainian security official 'on Telegram on Sunday' `about 1,200` building "
        "fortifications near the border; shells, missiles, resort guests, visits",
    text="""\
North Korea could send [[thousands]] more troops to Russia, Seoul warns a day after Lavrov visit

South Korea's spy agency says Pyongyang is preparing a new rotation; Washington calls the \
partnership between Moscow and Pyongyang "a dangerous two-way street"

By Rebecca Hwang

SEOUL — North Korea is preparing to send [[thousands]] more soldiers to Russia, South Korea's spy \
agency told lawmakers on Monday, a day after Russia's foreign minister ended a three-day visit to \
the North with fresh praise for Pyongyang's "heroic" troops.

[[Up to 6,000]] additional troops, most of them military engineers and construction workers, \
could leave for Russia as early as August, according to Rep. Park Sun-won, who attended the \
closed-door briefing of the National Intelligence Service.

Sergei Lavrov, who met Kim Jong Un in the coastal city of Wonsan on Saturday, said on Sunday \
before flying home that Russia would "never forget" the Korean soldiers who helped drive \
Ukrainian forces out of Kursk. He did not say how many had served or died.

It was the most senior Russian visit to the North since Sergei Shoigu, who heads Russia's \
Security Council, said in June that Pyongyang would send [[6,000]] deminers and military builders \
to the Kursk region.

According to Park, the NIS estimates that [[about 11,000]] North Korean soldiers are currently in \
Russia and that [[roughly 2,000]] have been killed since the deployment began last fall — a steep \
rise from the agency's previous estimate of [[about 600]] deaths in April.

The State Department, in a statement on Sunday, called the partnership "a dangerous two-way \
street" that was helping Pyongyang modernize its weapons. A U.S. official told reporters in \
Washington on Monday that the administration's own estimate of North Korean casualties was \
"[[north of 4,000]]," including the wounded.

Ukraine, which has reported North Korean artillery crews near its northern border since the \
spring, says Pyongyang's troops are now also helping Russia dig in. Andriy Kovalenko, a Ukrainian \
security official, said on Telegram on Sunday that [[about 1,200]] North Koreans were building \
fortifications in the Belgorod region, close to the border.

North Korea has also supplied Russia with an estimated 12 million artillery shells and about 250 \
ballistic missiles, according to South Korean estimates. Russia in return has sent oil, air \
defense systems and hard currency, analysts say.

Lavrov's trip was his second to North Korea in ten months. In Wonsan, he toured the newly opened \
Kalma beach resort, which Pyongyang says can hold nearly 20,000 guests, and predicted that \
Russian tourists would soon follow.
""",
    claims=(
        C("thousands", None, "vague", "planned", "south_korea", "mon",
          "headline 'Seoul warns': the NIS briefing on Monday (the publication day); 'more' "
          "(increment)",
          add=True),
        C("thousands", None, "vague", "planned", "south_korea", "mon",
          "NIS to lawmakers 'on Monday': 'more soldiers' (increment, span without "
          "'more')", add=True),
        C("Up to 6,000", 6000, "at_most", "planned", "south_korea", "mon",
          "sentence-initial, 'according to Rep. Park' (same briefing): 'additional troops' could "
          "leave (increment)",
          add=True),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'said in June' (month window): would send deminers and builders"),
        C("about 11,000", 11000, "approx", "in_russia", "south_korea", "mon",
          "'According to Park, the NIS estimates' (Monday briefing): in Russia now"),
        C("roughly 2,000", 2000, "approx", "casualties", "south_korea", "mon",
          "same sentence: killed"),
        C("about 600", 600, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "'the agency's previous estimate of about 600 deaths in April' (an older figure, its "
          "own date)"),
        C("north of 4,000", 4000, "at_least", "casualties", "united_states", "mon",
          "anonymous U.S. official 'on Monday', in quotes ('north of' = at_least): casualties"),
        C("about 1,200", 1200, "approx", "near_front", "ukraine", "sun",
          "Ukrainian security official 'on Telegram on Sunday': building fortifications close to "
          "the border"),
    ),
)

V14 = Source(
    article_id="v14_uk_local_new_malden_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-10-16"), dated_by="sidecar",
    crlf=True,
    sidecar=("Kingston & Malden Gazette", "", "'They were boys from my town'"),
    features="London local paper with a diaspora angle (North Korean defectors in New Malden) in "
        "Markdown, windows-1252 with CRLF (straight quotes, `–`, `£`), front matter without a "
        "date (sidecar without url, Thursday); the 80th-anniversary parade 'Last Friday'; "
        "defectors' and residents' numbers (`around 600`, `some 10,000` South Koreans, `Around "
        "150` at a vigil: not claims), pounds; NIS 'last month' (September) for two figures; UK "
        "MoD 'in an update last week' (other); KCNA 'In August' `dozens` of fallen brought home "
        "(north_korea); HUR 'this week' `up to 5,000 more` (increment); Rutte 'on Wednesday' "
        "without a figure; the Kremlin 'this month' `thousands` fought in Kursk; JCS 'on Monday' "
        "`about 1,000` gathered at a port (planned); ages, years of escape, 'two years', '80 "
        "years', vigil time",
    text="""\
---
title: "'They were boys from my town': New Malden's North Koreans on Kim's war in Russia"
author: Tom Pilling
section: News / Kingston
---

# 'They were boys from my town'

*North Korean defectors in New Malden say the soldiers Kim Jong Un sent to Russia were never \
given a choice. Now they fear more will follow.*

By Tom Pilling, Local Democracy Reporter

Choi Kyung-ho keeps the television in his restaurant on the High Street tuned to a Korean news \
channel. Last Friday it showed the military parade in Pyongyang, where a column of veterans of \
the fighting in Russia's Kursk region marched past Kim Jong Un to loud applause.

"Everybody here was watching," said Mr Choi, 58, who escaped from North Korea in 2004 and has \
lived in New Malden since 2011. "They call them heroes. But they were boys from towns like mine. \
Nobody asked them if they wanted to go."

New Malden is home to the largest community of North Korean defectors in Europe, estimated at \
around 600 people, alongside some 10,000 South Koreans. Many still have relatives in the North.

## 'The families are told nothing'

South Korea's intelligence service told lawmakers last month that [[about 2,000]] North Korean \
soldiers had been killed in Russia since the autumn of 2024, and that Pyongyang had sent [[more \
than 15,000]] troops in all. The UK Ministry of Defence said in an update last week that [[around \
11,000]] North Korean personnel remained in Russia, most of them now working as sappers and road \
builders in the Kursk region.

Kim's regime has acknowledged only a fraction of its losses. In August, state media showed him \
laying medals on flag-draped coffins, and the official KCNA news agency said [[dozens]] of fallen \
soldiers had been brought home.

Kim Soon-ae, 67, who runs a support group for defectors – it meets in a church hall off Kingston \
Road – said people in the community assumed the real toll was far higher. "In the North, the \
families are told nothing," she said. "Some mothers will find out in two years. Some never will."

## Fears of a new deployment

Those fears are not unfounded. Ukraine's military intelligence agency said this week that North \
Korea was training [[up to 5,000]] more soldiers for deployment to Russia before the winter, and \
NATO Secretary General Mark Rutte told defence ministers in Brussels on Wednesday that the \
alliance was "watching closely." He did not give a figure.

South Korea's military said on Monday that [[about 1,000]] North Korean soldiers had gathered at \
the port of Rason in recent days, possibly ahead of a new deployment.

Moscow, meanwhile, speaks openly about its Korean allies. The Kremlin said this month that \
[[thousands]] of North Korean soldiers had "fought shoulder to shoulder" with Russian troops in \
Kursk and would be honoured with a memorial in the region.

Back at his restaurant, Mr Choi says he will not watch the next parade. "Every soldier on that \
screen has a mother," he said. "I think about that more than about the party's 80 years."

The Kingston Korean Community Centre will hold a vigil on Saturday, October 25, at 6pm. Around \
150 people are expected; a collection for the support group suggests £5 a head.
""",
    claims=(
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "NIS 'told lawmakers last month' (September): killed"),
        C("more than 15,000", 15000, "at_least", "in_russia", "south_korea",
          "2025-09-01..2025-09-30",
          "same briefing: sent in all"),
        C("around 11,000", 11000, "approx", "in_russia", "other", "lastweek",
          "UK Ministry of Defence 'in an update last week' (other): remain in Russia"),
        C("dozens", None, "vague", "casualties", "north_korea", "2025-08-01..2025-08-31",
          "KCNA 'In August' (month window): fallen soldiers brought home"),
        C("up to 5,000", 5000, "at_most", "planned", "ukraine", "mon..pub",
          "HUR 'said this week' (Monday to publication): 'more soldiers' trained for deployment "
          "(increment)",
          add=True),
        C("about 1,000", 1000, "approx", "planned", "south_korea", "mon",
          "JCS ('South Korea's military said on Monday'): gathered at a port ahead of a possible "
          "deployment"),
        C("thousands", None, "vague", "near_front", "russia", "2025-10-01..pub",
          "the Kremlin 'said this month' (1st to publication): fought in Kursk"),
    ),
)

SOURCES: tuple[Source, ...] = (
    V01, V02, V03, V04, V05, V06, V07,
    V08, V09, V10, V11, V12, V13, V14,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
