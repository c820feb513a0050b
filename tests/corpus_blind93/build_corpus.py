"""Build the NINETY-THIRD BLIND hand-labelled corpus: articles, sidecar, gold (`python …`).

The ninety-fifth corpus for an honest measurement on articles the extractor has never met, written
in session 12 without opening the extractor, its lexicons or the topic file, and without running
it. Ordinary news from outlets and angles the other corpora do not have: a Wittlich daily on the
air base next door, a Hochsauerland radio station's web text on Ukrainian bobsledders in
Winterberg, a Lechtal weekly on Korean tour groups at the Holzgau suspension bridge, a
Hinterthurgau paper on Korean Benedictines in Fischingen, a shoemakers' guild magazine on army
boots and a Vechta student radio's show after the party parade; an Albany (Western Australia)
daily with a university lecturer, a Rousay community page with an islander who trains Ukrainian
recruits, a North Dakota badlands paper with a rancher, a Ha'apai page with a Korean volunteer
teacher, a newsletter from the Freetown peninsula's fishing villages and an English-language
outlet in Cēsis. Same file format, marker syntax and labelling conventions as the other corpora
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
BASE_NAME = "_blind93_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# Articles in chronological order (German: Germany, Austria, Switzerland; English: Australia,
# Orkney, Tonga, North Dakota, Sierra Leone, Latvia)
# ---------------------------------------------------------------------------------------------

W02 = Source(
    article_id="w93_02_albany_daily_first_wave_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2024-10-24"),
    dated_by="html_meta",
    features="Albany (Western Australia) daily in HTML, UTF-8 with BOM (`article:published_time` "
        "with +08:00, a page-data script, a seagull cookie strip, a footer with a phone, an ad "
        "script with slot sizes); `<meta name=description>` figure (optional); h1 'Seoul says' "
        "from the lead's NIS figure (Wednesday to publication); MPs 'relayed the estimate after "
        "a closed-door session … on Wednesday' at the end of the paragraph (two figures: sent "
        "and the December total); Kirby 'Later on Wednesday, Washington time' `at least 3,000`; "
        "Zelensky 'at the weekend' `as many as 12,000` on training grounds; a UWA Albany "
        "lecturer (other, `pub`) `closer to 5,000` and `thousands` more (vague increment); "
        "Penny Wong without a figure; the 1914 convoy's soldiers, Australians in Korea, "
        "population, ages, anniversary",
    text="""\
<!doctype html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<title>Kim’s soldiers head west: a view from Albany | Great Southern Daily</title>
<meta name="description" content="Seoul counts [[3000]] North Korean soldiers already in Russia. \
A UWA Albany lecturer who grew up near the DMZ thinks the real number is higher.">
<meta property="article:published_time" content="2024-10-24T06:15:00+08:00">
<meta property="og:site_name" content="Great Southern Daily">
<script>window.gsd={section:"world",storyId:"gsd-118203",wordCount:640,subscriber:false};</script>
</head>
<body>
<div class="cookie-strip">This site keeps a few crumbs about your visit, the way a gull keeps an \
eye on your chips. <button>Share the chips</button> <button>Shoo the gull</button></div>
<header><a href="/">Great Southern Daily</a> <nav><a href="/news">News</a> &middot; <a \
href="/world">World</a> &middot; <a href="/farming">Farming</a> &middot; <a \
href="/sport">Sport</a> &middot; <a href="/tides">Tides</a></nav></header>
<main><article>
<h1>Seoul says [[3,000]] North Korean troops already in Russia, with more on the way</h1>
<p class="byline">By Callum Reddy &middot; Thursday, 24 October 2024</p>
<p>North Korea has already moved [[around 3,000]] soldiers into Russia and could have [[10,000]] \
there by December, South Korea’s intelligence service believes. Members of the National \
Assembly’s intelligence committee relayed the estimate after a closed-door session in Seoul on \
Wednesday.</p>
<p>Washington, which had hedged for days, shifted its tone the same day. US Defense Secretary \
Lloyd Austin, on a stop in Rome, said for the first time that Washington had proof of North \
Korean soldiers on Russian soil. Later on Wednesday, Washington time, White House national \
security spokesman John Kirby went further: [[at least 3,000]] had travelled by ship from North \
Korea to Russia’s far east in the first weeks of October, he told reporters.</p>
<p>Kyiv has been sounding the alarm for a fortnight. President Volodymyr Zelensky said at the \
weekend that his intelligence officers had counted [[as many as 12,000]] North Korean personnel \
on training grounds in eastern Russia.</p>
<h2>‘They will not be the last’</h2>
<p>For Dr Kang Min-seo, who teaches international relations at the University of Western \
Australia’s Albany campus, the news lands close to home. She grew up in Paju, a few kilometres \
from the demilitarised zone, and her father spent 30 months as a conscript in the South Korean \
army.</p>
<p>“My guess is that the first wave is [[closer to 5,000]],” the 41-year-old said. “And Pyongyang \
has [[thousands]] more it can put on a ship. Kim gets hard currency, and his officers get a war \
to learn from.”</p>
<p>Foreign Minister Penny Wong called the deployment a “dangerous escalation” in a statement on \
Thursday morning but did not give a figure.</p>
<p>The story has a particular echo in Albany. It was from King George Sound that 38 ships carried \
some 30,000 Australian and New Zealand soldiers towards the First World War in November 1914, and \
about 17,000 Australians served in Korea between 1950 and 1953. The town of roughly 38,000 people \
marks the 110th anniversary of the convoy’s departure next Friday.</p>
</article></main>
<footer>&copy; 2024 Great Southern Daily, 88 York Street, Albany WA 6330 &middot; Newsroom (08) \
9841 0272 &middot; <a href="/privacy">Privacy</a></footer>
<script src="/js/gsd-ads.js" data-slots="300x250,728x90" async></script>
</body>
</html>
""",
    claims=(
        C("3000", 3000, "exact", "in_russia", "south_korea", "wed..pub",
          "<meta name=description> (metadata) restating the NIS Wednesday figure", opt=True),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "wed..pub",
          "h1 'Seoul says': the lead's NIS figure (Wednesday to publication)"),
        C("around 3,000", 3000, "approx", "in_russia", "south_korea", "wed",
          "NIS estimate 'relayed … after a closed-door session … on Wednesday' (end of the "
          "paragraph): moved into Russia"),
        C("10,000", 10000, "exact", "planned", "south_korea", "wed",
          "same estimate: 'could have … there by December' (intended total)"),
        C("at least 3,000", 3000, "at_least", "in_russia", "united_states", "wed",
          "Kirby 'Later on Wednesday, Washington time', 'he told reporters' after the figure: "
          "shipped to Russia's far east"),
        C("as many as 12,000", 12000, "at_most", "in_russia", "ukraine", "sat..sun",
          "Zelensky 'at the weekend': on training grounds in eastern Russia"),
        C("closer to 5,000", 5000, "approx", "in_russia", "other", "pub",
          "UWA Albany lecturer in quotes, no day: the first wave"),
        C("thousands", None, "vague", "planned", "other", "pub",
          "same quote: 'thousands more it can put on a ship' (increment, span without 'more')",
          add=True),
    ),
)

W01 = Source(
    article_id="w93_01_wittlicher_tageblatt_spangdahlem",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-11-05"),
    dated_by="sidecar",
    sidecar=(
        "Wittlicher Tageblatt",
        "https://www.wittlicher-tageblatt.example/eifel-mosel/nordkoreaner-kursk-spangdahlem-a88412",
        "Pentagon: 10.000 Nordkoreaner stehen im Raum Kursk",
    ),
    features="Wittlich daily's regional page as plain text (sidecar, Tuesday; a section line "
        "with the date), headline 'Pentagon:' from Singh's Monday figure (Monday to "
        "publication); Singh 'am Montag' in Konjunktiv and 'fügte Singh hinzu' after the total "
        "`bis zu 11.000`; 'Eine Woche zuvor' `etwa 8000` (the Monday a week earlier to that "
        "Monday); the NIS 'am Wochenende' relayed by parliamentarians; Zelensky 'in seiner "
        "Videobotschaft vom Montagabend' `11.000`; a former Bundeswehr liaison officer at "
        "Spangdahlem (other, `pub`) `an die 20.000` by spring; Rutte without a figure; US "
        "personnel at the air base, Americans in the district, euros, age, phone number",
    text="""\
EIFEL UND MOSEL | Dienstag, 5. November 2024

Pentagon: [[10.000]] Nordkoreaner stehen im Raum Kursk

Auf der Air Base Spangdahlem verfolgen viele die Meldungen aus Washington genau. Ein früherer \
Verbindungsoffizier aus Binsfeld glaubt, dass Kim nachlegen wird.

Von Martina Heinzen

Wittlich/Spangdahlem. Die Zahl ist in den vergangenen zwei Wochen immer weiter gewachsen, und am \
Montag hat das amerikanische Verteidigungsministerium sie erneut angehoben. [[Rund 10.000]] \
Soldaten aus Nordkorea hielten sich mittlerweile im westrussischen Gebiet Kursk auf, erklärte \
Pentagon-Sprecherin Sabrina Singh in Washington. Man gehe davon aus, dass Moskau sie in den \
nächsten Tagen gegen ukrainische Stellungen einsetzen werde.

Insgesamt habe Pjöngjang nach amerikanischer Zählung [[bis zu 11.000]] Mann nach Russland \
geschickt, fügte Singh hinzu. Eine Woche zuvor hatte ihr Haus die Zahl der Nordkoreaner im Raum \
Kursk noch auf [[etwa 8000]] geschätzt.

Aus Seoul kamen am Wochenende ähnliche Signale. Der südkoreanische Auslandsnachrichtendienst NIS \
schätzt nach Auskunft von Parlamentariern, dass Nordkorea [[mehr als 10.000]] Soldaten nach \
Russland gebracht hat. Ein Teil von ihnen sei bereits an die Front verlegt worden, hieß es.

Wolodymyr Selenskyj wiederum sprach in seiner Videobotschaft vom Montagabend von [[11.000]] \
Nordkoreanern, die im Gebiet Kursk angekommen seien. Zu ersten Gefechten mit ukrainischen \
Einheiten sei es bereits gekommen, sagte der ukrainische Präsident. Den westlichen Partnern warf \
er vor, dem Treiben nur zuzusehen.

Auf der Air Base, wenige Kilometer vor den Toren Wittlichs, sind die Nachrichten Gesprächsthema. \
Rund 4000 amerikanische Soldaten und Zivilbeschäftigte arbeiten auf dem Stützpunkt; mit ihren \
Familien leben im Eifelkreis und im Kreis Bernkastel-Wittlich gut 10.000 Amerikaner. „Hier kennt \
jeder jemanden, der schon in Korea stationiert war“, sagt Gerd Schmitz aus Binsfeld. Der \
71-Jährige hat bis 2012 als Verbindungsoffizier der Bundeswehr auf der Base gearbeitet.

Schmitz hält die amerikanischen Angaben für belastbar, glaubt aber nicht, dass es dabei bleibt. \
„Wenn Kim einmal liefert, liefert er nach“, sagt er. „Ich würde mich nicht wundern, wenn es bis \
zum Frühjahr [[an die 20.000]] sind.“ Dass die Nordkoreaner kaum Kampferfahrung hätten, mache sie \
für Moskau nicht weniger nützlich: „Die stopfen die Lücken, die Russland jeden Tag in seine \
eigenen Reihen reißt.“

Nato-Generalsekretär Mark Rutte hatte vergangene Woche in Brüssel bestätigt, dass nordkoreanische \
Einheiten in die Grenzregion verlegt worden seien. Eine eigene Zahl nannte das Bündnis damals \
nicht.

Für die Region bleibt der Stützpunkt vor allem ein Wirtschaftsfaktor: Nach Berechnungen der \
Kreisverwaltung fließen jährlich rund 300 Millionen Euro aus Spangdahlem in die heimische \
Wirtschaft. Ein Bürgerabend zur geplanten Erweiterung der Base ist für den 21. November um 19 Uhr \
im Alten Rathaus angesetzt; Anmeldungen unter Telefon 06571 940-215.
""",
    claims=(
        C("10.000", 10000, "exact", "near_front", "united_states", "mon..pub",
          "headline 'Pentagon:': Singh's Monday figure of the lead (Monday to publication): in "
          "the Kursk area"),
        C("Rund 10.000", 10000, "approx", "near_front", "united_states", "mon",
          "Singh, dated by 'am Montag' in the sentence before, Konjunktiv: in the Kursk region"),
        C("bis zu 11.000", 11000, "at_most", "in_russia", "united_states", "mon",
          "'Insgesamt … geschickt', 'fügte Singh hinzu' after the figure: sent to Russia"),
        C("etwa 8000", 8000, "approx", "near_front", "united_states", "2024-10-28..mon",
          "'Eine Woche zuvor hatte ihr Haus' (relative: from the Monday a week earlier to "
          "Singh's Monday): in the Kursk area"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "south_korea", "sat..sun",
          "NIS 'nach Auskunft von Parlamentariern', dated by 'am Wochenende' in the sentence "
          "before: brought to Russia"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'in seiner Videobotschaft vom Montagabend': arrived in the Kursk region"),
        C("an die 20.000", 20000, "approx", "planned", "other", "pub",
          "former Bundeswehr liaison officer in quotes ('sagt', no day): could be there by "
          "spring"),
    ),
)

W03 = Source(
    article_id="w93_03_rousay_round_first_dead_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2024-12-20"),
    dated_by="dateline",
    features="Rousay (Orkney) community page as plain text, UTF-16 LE with BOM, dated by the "
        "dateline 'ROUSAY, 20 December 2024 -' (Friday); a 'WORLD WATCH' headline 'Seoul:' "
        "`100` from the lawmaker's Thursday figures (Thursday to publication); the lawmaker "
        "named after both figures ('said on Thursday after a briefing'); `close to 1,000` "
        "wounded (not an increment); 'Lee was relaying … which still counts' `roughly 11,000` "
        "(carried claimant and day); a senior US military official 'on Monday' „a few hundred“ "
        "('putting … at'); Ukraine's special operations forces 'at the weekend' `more than "
        "200`; an islander who trains Ukrainian recruits 'Speaking … this week' `thousands` in "
        "the line (other, Monday to publication); Ukrainian recruits trained in Britain, island "
        "population, ferry times, ticket price, a year (1916), phone number",
    text="""\
THE ROUSAY ROUND - island news and a look at the wider world
Put together by volunteers for Rousay, Egilsay and Wyre

WORLD WATCH

Seoul: [[100]] of Kim's soldiers dead in Kursk

ROUSAY, 20 December 2024 - South Korea now believes that North Korea's army has taken its first \
real losses in Russia. [[Around 100]] of the North Koreans have died in the fighting around Kursk \
and [[close to 1,000]] have been wounded, Lee Seong-kweun, a member of the intelligence committee \
in Seoul's parliament, said on Thursday after a briefing by the country's spy service.

The troops had been thrown into open fields with little cover and no training for drone warfare, \
he said. Lee was relaying the view of the National Intelligence Service, which still counts \
[[roughly 11,000]] North Korean soldiers in Russia.

In Washington a senior military official had already conceded on Monday that the North Koreans \
were taking casualties, putting the number of dead and wounded at "[[a few hundred]]". He would \
not go further, and the Pentagon has so far published no count of its own.

Kyiv's special operations forces reported at the weekend that their units had killed or injured \
[[more than 200]] North Koreans in three days of fighting near the villages of Plekhovo and \
Vorozhba. That claim could not be checked independently.

CLOSER TO HOME

For one Rousay family the war feels less distant than it sounds. Jamie Mainland, whose parents \
farm at Wasbister, is a sergeant in a regiment that has spent the past two years training \
Ukrainian recruits on Salisbury Plain. Britain has trained more than 45,000 of them since 2022.

Speaking on the phone from Wiltshire this week, Jamie said his trainees follow the news from \
Kursk very closely. "The lads who come back for a second course tell me there are [[thousands]] \
of North Koreans in the line now," he said. "They're brave and they're not daft, but they cross \
open ground like it's 1916, and they pay for it."

ALSO THIS WEEK

The Christmas ceilidh in the community hall is on Saturday 28th from 8pm; tickets are 8 pounds \
from the shop. The winter ferry timetable starts on 23 December, with the last boat from Tingwall \
at 17:40, and the crossing still takes about 25 minutes. The island's population, counted at 216 \
in the last survey, is up by nine on the year. For the raffle, phone Morag on 01856 821 409.
""",
    claims=(
        C("100", 100, "exact", "casualties", "south_korea", "thu..pub",
          "headline 'Seoul:': the lawmaker's Thursday figure of the lead (Thursday to "
          "publication): dead"),
        C("Around 100", 100, "approx", "casualties", "south_korea", "thu",
          "lawmaker Lee after the NIS briefing, named with the day after both figures: died"),
        C("close to 1,000", 1000, "approx", "casualties", "south_korea", "thu",
          "same sentence: wounded (the other people of the same toll, not an increment)"),
        C("roughly 11,000", 11000, "approx", "in_russia", "south_korea", "thu",
          "'Lee was relaying the view of the NIS, which still counts': carried claimant and day"),
        C("a few hundred", None, "vague", "casualties", "united_states", "mon",
          "senior US military official 'on Monday', 'putting the number … at' „…“: dead and "
          "wounded"),
        C("more than 200", 200, "at_least", "casualties", "ukraine", "sat..sun",
          "Ukraine's special operations forces 'reported at the weekend': killed or injured"),
        C("thousands", None, "vague", "near_front", "other", "mon..pub",
          "islander sergeant 'Speaking … this week' relaying his Ukrainian trainees: in the line"),
    ),
)

W04 = Source(
    article_id="w93_04_haapai_matangi_pulled_back_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-02-14"),
    dated_by="sidecar",
    sidecar=(
        "Ha'apai Matangi",
        "https://haapai-matangi.example/world/kims-troops-pulled-back-from-kursk",
        "Kim's troops pulled back from Kursk front, Seoul says",
    ),
    features="Ha'apai (Tonga) news page in Markdown, UTF-8, front matter without a date "
        "(sidecar, Friday) with a title without a figure and an island-group key; an italic "
        "deck 'LIFUKA -'; the NIS 'on Wednesday' without a figure; 'Last month the same agency "
        "had counted' `some 300` dead and `about 2,700` wounded (January, not an increment); "
        "Zelensky 'in an interview … aired on Monday', 'By his count' `almost 4,000`; HUR 'said "
        "on Thursday' `up to 3,000` more (increment); the page's own 'is thought to have sent' "
        "`about 11,000` (unattributed, required); the number word `two` captured 'In January'; "
        "a Korean volunteer teacher relaying Korean news „a few thousand“ (other, `pub`); "
        "islands, population, pupils, ferry hours, Tonga's defence force, years",
    text="""\
---
title: "Kim's troops pulled back from Kursk front, Seoul says"
section: World
island_group: Ha'apai
author: Sela Fifita
---

# Kim's troops pulled back from Kursk front, Seoul says

*LIFUKA - North Korean soldiers have not been seen fighting since the middle of January, South \
Korea's spies believe. A Korean teacher on Lifuka explains why her pupils keep asking about it.*

South Korea's National Intelligence Service says the North Korean units sent to help Russia have \
been taken out of the fighting in Kursk, most likely after heavy losses. The agency shared its \
assessment with reporters in Seoul on Wednesday and added that a new deployment could not be \
ruled out.

Last month the same agency had counted [[some 300]] North Korean dead and [[about 2,700]] \
wounded. North Korea is thought to have sent [[about 11,000]] men to Russia since October.

Ukraine's President Volodymyr Zelensky offered a higher toll in an interview with a British \
broadcaster aired on Monday. By his count, North Korea's dead and wounded now come to \
[[almost 4,000]]. In January Ukraine presented [[two]] captured North Koreans to the world's \
press, one of them with bandaged jaw and hands.

Kyiv expects the units back. Ukraine's military intelligence agency said on Thursday that \
Pyongyang was getting [[up to 3,000]] more soldiers ready to send, this time with better training \
in drones and artillery.

## "My pupils ask me about it"

At the government middle school on Lifuka, the Korean volunteer teacher Yoon Ha-eun has been \
answering questions since the first reports in October. She came to Ha'apai 14 months ago through \
Korea's overseas volunteer programme and teaches mathematics to about 120 pupils.

"They see the pictures of the prisoners and they ask me whether these are my people," she said. \
"I tell them yes, in a way. Their families did not choose this." Her cousin finished his military \
service near Seoul last spring.

Ms Yoon said she had read in Korean newspapers that "[[a few thousand]]" North Koreans may \
already have been killed or hurt. "Nobody in Seoul really knows. Everybody guesses."

## Ha'apai in numbers

The group's 51 islands, 17 of them inhabited, are home to roughly 5,400 people, most of them on \
Lifuka and Foa. The ferry from Nuku'alofa takes around eight hours. Tonga's own defence services \
number about 600 personnel; some of them served with US Marines in Iraq until 2008.
""",
    claims=(
        C("some 300", 300, "approx", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "'Last month the same agency had counted' (NIS, January): dead"),
        C("about 2,700", 2700, "approx", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "same count: wounded (the other casualties of the same toll, not an increment)"),
        C("about 11,000", 11000, "approx", "in_russia", "unattributed", "pub",
          "the page's own 'is thought to have sent', no source (unattributed, required)"),
        C("almost 4,000", 4000, "approx", "casualties", "ukraine", "mon",
          "Zelensky 'in an interview … aired on Monday', 'By his count': dead and wounded"),
        C("two", 2, "exact", "casualties", "ukraine", "2025-01-01..2025-01-31",
          "'In January Ukraine presented … captured' (the month as claim date)"),
        C("up to 3,000", 3000, "at_most", "planned", "ukraine", "thu",
          "HUR 'said on Thursday': 'more soldiers ready to send' (increment, span without 'more')",
          add=True),
        C("a few thousand", None, "vague", "casualties", "other", "pub",
          "Korean volunteer teacher relaying Korean newspapers in „…“, no day: killed or hurt"),
    ),
)

W05 = Source(
    article_id="w93_05_little_missouri_ledger_admission_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-04-30"),
    dated_by="front_matter",
    features="North Dakota badlands paper in Markdown, UTF-8, front matter with `date:` "
        "(Wednesday), an outlet key and a title without a figure; dateline 'MEDORA, N.D. -'; h1 "
        "'Seoul tallies' `4,700` from the NIS figure of the publication day; KCNA 'on Monday' "
        "and Gerasimov 'On Saturday' without figures; 'South Korea filled in the numbers on "
        "Wednesday' carried to three figures (`some 4,700`, 'including' `around 600` dead as a "
        "breakdown, `about 15,000` 'in all'); the JCS 'in March' `roughly 3,000` additional "
        "(increment); the State Department spokeswoman 'told reporters on Tuesday' „thousands“ "
        "(sent); Syrskyi 'In remarks published Sunday' „more than 6,000“; a rancher repeating "
        "`15,000` in a quote (optional); North Korea's army, park visitors, dollars, acres, "
        "cattle, age, years",
    text="""\
---
title: "Pyongyang admits its troops fought for Russia"
date: 2025-04-30
outlet: The Little Missouri Ledger
byline: Dale Sorensen
tags: [world, korea, veterans]
---

# Pyongyang admits its troops fought for Russia; Seoul tallies [[4,700]] casualties

MEDORA, N.D. - For six months North Korea would not say it. This week it did.

Kim Jong Un's government acknowledged on Monday, through the state news agency KCNA, that its \
soldiers had been sent to Russia's Kursk region and had fought there "heroically". It gave no \
number. On Saturday Valery Gerasimov, who heads Russia's general staff, had praised the North \
Koreans for helping to push Ukrainian forces out of Kursk, also without a figure.

South Korea filled in the numbers on Wednesday. Its National Intelligence Service told parliament \
that [[some 4,700]] North Koreans had been killed or wounded, including [[around 600]] dead, and \
that [[about 15,000]] had been deployed in all. Seoul's Joint Chiefs of Staff had said in March \
that [[roughly 3,000]] additional troops went to Russia in the first two months of the year.

Tammy Bruce, speaking for the State Department, told reporters on Tuesday that Pyongyang had \
"sent [[thousands]] of young men to die for Putin's war" and called the admission long overdue.

Ukraine's top commander, Oleksandr Syrskyi, offered a bigger number. In remarks published Sunday, \
he said Pyongyang's losses in Kursk came to "[[more than 6,000]]" dead and wounded.

## "We always knew he could spare them"

Out on his place south of Medora, rancher Bert Lindqvist, 63, followed the news on the truck \
radio between calving checks. He spent two years with the 2nd Infantry Division near the DMZ in \
the mid-1980s.

"They used to tell us Kim's grandfather could put a million men in the field," Lindqvist said. \
"Sending [[15,000]] doesn't cost that regime a thing. What it buys them is experience our boys \
don't have." He runs about 300 head of cattle on 3,200 acres along the river.

Theodore Roosevelt National Park, which draws some 700,000 visitors a year, reopens its scenic \
loop road on May 15 after repairs that cost $4.2 million. The Medora Musical opens June 6; \
tickets start at $45.
""",
    claims=(
        C("4,700", 4700, "exact", "casualties", "south_korea", "wed..pub",
          "h1 'Seoul tallies': the NIS figure of the publication day (Wednesday)"),
        C("some 4,700", 4700, "approx", "casualties", "south_korea", "wed",
          "'South Korea filled in the numbers on Wednesday. Its NIS told parliament': killed or "
          "wounded"),
        C("around 600", 600, "approx", "casualties", "south_korea", "wed",
          "same sentence, 'including … dead' (a breakdown, no increment)"),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "wed",
          "same sentence: 'had been deployed in all' (total sent)"),
        C("roughly 3,000", 3000, "approx", "in_russia", "south_korea", "2025-03-01..2025-03-31",
          "JCS 'had said in March': 'additional troops went to Russia' (increment)", add=True),
        C("thousands", None, "vague", "in_russia", "united_states", "tue",
          "State Department spokeswoman 'told reporters on Tuesday' in „…“: sent"),
        C("more than 6,000", 6000, "at_least", "casualties", "ukraine", "sun",
          "Syrskyi 'In remarks published Sunday' (US style without 'on'): killed and wounded"),
        C("15,000", 15000, "exact", "in_russia", "other", "pub",
          "rancher restating Seoul's total inside his quote (anaphoric restatement)",
          opt=True),
    ),
)

W06 = Source(
    article_id="w93_06_lechtaler_wochenblatt_holzgau_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-05-15"),
    dated_by="front_matter",
    features="Lechtal weekly in Markdown, ISO-8859-1 (straight quotes, ' - ' dashes), front "
        "matter with German keys, `date:` (Thursday) and a title without a figure; Austrian "
        "'heuer', 'Jänner', 'Feber'; a Korean tour guide at the Holzgau suspension bridge 'Bei "
        "uns glaubt man' `rund zehntausend` weitere (other, `pub`, increment); the NIS figures "
        "with their date after them ('Die Zahlen stammen aus einer Unterrichtung … am 30. "
        "April'): `etwa 15.000`, `Rund 4.700` 'davon', 'darunter' `um die 600`; Syrskyi 'vorige "
        "Woche' `knapp 2.000`; Rutte 'am Dienstag' „weit über 10.000“; 'Schon im Jänner' `zwei` "
        "prisoners; the 'Feber' withdrawal without a figure; bridge length and height, tour "
        "groups a week, visitors, euros, refugees in Tyrol, ages",
    text="""\
---
titel: "Koreanische Gäste auf der Hängebrücke - und Kims Soldaten in Kursk"
date: 2025-05-15
rubrik: Welt & Tal
autorin: Veronika Lechleitner
---

# Zwischen Holzgau und Kursk

**Seit Ende April gibt Nordkorea offen zu, dass seine Soldaten für Russland kämpfen. Ein \
Reiseleiter aus Seoul erzählt im Lechtal, wie man in seiner Heimat darüber spricht.**

Die ersten Busse sind heuer schon Anfang Mai gekommen. Auf der Hängebrücke in Holzgau, 200 Meter \
lang und 110 Meter über der Höhenbachschlucht, fotografieren sich wieder Gruppen aus Seoul und \
Busan gegenseitig. Bis zu 40 Reisegruppen aus Südkorea pro Woche zählt der Tourismusverband im \
Hochsommer.

Ihr Reiseleiter Jung Dae-ho, 52, führt seit elf Jahren Gruppen durch Tirol. Das Thema, über das \
seine Gäste im Bus am meisten reden, sei derzeit aber nicht das Wetter. "Jeder fragt sich, wie \
viele Kim noch nachschickt", sagt er. "Bei uns glaubt man, dass er heuer noch \
[[rund zehntausend]] weitere Soldaten nach Russland bringt."

## Was Seoul und Kiew zählen

Pjöngjang hat die Entsendung Ende April erstmals bestätigt, nachdem der russische \
Generalstabschef Waleri Gerassimow den Nordkoreanern öffentlich gedankt hatte. Zahlen nannte \
keine der beiden Seiten.

Südkoreas Nachrichtendienst NIS legte eigene Schätzungen vor: Insgesamt habe der Norden \
[[etwa 15.000]] Mann geschickt. [[Rund 4.700]] davon seien getötet oder verwundet worden, \
darunter [[um die 600]] Gefallene. Die Zahlen stammen aus einer Unterrichtung von Abgeordneten in \
Seoul am 30. April.

Der ukrainische Oberbefehlshaber Olexandr Syrskyj sagte vorige Woche, im russischen Grenzgebiet \
stünden derzeit noch [[knapp 2.000]] Nordkoreaner, vor allem Artilleristen und Drohnenpiloten.

Auch die Nato hat nachgezählt. Generalsekretär Mark Rutte sprach am Dienstag bei einem Treffen in \
Brüssel von "[[weit über 10.000]]" Nordkoreanern, die Moskau seit dem Herbst zur Verfügung \
gestellt worden seien.

Schon im Jänner hatte Kiew [[zwei]] gefangene Nordkoreaner vorgeführt. Einer der beiden, ein \
26-Jähriger, sagte damals, er wolle am liebsten in Südkorea leben. Im Feber meldete Seoul dann, \
die Einheiten seien vorübergehend von der Front abgezogen worden.

## Saison mit Sorgen

Für Jung sind die Nachrichten auch ein Geschäftsrisiko: "Wenn es in Europa unruhig wird, buchen \
die Leute Japan." Bisher merkt er davon nichts. Die Überquerung der Brücke ist kostenlos, das \
Parken kostet 8 Euro am Tag. Im Vorjahr kamen rund 150.000 Besucherinnen und Besucher nach \
Holzgau. Im Bezirk Reutte leben derzeit knapp 400 Vertriebene aus der Ukraine.
""",
    claims=(
        C("rund zehntausend", 10000, "approx", "planned", "other", "pub",
          "Korean tour guide in quotes ('Bei uns glaubt man … heuer noch … weitere … bringt'): "
          "increment",
          add=True),
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "2025-04-30",
          "NIS estimate in Konjunktiv, dated at the end of the paragraph ('Unterrichtung … am "
          "30. April'): sent in total"),
        C("Rund 4.700", 4700, "approx", "casualties", "south_korea", "2025-04-30",
          "same briefing, 'davon … getötet oder verwundet' (a breakdown, no increment)"),
        C("um die 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "same sentence, 'darunter … Gefallene' (breakdown): dead"),
        C("knapp 2.000", 2000, "approx", "near_front", "ukraine", "lastweek",
          "Syrskyi 'vorige Woche': still in the Russian border area"),
        C("weit über 10.000", 10000, "at_least", "in_russia", "nato", "tue",
          "Rutte 'am Dienstag' in Brussels in quotes: provided to Moscow"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-01..2025-01-31",
          "'Schon im Jänner hatte Kiew … gefangene … vorgeführt' (the month as claim date)"),
    ),
)

W07 = Source(
    article_id="w93_07_der_leisten_stiefel_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-06-24"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Der Leisten - Mitteilungsblatt der Schuhmacher-Innung Südwest",
        "https://www.der-leisten.example/aktuell/stiefel-fuer-die-front",
        "6000 Nordkoreaner für Kursk - und was Militärstiefel über einen Krieg verraten",
    ),
    features="shoemakers' guild magazine in HTML, windows-1252 with CRLF, no meta date (sidecar, "
        "Tuesday), a guild-page script, a cookie note in cobbler's words, navigation, a footer "
        "with an address and phone; h1 `6000` summing Shoigu's two figures (russia, planned, 17 "
        "June to publication); the guild master's column voice; Shoigu 'am 17. Juni' `1000` "
        "deminers and `5000` builders ('verkündete er' between them); the magazine's own "
        "'dürften sich … Erfrierungen zugezogen haben' „Tausende“ (unattributed, casualties, "
        "required); HUR 'Nach Darstellung' `rund 11.000` without a day; 'Seoul hatte Ende "
        "April' `etwa 4.700`; a Ukrainian apprentice relaying his brother „Hunderte“ fallen "
        "(other, `pub`); a colleague's sum 'Für 6000 Mann' in a quote (optional); pairs of "
        "boots, apprentices, euros, years, age, phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="windows-1252">
<title>Stiefel für die Front | Der Leisten</title>
<link rel="stylesheet" href="/css/leisten.css">
<script>var leisten={ausgabe:"2025-06",seite:14,mitgliederbereich:false};</script>
</head>
<body>
<div class="keks">Auch wir nähen ein paar Daten zusammen: welche Seiten Sie lesen und wie lange. \
<button>Durchnähen</button> <button>Lieber nur kleben</button></div>
<nav><a href="/">Start</a> | <a href="/innung">Innung</a> | <a href="/aktuell">Aktuelles</a> | <a \
href="/ausbildung">Ausbildung</a> | <a href="/termine">Termine</a></nav>
<article>
<p class="rubrik">Über den Leisten hinaus</p>
<h1>[[6000]] Nordkoreaner für Kursk – und was Militärstiefel über einen Krieg verraten</h1>
<p class="autor">Von Obermeister Reinhard Kuhn, Pirmasens</p>
<p>Wer wie ich seit 1987 Schuhe besohlt, schaut bei Kriegsbildern zuerst auf die Füße. So auch am \
17. Juni, als Russlands Sicherheitsratschef Sergej Schoigu in Pjöngjang vor die Kameras trat. \
Nordkorea werde [[1000]] Minenräumer in das Gebiet Kursk schicken, verkündete er, dazu [[5000]] \
Militärbauarbeiter, die zerstörte Brücken, Straßen und Häuser wiederaufbauen sollen.</p>
<p>Die Männer, die im Winter in Kursk kämpften, trugen nach allem, was auf Videos zu sehen ist, \
russische Filzstiefel und oft viel zu große Gummistiefel. Die Folgen kann sich jeder \
Orthopädieschuhmacher ausmalen: [[Tausende]] Nordkoreaner dürften sich in den verschneiten \
Feldern Erfrierungen zugezogen haben, mancher hat dabei Zehen verloren.</p>
<p>Kiew sieht die Lage an der Grenze inzwischen so: Nach Darstellung des ukrainischen \
Militärgeheimdienstes HUR stehen im Gebiet Kursk derzeit [[rund 11.000]] nordkoreanische \
Soldaten, viele davon als Artilleristen. Seoul hatte Ende April von [[etwa 4.700]] Toten und \
Verwundeten gesprochen.</p>
<h2>Ein Lehrling aus Charkiw</h2>
<p>In unserer Werkstatt lernt seit September Oleksandr, 19, aus Charkiw. Sein älterer Bruder \
dient in einer Drohneneinheit bei Sumy. „Er sagt, im Winter sind drüben [[Hunderte]] Nordkoreaner \
gefallen, die ohne Deckung über die Felder gelaufen sind“, erzählt Oleksandr. Er selbst fertigt \
gerade orthopädische Einlagen für verwundete Ukrainer, die in Pirmasens behandelt werden.</p>
<p>Ein Kollege, der früher für die Bundeswehr Stiefel geprüft hat, rechnet vor: „Für [[6000]] \
Mann auf einer Baustelle brauchen Sie im Jahr gut 12.000 Paar Arbeitsstiefel, wenn das Material \
etwas taugt.“ Zu Stiefeln hat Schoigu nichts gesagt.</p>
<p>Zum Schluss Innungsinternes: Die Freisprechung unserer 14 Gesellinnen und Gesellen findet am \
11. Juli um 17 Uhr im Schuhmuseum statt. Der Jahresbeitrag steigt ab 2026 auf 285 Euro, für \
Betriebe mit mehr als drei Beschäftigten auf 340 Euro.</p>
</article>
<footer>Schuhmacher-Innung Südwest · Hauptstraße 41 · 66953 Pirmasens · Tel. 06331 27 44 10 · © \
2025</footer>
</body>
</html>
""",
    claims=(
        C("6000", 6000, "exact", "planned", "russia", "2025-06-17..pub",
          "h1: the sum of Shoigu's two figures of the body (17 June to publication), labelled "
          "like them"),
        C("1000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'am 17. Juni' in Pyongyang, Konjunktiv: deminers to be sent"),
        C("5000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same statement ('verkündete er, dazu'): military builders to be sent"),
        C("Tausende", None, "vague", "casualties", "unattributed", "pub",
          "the guild master's own estimate 'dürften sich … Erfrierungen zugezogen haben' "
          "(unattributed, required): injured"),
        C("rund 11.000", 11000, "approx", "near_front", "ukraine", "pub",
          "HUR 'Nach Darstellung', present tense, no day: in the Kursk region"),
        C("etwa 4.700", 4700, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "'Seoul hatte Ende April … gesprochen': dead and wounded"),
        C("Hunderte", None, "vague", "casualties", "other", "pub",
          "Ukrainian apprentice relaying his brother at the front in „…“, no day: fallen"),
        C("6000", 6000, "exact", "planned", "other", "pub",
          "a colleague's sum in a quote restating Shoigu's total (anaphoric restatement)",
          opt=True),
    ),
)

W08 = Source(
    article_id="w93_08_hinterthurgauer_fischingen_moenche",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-07-10"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Hinterthurgauer Nachrichten",
        "https://www.hinterthurgauer.example/region/fischingen-koreanische-moenche-ld.6627",
        "Kiew warnt vor bis zu 30'000 weiteren Nordkoreanern",
    ),
    features="Hinterthurgau paper as plain text, windows-1252 with CRLF (sidecar, Thursday; a "
        "masthead line with the date), Swiss conventions: `ss`, «», `30'000`, `25'000 bis "
        "30'000`, `11'000`, `14'000`, 4-digit `2000`/`6000`; headline 'Kiew warnt vor' `bis zu "
        "30'000` weiteren (HUR, increment, Tuesday to publication); HUR 'rechnet damit' … "
        "'teilte der Dienst am Dienstag mit' at the end of the next sentence (range increment "
        "and `rund 11'000` at the border); a Korean Benedictine in Fischingen „Man hört“ `über "
        "2000` dead (other, `pub`); Shoigu 'Mitte Juni' `6000`; the NIS 'spricht … von' "
        "„mehreren tausend“ more (vague increment, `pub`); the Swiss intelligence service's "
        "June situation report `etwa 14'000` (a third government: other, June); monastery "
        "founding year, monks, rooms, francs, altitude",
    text="""\
Hinterthurgauer Nachrichten · Region/Welt · Donnerstag, 10. Juli 2025

Kiew warnt vor [[bis zu 30'000]] weiteren Nordkoreanern

Im Kloster Fischingen beten diese Woche fünf Benediktiner aus Südkorea für den Frieden. Was sie \
über den Krieg ihrer nördlichen Nachbarn erzählen.

Von Lukas Brägger

Fischingen/Kiew. Die Nachricht aus Kiew erreichte die Gäste im Kloster Fischingen am \
Dienstagabend beim Nachtessen. Der ukrainische Militärnachrichtendienst HUR rechnet damit, dass \
Kim noch vor Weihnachten [[25'000 bis 30'000]] zusätzliche Mann für Moskau mobilisieren könnte. \
Schon heute stünden [[rund 11'000]] Nordkoreaner im russischen Grenzgebiet, die meisten in der \
Region Kursk, teilte der Dienst am Dienstag mit.

Für Pater Benedikt Kim Seong-ho ist das keine abstrakte Zahl. Der 58-jährige Mönch aus der Abtei \
Waegwan bei Daegu leitet die kleine Gruppe, die bis Sonntag in Fischingen zu Gast ist. «In Korea \
sprechen die Menschen seit Monaten darüber», sagt er. «Man hört, dass schon [[über 2000]] von \
ihnen tot sind. Es sind junge Männer wie unsere Novizen.»

Moskau hat die Hilfe aus Pjöngjang längst offiziell gemacht. Mitte Juni hatte Sergej Schoigu, \
Sekretär des Sicherheitsrats in Moskau, bei einem Besuch in Pjöngjang angekündigt, der Norden \
werde [[6000]] Pioniere und Militärbauarbeiter für den Wiederaufbau im Gebiet Kursk abstellen. \
Der südkoreanische Nachrichtendienst NIS spricht inzwischen ebenfalls von Nachschub, nämlich von \
[[mehreren tausend]] Mann, die ab dem Spätsommer verlegt werden könnten.

Auch in Bern verfolgt man die Entwicklung. Der Nachrichtendienst des Bundes kam in seinem im Juni \
veröffentlichten Lagebericht zum Schluss, Nordkorea habe bis dahin [[etwa 14'000]] Mann nach \
Russland verlegt. Das Aussendepartement äussert sich zu den Zahlen zurückhaltend.

Pater Benedikt will davon in Fischingen nicht allzu viel reden. «Wir sind gekommen, um zu beten \
und um zu lernen, wie man in der Schweiz ein Kloster führt», sagt er und lacht. Das Kloster \
Fischingen, 1138 gegründet, liegt auf gut 620 Metern über Meer und beherbergt heute zwei Mönche, \
ein Hotel mit 43 Zimmern und eine Schreinerei mit zwölf Mitarbeitenden. Die Gäste aus Korea \
zahlen für Kost und Logis 95 Franken pro Nacht. Am Sonntag um 10 Uhr feiern sie mit der Pfarrei \
einen zweisprachigen Gottesdienst. Die Abtei Waegwan zählt über 100 Mönche und unterhält in Daegu \
eine eigene Druckerei.
""",
    claims=(
        C("bis zu 30'000", 30000, "at_most", "planned", "ukraine", "tue..pub",
          "headline 'Kiew warnt vor … weiteren': HUR's Tuesday range of the lead (increment, "
          "span without the word)",
          add=True),
        C("25'000 bis 30'000", None, "range", "planned", "ukraine", "tue",
          "HUR 'rechnet damit … könnte', dated by 'teilte der Dienst am Dienstag mit' (next "
          "sentence): 'zusätzliche' (increment)",
          add=True),
        C("rund 11'000", 11000, "approx", "near_front", "ukraine", "tue",
          "same statement, Konjunktiv, 'teilte der Dienst am Dienstag mit' after it: in the "
          "border area"),
        C("über 2000", 2000, "at_least", "casualties", "other", "pub",
          "Korean Benedictine in «…», 'Man hört' (his claim, no day): dead"),
        C("6000", 6000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "Shoigu 'Mitte Juni hatte … angekündigt': engineers and military builders to be sent"),
        C("mehreren tausend", None, "vague", "planned", "south_korea", "pub",
          "NIS 'spricht inzwischen … von Nachschub' (present, no day): could be moved (increment)",
          add=True),
        C("etwa 14'000", 14000, "approx", "in_russia", "other", "2025-06-01..2025-06-30",
          "Swiss Federal Intelligence Service (a third government: other), 'im Juni "
          "veröffentlichten Lagebericht': moved to Russia"),
    ),
)

W09 = Source(
    article_id="w93_09_sauerlandwelle_winterberg_bob_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-08-27"),
    dated_by="html_meta",
    features="Hochsauerland radio station's web text in HTML, UTF-8 (`article:published_time` "
        "with +02:00, a 'Stand:' line, a stream-player script, a bobsleigh cookie banner, "
        "navigation with a speed-camera page, a footer with a studio hotline); h1 'Nordkorea "
        "ehrt' `mehr als 100` fallen from KCNA's report (the Thursday of last week to "
        "publication); KCNA 'am Donnerstag vergangener Woche' `mehr als 100` (north_korea, "
        "casualties) and state TV's `Hunderte` returnees (optional); the NIS 'im Frühjahr' "
        "`rund 4.700` (spring: March–May); Zelensky 'am Montagabend' „mehrere tausend“ at the "
        "Sumy border; HUR 'Nach Angaben' right after it `rund 6000` engineers and builders "
        "arrived (Monday to publication); a Ukrainian bobsleigh pilot relaying his brother `ein "
        "paar hundert` (other, `pub`); track length, curves, athletes, refugees in the "
        "district, Olympic year",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Winterberg: Ukrainische Bobfahrer blicken nach Kursk | Sauerlandwelle</title>
<meta property="article:published_time" content="2025-08-27T16:40:00+02:00">
<meta property="og:site_name" content="Sauerlandwelle – Radio für den Hochsauerlandkreis">
<script>window.swPlayer={stream:"https://stream.sauerlandwelle.example/live.mp3",kbit:128};</script>
</head>
<body>
<div id="cookie">Auf dem Kahlen Asten weht der Wind, bei uns wehen Cookies. Mit „Ab in die Bahn“ \
lassen Sie alle rein. <button>Ab in die Bahn</button> <button>Bremser ziehen</button></div>
<nav><a href="/">Start</a> · <a href="/nachrichten">Nachrichten</a> · <a href="/sport">Sport</a> \
· <a href="/blitzer">Blitzer</a> · <a href="/programm">Programm</a></nav>
<article>
<h1>Nordkorea ehrt [[mehr als 100]] Gefallene – Winterbergs Gäste aus Kiew hören genau hin</h1>
<p class="teaser">Auf der Bobbahn in Winterberg trainiert diese Woche das ukrainische \
Nationalteam. Für seinen Piloten ist der Krieg nie weit weg.</p>
<p class="stand">Stand: 27.08.2025, 16:40 Uhr</p>
<p>Nordkoreas Machthaber Kim Jong Un hat Soldaten, die in Russland ums Leben kamen, mit hohen \
Orden ausgezeichnet. Wie die Staatsagentur KCNA am Donnerstag vergangener Woche meldete, verlieh \
Kim [[mehr als 100]] Gefallenen posthum den Titel „Held der Republik“. Das Staatsfernsehen zeigte \
ihn neben weinenden Angehörigen, dahinter standen [[Hunderte]] heimgekehrte Soldaten in Reih und \
Glied.</p>
<p>Südkorea hält die Verluste für weit höher. Sein Geheimdienst NIS hatte im Frühjahr \
[[rund 4.700]] Tote und Verwundete gezählt; seither sind nach Einschätzung von Beobachtern in \
Seoul weitere hinzugekommen.</p>
<p>Wolodymyr Selenskyj sagte am Montagabend in seiner Videoansprache, Nordkoreaner seien \
inzwischen auch an der Grenze zum Gebiet Sumy im Einsatz. Es handle sich um „[[mehrere tausend]]“ \
Soldaten, vor allem Artilleristen. Nach Angaben des ukrainischen Militärgeheimdienstes HUR sind \
außerdem [[rund 6000]] nordkoreanische Pioniere und Bausoldaten in Russland eingetroffen.</p>
<h2>„Mein Bruder sieht sie jeden Tag“</h2>
<p>Für Pilot Mykola Hrytsenko, 29, ist das mehr als eine Meldung im Radio. Sein Bruder dient in \
einer Artillerieeinheit bei Sumy. „Er sagt, auf der anderen Seite liegen jetzt \
[[ein paar hundert]] Nordkoreaner in den Stellungen, gut getarnt und sehr diszipliniert“, erzählt \
Hrytsenko am Rand der Anschubstrecke.</p>
<p>Das ukrainische Team trainiert noch bis Samstag auf der 1.609 Meter langen Bahn mit ihren 15 \
Kurven. Vier Athleten und zwei Trainer sind angereist, untergebracht sind sie in einem Hotel in \
Neuastenberg. Im Hochsauerlandkreis leben derzeit rund 3.900 Geflüchtete aus der Ukraine. Im \
Februar will das Team beim Weltcup in Winterberg starten, die Olympischen Spiele 2026 sind das \
große Ziel.</p>
</article>
<footer>Sauerlandwelle · Am Ruhrufer 12 · 59872 Meschede · Studio-Hotline 0291 99 88 77 · © \
2025</footer>
</body>
</html>
""",
    claims=(
        C("mehr als 100", 100, "at_least", "casualties", "north_korea", "2025-08-21..pub",
          "h1 'Nordkorea ehrt': KCNA's figure of the body (the Thursday of last week to "
          "publication)"),
        C("mehr als 100", 100, "at_least", "casualties", "north_korea", "2025-08-21",
          "KCNA 'am Donnerstag vergangener Woche': fallen soldiers honoured by Kim"),
        C("Hunderte", None, "vague", "in_russia", "north_korea", "2025-08-21",
          "returnees shown by state TV at the same ceremony (returnees: optional)", opt=True),
        C("rund 4.700", 4700, "approx", "casualties", "south_korea", "2025-03-01..2025-05-31",
          "NIS 'hatte im Frühjahr … gezählt' (season: March–May): dead and wounded"),
        C("mehrere tausend", None, "vague", "near_front", "ukraine", "mon",
          "Zelensky 'am Montagabend' in „…“, Konjunktiv: at the Sumy border"),
        C("rund 6000", 6000, "approx", "in_russia", "ukraine", "mon..pub",
          "HUR 'Nach Angaben' right after Zelensky's Monday statement, no day of its own: "
          "arrived in Russia"),
        C("ein paar hundert", None, "vague", "near_front", "other", "pub",
          "bobsleigh pilot relaying his brother at the front in „…“, no day: in the positions"),
    ),
)

W10 = Source(
    article_id="w93_10_peninsula_pulse_two_thousand",
    language="en", fmt="txt", encoding="latin-1", published=day("2025-09-12"),
    dated_by="sidecar",
    sidecar=(
        "Peninsula Pulse",
        "",
        "Seoul's spies now count 2,000 North Korean dead",
    ),
    features="newsletter of the Freetown peninsula's fishing villages as plain text, ISO-8859-1 "
        "(straight quotes, hyphens; sidecar without url, Friday), masthead and issue number; a "
        "'WORLD WATCH' headline `2,000` from the NIS figure 'on September 4' (to publication); "
        "lawmakers 'who heard the estimate in Seoul on September 4' carried to `roughly 6,000` "
        "more (increment); the newsletter's own 'Set against the estimated' `15,000` "
        "(unattributed, required) and 'more than one in seven' (ratio); Seoul 'in April' "
        "`around 600`, 'at the time'; HUR 'on Tuesday' `around 1,500` near the border and "
        "'exceeded' `6,000` (span without the verb); Rutte 'in August' „more than 14,000“; a "
        "guesthouse owner repeating `2,000` in a quote (optional) with 'three times that' "
        "(ratio); Sierra Leone's civil war dead, peacekeepers, fuel price, children vaccinated, "
        "phone number",
    text="""\
PENINSULA PULSE
Newsletter for Tokeh, Kent, York, Bureh Town and Number Two River
Issue 37 - World & Home

WORLD WATCH: Seoul's spies now count [[2,000]] North Korean dead

South Korea's intelligence service now believes that the war has cost [[about 2,000]] North \
Korean soldiers their lives. Lawmakers who heard the estimate in Seoul on September 4 said the \
agency also reported that Pyongyang was sending [[roughly 6,000]] more men, most of them \
engineers and construction troops, to the Kursk region.

Set against the [[estimated 15,000]] troops Kim has sent since last October, that is more than \
one in seven. Seoul had put the toll at [[around 600]] dead in April, a figure it called cautious \
at the time.

Kyiv's numbers are higher again. Ukraine's military intelligence said on Tuesday that \
[[around 1,500]] North Korean artillerymen were firing on Ukrainian positions from across the \
border near Kursk, and that North Korea's dead and wounded together exceeded [[6,000]].

NATO's secretary general, Mark Rutte, told an audience in Washington in August that Pyongyang had \
provided "[[more than 14,000]]" soldiers to Moscow.

HOME THOUGHTS

Abdul Kamara, who runs a guesthouse above Bureh Beach, served with Sierra Leone's peacekeeping \
battalion in Somalia. He reads the world pages every morning on his phone. "If [[2,000]] are \
dead, then the wounded are three times that, believe me," he said. "In Somalia we learned how a \
number on paper becomes a family without a son."

Our country knows what war costs. More than 50,000 people died in Sierra Leone's civil war \
between 1991 and 2002. Today about 850 of our soldiers serve on peacekeeping missions abroad.

NOTICES

The Tokeh fish market committee meets on Saturday at 10am under the cotton tree. Fuel at the Kent \
jetty is now 31,000 leones a gallon. The York community clinic vaccinated 412 children in August. \
Adverts and announcements: call +232 76 554 210.
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "2025-09-04..pub",
          "headline 'Seoul's spies now count': the NIS figure of the lead dated 'on September 4' "
          "(to publication)"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-04",
          "NIS estimate, dated by 'heard the estimate in Seoul on September 4' in the next "
          "sentence: dead"),
        C("roughly 6,000", 6000, "approx", "in_russia", "south_korea", "2025-09-04",
          "same lawmakers: 'was sending … more men … to the Kursk region' (increment, span "
          "without 'more')",
          add=True),
        C("estimated 15,000", 15000, "approx", "in_russia", "unattributed", "pub",
          "the newsletter's own 'Set against the estimated' (no source: unattributed, required)"),
        C("around 600", 600, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "'Seoul had put the toll at … in April … at the time': dead"),
        C("around 1,500", 1500, "approx", "near_front", "ukraine", "tue",
          "HUR 'said on Tuesday': artillerymen firing across the border"),
        C("6,000", 6000, "at_least", "casualties", "ukraine", "tue",
          "same statement: 'together exceeded' (at_least, verb outside the span): dead and "
          "wounded"),
        C("more than 14,000", 14000, "at_least", "in_russia", "nato", "2025-08-01..2025-08-31",
          "Rutte 'told an audience in Washington in August' in „…“: provided to Moscow"),
        C("2,000", 2000, "exact", "casualties", "other", "pub",
          "guesthouse owner restating Seoul's toll inside his quote (anaphoric restatement)",
          opt=True),
    ),
)

W11 = Source(
    article_id="w93_11_campusfunk_vechta_parade_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-10-16"),
    dated_by="sidecar",
    sidecar=(
        "Campusfunk Vechta",
        "https://campusfunk-vechta.example/beitraege/parade-pjoengjang-austauschstudentin",
        "Parade in Pjöngjang: Was eine Austauschstudentin aus Seoul dazu sagt",
    ),
    features="Vechta student radio's show page in Markdown, UTF-8 with BOM, front matter without "
        "a date (sidecar, Thursday) with show, presenters and duration keys; bold deck 'am "
        "vergangenen Freitag' (the party parade); state TV's block of `mehreren hundert` Kursk "
        "veterans (returnees: optional); the NIS 'am Dienstag' to lawmakers `etwa 10.000` and "
        "'davon' `Rund 5.000` builders (breakdown, in Russia); Russia's ambassador in Pyongyang "
        "'in einem am Sonntag veröffentlichten Interview' `6000` builders arrived (russia); HUR "
        "'Anfang Oktober' `rund 11.000`; an exchange student from Seoul „mindestens 20.000“ "
        "over all rotations (other, `pub`); the show's own sum 'dürften … gewesen sein' `15.000 "
        "bis 20.000` (unattributed, range); students, exchange students, frequency, air time, "
        "anniversaries",
    text="""\
---
title: "Parade in Pjöngjang: Was eine Austauschstudentin aus Seoul dazu sagt"
sendung: Weltempfänger
moderation: Jannik Rolfes, Merle Themann
dauer: "6:40"
---

# Kims Parade und die Soldaten aus Kursk

**Zum 80. Jahrestag der Arbeiterpartei ließ Kim Jong Un am vergangenen Freitag seine Truppen \
aufmarschieren, darunter Heimkehrer aus Russland. Im Weltempfänger haben wir mit einer \
Austauschstudentin aus Seoul über die Bilder gesprochen.**

Wer am Freitagabend das nordkoreanische Staatsfernsehen eingeschaltet hat, bekam die bekannten \
Bilder: Panzer, Raketen, Kolonnen im Gleichschritt. Neu war ein Block von [[mehreren hundert]] \
Soldaten, die laut Sprecherin „in Kursk Heldentaten vollbracht“ hätten.

Wie viele Nordkoreaner derzeit noch in Russland sind, darüber gehen die Schätzungen auseinander. \
Südkoreas Geheimdienst NIS teilte am Dienstag Abgeordneten in Seoul mit, es seien weiterhin \
[[etwa 10.000]] Soldaten aus dem Norden dort stationiert. [[Rund 5.000]] davon seien Pioniere und \
Bausoldaten, die im Gebiet Kursk Straßen und Bahnstrecken instand setzten.

Russlands Botschafter in Pjöngjang, Alexander Mazegora, sprach in einem am Sonntag \
veröffentlichten Interview von [[6000]] nordkoreanischen Militärbauern, die bereits angekommen \
seien. Der ukrainische Militärgeheimdienst HUR wiederum schätzte Anfang Oktober, dass sich \
[[rund 11.000]] Nordkoreaner in Russland aufhalten.

## „Bei uns redet man von viel mehr“

Seo-yeon Park, 23, studiert seit diesem Wintersemester Gerontologie an der Universität Vechta. \
Die Bilder der Parade hat sie mit ihrer Familie in Incheon per Videocall angeschaut. „In Seoul \
sagen viele, dass es inzwischen [[mindestens 20.000]] waren, wenn man alle Rotationen \
zusammenzählt“, erzählt sie im Gespräch mit Merle. Ihr jüngerer Bruder beginnt im Frühjahr seinen \
Wehrdienst.

Rechnet man die Angaben aus Seoul und Kiew zusammen, dürften seit Herbst 2024 insgesamt \
[[15.000 bis 20.000]] Nordkoreaner für Russland im Einsatz gewesen sein.

## Zum Nachhören

Die Universität Vechta hat rund 5.000 Studierende, in diesem Semester sind 31 \
Austauschstudierende aus Asien dabei. Der Weltempfänger läuft donnerstags um 18 Uhr auf UKW 94,1 \
und im Stream. In der nächsten Folge am 23. Oktober geht es um 35 Jahre Deutsche Einheit.
""",
    claims=(
        C("mehreren hundert", None, "vague", "in_russia", "north_korea", "fri",
          "Kursk veterans marching at Friday's parade on state TV (returnees: optional)", opt=True),
        C("etwa 10.000", 10000, "approx", "in_russia", "south_korea", "tue",
          "NIS 'teilte am Dienstag Abgeordneten … mit', Konjunktiv: stationed in Russia"),
        C("Rund 5.000", 5000, "approx", "in_russia", "south_korea", "tue",
          "same briefing, 'davon' engineers and builders (a breakdown, no increment)"),
        C("6000", 6000, "exact", "in_russia", "russia", "sun",
          "Russia's ambassador in Pyongyang 'in einem am Sonntag veröffentlichten Interview': "
          "builders arrived"),
        C("rund 11.000", 11000, "approx", "in_russia", "ukraine", "2025-10-01..2025-10-10",
          "HUR 'schätzte Anfang Oktober': in Russia"),
        C("mindestens 20.000", 20000, "at_least", "in_russia", "other", "pub",
          "exchange student in „…“ ('erzählt sie', no day): all rotations together"),
        C("15.000 bis 20.000", None, "range", "in_russia", "unattributed", "pub",
          "the show's own sum 'dürften … gewesen sein' (unattributed, required)"),
    ),
)

W12 = Source(
    article_id="w93_12_cesis_courier_builders_html",
    language="en", fmt="html", encoding="utf-16", published=day("2025-11-05"),
    dated_by="html_meta",
    features="Cēsis English-language outlet in HTML, UTF-16 LE with BOM "
        "(`article:published_time` with +02:00, a rye-bread cookie banner, navigation, a byline "
        "with the date, a footer); `<title>` figure (optional, increment); h1 'Seoul: another' "
        "`5,000` builders (increment, span without the word) from the NIS Tuesday figure; the "
        "NIS 'told a parliamentary committee … on Tuesday' `some 5,000` additional; `Around "
        "10,000` 'according to Park Sun-won … who briefed reporters afterwards' (claimant at "
        "the end of the sentence); 'The agency's count … stands at' `about 2,000`; KCNA 'on "
        "Saturday' „tens of thousands“ volunteers (north_korea, planned); Rutte 'last week' "
        "„more than 15,000“; Ukraine's military intelligence 'puts the total at' `between "
        "11,000 and 12,000` (present tense); Latvia's military intelligence 'in its annual "
        "report in spring' „up to 30,000“ more (other, March–May, increment); Latvia's defence "
        "minister without a figure; NATO's brigade in Latvia, conscripts, per cent of GDP, "
        "population, distance, euros, a year",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-16">
<title>Seoul: [[5,000]] more North Korean builders bound for Russia | Cēsis Courier</title>
<meta property="article:published_time" content="2025-11-05T09:30:00+02:00">
<meta property="og:site_name" content="Cēsis Courier">
<script>var cc={section:"world",lang:"en",id:20251105014};</script>
</head>
<body>
<div class="cookies">We bake our cookies the way Vidzeme bakes rye bread: slowly, and with a \
little of everything you leave on the table. <button>Take a slice</button> <button>Crust only, \
thanks</button></div>
<nav><a href="/">Home</a> | <a href="/vidzeme">Vidzeme</a> | <a href="/latvia">Latvia</a> | <a \
href="/world">World</a> | <a href="/culture">Culture</a></nav>
<article>
<h1>Seoul: another [[5,000]] North Korean military builders bound for Russia</h1>
<p class="lede">South Korea’s spies say Pyongyang is sending fresh labour battalions to rebuild \
Kursk. In Vidzeme, where NATO troops train a short drive from the Russian border, the news is \
read closely.</p>
<p class="byline">By Ilze Ozoliņa &middot; Cēsis &middot; 5 November 2025</p>
<p>North Korea is moving [[some 5,000]] additional military construction troops to Russia, South \
Korea’s National Intelligence Service told a parliamentary committee in Seoul on Tuesday. \
[[Around 10,000]] North Korean soldiers remain posted in Russia’s border regions, most of them in \
Kursk, according to Park Sun-won, a member of the committee who briefed reporters afterwards. The \
agency’s count of North Korean dead stands at [[about 2,000]].</p>
<p>Pyongyang presents the builders as volunteers. The state news agency KCNA said on Saturday \
that “[[tens of thousands]]” of young soldiers had asked to be sent to help rebuild Kursk.</p>
<p>NATO’s own count is higher than Seoul’s. Secretary General Mark Rutte told a security \
conference in Riga last week that Kim had by now sent “[[more than 15,000]]” troops to fight for \
Moscow. Ukraine’s military intelligence puts the total currently in Russia at \
[[between 11,000 and 12,000]].</p>
<h2>‘Every builder in Kursk frees a Russian for the front’</h2>
<p>In Cēsis, home to the Vidzeme brigade’s headquarters, officials see a direct link to Latvia’s \
own security. “Every North Korean builder in Kursk frees a Russian soldier for the front line,” \
Defence Minister Andris Sprūds said on Monday as he opened a new training area outside the town. \
He did not give a figure.</p>
<p>Latvia’s military intelligence service warned in its annual report in spring that Pyongyang \
could supply Russia with “[[up to 30,000]]” more men over the following year.</p>
<p>The NATO multinational brigade in Latvia, led by Canada, now numbers about 3,500 troops from \
14 countries. Latvia called up 1,200 conscripts this year and plans to spend 3.7% of GDP on \
defence in 2026. Cēsis, a town of about 14,500 people, lies some 150 km from the Russian border. \
Tickets for the concert marking the 1919 Battle of Cēsis cost €12.</p>
</article>
<footer>&copy; 2025 Cēsis Courier &middot; Rīgas iela 7, Cēsis &middot; <a \
href="/contact">Contact</a></footer>
</body>
</html>
""",
    claims=(
        C("5,000", 5000, "exact", "in_russia", "south_korea", "tue..pub",
          "<title> (metadata) restating the h1 figure: 'more' (increment)", add=True, opt=True),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "tue..pub",
          "h1 'Seoul: another': the NIS Tuesday figure of the lead (increment, span without the "
          "word)",
          add=True),
        C("some 5,000", 5000, "approx", "in_russia", "south_korea", "tue",
          "NIS 'told a parliamentary committee … on Tuesday' at the end of the sentence: "
          "'additional' (increment)",
          add=True),
        C("Around 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "'according to Park Sun-won … who briefed reporters afterwards' (end of the sentence): "
          "in the border regions"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "'The agency's count of … dead stands at' (carried NIS briefing)"),
        C("tens of thousands", None, "vague", "planned", "north_korea", "sat",
          "KCNA 'said on Saturday' in „…“: asked to be sent (volunteers)"),
        C("more than 15,000", 15000, "at_least", "in_russia", "nato", "lastweek",
          "Rutte 'told a security conference in Riga last week' in „…“: sent"),
        C("between 11,000 and 12,000", None, "range", "in_russia", "ukraine", "pub",
          "Ukraine's military intelligence 'puts the total … at' (present tense, no day)"),
        C("up to 30,000", 30000, "at_most", "planned", "other", "2025-03-01..2025-05-31",
          "Latvia's military intelligence (a third government: other) 'in its annual report in "
          "spring': 'more men' (increment)",
          add=True),
    ),
)

SOURCES: tuple[Source, ...] = (
    W01, W02, W03, W04, W05, W06,
    W07, W08, W09, W10, W11, W12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
