"""The extractor on short articles written for these tests (German and English)."""

from datetime import date

import pytest
from claim_rows import claim_rows

from claimtrack.article import Article
from claimtrack.extract import extract_article
from claimtrack.textmap import CleanText
from claimtrack.topic import load_topic


def article(text: str, lang: str, published: date | None = date(2025, 3, 12)) -> Article:
    # 2025-03-12 is a Wednesday
    return Article(
        article_id="t", file_name="t.txt", raw=text, clean=CleanText.identity(text),
        language=lang, published=published, published_source="sidecar",
    )


def claims(text: str, lang: str, published: date | None = date(2025, 3, 12)) -> list[dict]:
    return extract_article(article(text, lang, published), load_topic()).claims


def one(text: str, lang: str, **kw) -> dict:
    found = claims(text, lang, **kw)
    assert len(found) == 1, found
    return found[0]


def test_offsets_and_fields_of_a_german_claim():
    text = ("Seoul warnt\n\nDer südkoreanische Geheimdienst teilte am Montag mit, "
            "dass etwa 2.000 nordkoreanische Soldaten nach Russland verlegt worden seien.")
    c = one(text, "de")
    assert text[c["start"]:c["end"]] == c["quantity_text"] == "etwa 2.000"
    assert (c["value"], c["qualifier"], c["status"]) == (2000, "approx", "in_russia")
    assert c["claimant_group"] == "south_korea"
    assert c["claim_date"] == date(2025, 3, 10) and c["claim_date_precision"] == "day"
    assert c["claim_id"] == f"t:{c['start']}"


def test_an_english_claim_with_a_quote_after_the_figure():
    text = ('"We believe more than 4,000 North Korean soldiers are fighting in Kursk," '
            "a Pentagon spokesman told reporters on Tuesday.")
    c = one(text, "en")
    assert (c["value"], c["low"], c["qualifier"]) == (4000, 4000, "at_least")
    assert c["status"] == "near_front" and c["location"] == "Kursk"
    assert c["claimant_group"] == "united_states"
    assert c["claim_date"] == date(2025, 3, 11)


@pytest.mark.parametrize("text, lang", [
    ("Russland hat nach Schätzungen westlicher Dienste über 500.000 Soldaten verloren. "
     "Nordkorea hat Truppen geschickt.", "de"),
    ("Ukraine has mobilised 160,000 soldiers this year, while North Korea sent troops.", "en"),
    ("Nordkorea unterhält eine Armee von 1,2 Millionen Soldaten.", "de"),
    ("North Korea has sent millions of artillery shells and 50 missiles to Russia.", "en"),
    ("Nordkoreas Botschafter traf 32 Diplomaten; das Treffen dauerte 90 Minuten.", "de"),
])
def test_figures_that_are_not_claims(text, lang):
    assert claims(text, lang) == []


def test_an_article_without_the_subject_has_no_claims():
    assert claims("Die Bundeswehr schickt 1.500 Soldaten nach Litauen.", "de") == []


def test_bare_troop_noun_is_a_claim_after_a_sentence_about_the_subject():
    text = ("Nordkorea hat nach Angaben aus Seoul Truppen nach Russland geschickt. "
            "Den Angaben zufolge geht es um rund 3.000 Soldaten.")
    c = one(text, "de")
    assert c["value"] == 3000 and c["claimant_group"] == "south_korea"


def test_claimant_and_date_carry_to_a_continuing_sentence():
    text = ("Der ukrainische Militärgeheimdienst erklärte am Freitag, Pjöngjang bereite "
            "eine neue Entsendung vor. Demnach könnten bis zu 15.000 Soldaten folgen.")
    c = one(text, "de")
    assert c["claimant_group"] == "ukraine" and c["status"] == "planned"
    assert (c["qualifier"], c["high"]) == ("at_most", 15000)
    assert c["claim_date"] == date(2025, 3, 7)


def test_headline_claim_takes_the_leads_claimant():
    text = ("Pyongyang sends 2,500 more troops to Russia\n\n"
            "South Korea's spy agency said on Monday that North Korea had dispatched the soldiers.")
    c = one(text, "en")
    assert c["additional"] is True and c["claimant_group"] == "south_korea"


def test_vague_and_range_figures():
    text = ("Laut Pentagon sind Tausende nordkoreanische Soldaten in Russland. "
            "Das Pentagon schätzt, es seien 10.000 bis 12.000 Soldaten aus Nordkorea.")
    vague, rng = claims(text, "de")
    assert vague["qualifier"] == "vague" and vague["value"] is None
    assert (rng["qualifier"], rng["low"], rng["high"]) == ("range", 10000, 12000)


def test_unattributed_claim_is_dated_by_publication():
    c = one("Mehr als 1.000 nordkoreanische Soldaten sind in Russland.", "de")
    assert c["claimant_group"] == "unattributed"
    assert c["claim_date"] == date(2025, 3, 12) and c["claim_date_precision"] == "published"


def test_without_publication_date_the_claim_date_is_unknown():
    c = one("Mehr als 1.000 nordkoreanische Soldaten sind in Russland.", "de", published=None)
    assert c["claim_date"] is None and c["claim_date_precision"] == "unknown"


def test_figures_table_holds_non_claims_too():
    text = "Nordkorea schickte 3.000 Soldaten und 40 Raketen; die Reise dauerte 90 Minuten."
    rows = extract_article(article(text, "de"), load_topic()).figures
    by_text = {r["quantity_text"]: r for r in rows}
    assert by_text["3.000"]["is_claim"] is True
    assert by_text["40"]["is_claim"] is False and by_text["40"]["noun"] == "Raketen"


def test_a_date_given_in_the_next_sentence_dates_the_claim():
    text = ("Nach Angaben der Ukraine kämpfen 9.000 nordkoreanische Soldaten in der Region. "
            "Das sagte der Minister am Montag im Fernsehen.")
    assert one(text, "de")["claim_date"] == date(2025, 3, 10)


def test_a_continuation_takes_the_date_of_the_sentence_before():
    text = ("The National Intelligence Service briefed lawmakers on Tuesday. "
            "According to the briefing, about 14,000 North Korean troops have been sent to Russia.")
    c = one(text, "en")
    assert c["claim_date"] == date(2025, 3, 11)


def test_period_openers_are_not_claim_dates():
    text = ("Seit Januar sind laut Pentagon rund 2.000 nordkoreanische Soldaten in Russland "
            "angekommen.")
    c = one(text, "de")
    assert c["claim_date_precision"] == "published"


def test_the_same_side_just_before_carries_its_date():
    text = ("Der Pentagon-Sprecher erklärte am Freitag, 5.000 Nordkoreaner seien an der Front. "
            "Insgesamt seien nach Erkenntnissen der US-Regierung 12.000 Soldaten aus Nordkorea "
            "in Russland.")
    first, second = claims(text, "de")
    assert first["claim_date"] == second["claim_date"] == date(2025, 3, 7)


@pytest.mark.parametrize("text, lang", [
    ("Die russischen Verluste lagen bei 9.000 Soldaten; allein am Montag seien es 1180 gewesen. "
     "Nordkorea schickte Truppen.", "de"),
    ("North Korea sent troops. The post was shared 4,200-times; the war of 1950-53 ended.", "en"),
    ("North Korea sent troops. Kim has 1,300,000 soldiers in total.", "en"),
    ("North Korea sent troops. The United States keeps 28,500 troops in the South.", "en"),
])
def test_more_figures_that_are_not_claims(text, lang):
    assert claims(text, lang) == []


def test_a_table_row_names_the_source_of_its_figure():
    text = ("| Quelle | Datum | Zahl |\n| Pentagon (Washington) | 3. März | rund 11.000 "
            "nordkoreanische Soldaten |")
    assert one(text, "de")["claimant_group"] == "united_states"


def test_a_parenthesis_after_the_figure_names_the_source():
    text = "North Korean troops killed or wounded: around 4,000 (Ukraine, early March)"
    assert one(text, "en")["claimant_group"] == "ukraine"


def test_a_list_introduced_by_a_colon_carries_the_claimant():
    text = ("Das russische Verteidigungsministerium nannte am Montag zwei Zahlen:\n"
            "- 700 nordkoreanische Pioniere für Kursk;\n- 900 Militärbauarbeiter aus Nordkorea.")
    first, second = claims(text, "de")
    assert first["claimant_group"] == second["claimant_group"] == "russia"


def test_a_quotation_over_several_sentences_takes_its_speaker():
    text = ('"More than 9,000 North Korean soldiers are already there. They are moving closer,"'
            " the Pentagon spokesman said on Monday.")
    c = one(text, "en")
    assert c["claimant_group"] == "united_states"


def test_a_reference_inside_a_sentence_resolves_to_its_own_claimant():
    text = ("Der Pentagon-Sprecher erklärte am Montag, die Lage sei ernst. "
            "Kiews Militärgeheimdienst HUR erklärte am Dienstag, man sehe mehr (nach seinen "
            "Angaben sind 9.000 Nordkoreaner in Kursk).")
    assert one(text, "de")["claimant_group"] == "ukraine"


@pytest.mark.parametrize("text, lang", [
    ("North Korea sent troops. Some 9,000 North Korean workers arrived this year, up from "
     "about 1,000 last year.", "en"),
    ("North Korea sent troops. Kim met Putin in June, when the two men signed a pact.", "en"),
    ("Nordkorea schickte Truppen. Der Antrag wurde mit 128 zu 62 Stimmen angenommen.", "de"),
])
def test_comparisons_pairs_of_people_and_votes_are_not_claims(text, lang):
    assert claims(text, lang) == []


def test_a_reporting_auxiliary_is_not_ownership():
    text = ("Nordkorea schickt Truppen. Das US-Verteidigungsministerium hatte am Freitag eine "
            "Spanne von 11.000 bis 12.000 Mann genannt.")
    c = one(text, "de")
    assert (c["low"], c["high"], c["claimant_group"]) == (11000, 12000, "united_states")


def test_reinforcements_are_troops():
    c = one("UK intelligence judged that several thousand North Korean reinforcements could "
            "follow within weeks.", "en")
    assert c["qualifier"] == "vague" and c["status"] == "planned"


def test_dates_in_table_cells_are_not_sources():
    text = "Datum | Quelle | Angabe\n18.10. | Geheimdienst NIS | 1.500 nordkoreanische Soldaten"
    c = one(text, "de")
    assert c["claimant_group"] == "south_korea" and c["claim_date"] == date(2024, 10, 18)


def test_per_sentence_memos_serve_one_article_only():
    """Nothing an article's sentences taught the memos is kept for the next article (so a
    corpus whose sentences recur from article to article is not read faster than news)."""
    from claimtrack import claimants
    from claimtrack import extract as extract_module

    first = ("Der Geheimdienst teilte am Montag mit, rund 3.000 nordkoreanische Soldaten "
             "seien in Russland. Das sagte ein Sprecher.")
    assert claims(first, "de")
    assert claimants._analyse.cache_info().currsize > 0
    assert extract_module._evidence.cache_info().currsize > 0
    assert claims("Nichts Neues aus Seoul.", "de") == []
    memos = (claimants._analyse, claimants._first_cue, extract_module._evidence)
    assert [m.cache_info().currsize for m in memos] == [0, 0, 0]


def test_a_text_naming_the_subject_again_and_again_is_about_it():
    """A transcript opening with formalities: its unowned troop figures are the subject's."""
    intro = "Welcome to the show. Thanks for joining us. Let's begin. "
    about = ("North Korea has sent troops. Pyongyang denies it. North Korea's army is large. "
             "Kim Jong Un praised them. ")
    figure = "Kyiv says about 3,000 soldiers were killed."
    rows = []
    for body in (about, "Moscow denies it. The war goes on. The talks failed. Winter came. "):
        rows.append(len(claim_rows(intro + body + figure, "en", date(2025, 1, 1))))
    assert rows == [1, 0]


@pytest.mark.parametrize(("text", "expected"), [
    ("Blinken said the North Korean soldiers had been drilled for combat. The warning echoed "
     "Kyiv's. \"We are seeing the first contacts,\" Umerov said on Monday. \"Around 11,000 are "
     "at our border.\"", ["Around 11,000"]),
    ("Blinken said the Russian soldiers had been drilled for combat. The warning echoed "
     "Kyiv's. \"We are seeing the first contacts,\" Umerov said on Monday. \"Around 11,000 are "
     "at our border.\"", []),
    ("The North Korean troops moved. Then nothing. Then more nothing. Still nothing. \"Around "
     "11,000 are at our border.\"", []),
])
def test_a_figure_without_a_noun_stands_for_troops_named_up_to_three_sentences_back(text,
                                                                                   expected):
    assert [r["quantity_text"] for r in claims(text, "en")] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Nordkoreanische Soldaten sind in Kursk. An der Parade nehmen 11.500 Soldaten teil, "
     "darunter erstmals eine Abordnung aus Nordkorea.", []),
    ("en", "North Korean troops are in Kursk. Russia massed 50,000 troops, including North "
     "Korean units.", []),
    ("de", "Unter den Toten waren 300 Soldaten, darunter 100 Nordkoreaner.", ["100"]),
    ("de", "Nordkoreanische Soldaten sind in Kursk. Das Bundesheer hat rund 800 Soldaten im "
     "Kosovo.", []),
    ("en", "North Korean troops are in Kursk. South Korea's armed forces, which number about "
     "450,000 troops, remain on alert.", []),
])
def test_mixed_totals_and_other_armies_are_no_claims(lang, text, expected):
    assert [r["quantity_text"] for r in claims(text, lang)] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Nordkoreanische Soldaten kämpfen in Kursk. Das Weiße Haus sprach von „mehreren "
     "Hundert“ Opfern unter den Nordkoreanern.", [("mehreren Hundert", "casualties")]),
    ("de", "Nordkoreanische Soldaten kämpfen in Kursk. An der Rückeroberung seien etwa 3.000 "
     "Koreaner beteiligt gewesen.", [("etwa 3.000", "in_russia")]),
    ("de", "Nordkoreanische Soldaten kämpfen in Kursk. Der Botschafter sprach von „einigen "
     "Hundert“ koreanischen Militärausbildern.", [("einigen Hundert", "in_russia")]),
    ("en", "North Korean troops fight in Kursk. The envoy said 6,000 North Korean builders and "
     "deminers were restoring the region.", [("6,000", "in_russia")]),
    ("en", "North Korean troops fight in Kursk. Some 15,000 North Korean workers and their "
     "families arrived.", []),
    ("de", "Nordkoreanische Soldaten kämpfen in Kursk. 5.000 Südkoreaner protestierten.", []),
])
def test_more_troop_nouns_and_coordinated_troop_nouns(lang, text, expected):
    assert [(r["quantity_text"], r["status"]) for r in claims(text, lang)] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Seoul: 10,000 North Korean troops still guard Russia's border, a year on",
     ["10,000"]),
    ("en", "North Korea sent troops to Russia. About 2,000 of them were dead, a year into the war.",
     ["About 2,000"]),
    ("en", "North Korea sent troops to Russia. Russia loses 1,500 soldiers a day.", []),
    ("de", "Nordkorea schickte Soldaten. Russland verliert 1.500 Soldaten am Tag.", []),
])
def test_a_year_on_dates_the_figure_but_a_day_makes_a_rate(lang, text, expected):
    """`a year on`, `a year into the war`: when, not a rate per year."""
    assert [r["quantity_text"] for r in claims(text, lang)] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Shoigu visited Pyongyang. North Korea would supply 1,000 mine clearers plus 5,000 "
     "builders for the Kursk region, he said.", ["1,000", "5,000"]),
    ("en", "Seoul: 5,000 more North Korean builders heading for Russia", ["5,000"]),
    ("de", "Schoigu war in Pjöngjang. Nordkorea werde 1000 Fachleute für die Minenräumung sowie "
     "5000 Angehörige seiner Bautruppen nach Kursk schicken.", ["1000", "5000"]),
    ("de", "Nordkorea schickt 6000 Bauleute und Minenräumer nach Kursk.", ["6000"]),
    ("de", "Nordkorea schickt Soldaten nach Russland. In Pjöngjang trauerten 300 Angehörige.",
     []),  # relatives
    ("de", "Nordkorea schickt Soldaten nach Russland. Bei der Anhörung sprachen drei Fachleute.",
     []),  # experts
    ("en", "North Korea sent troops to Russia. In Perth, 300 Australian builders went on strike.",
     []),
])
def test_builders_mine_clearers_and_members_of_units_are_troops(lang, text, expected):
    """`5,000 builders`, `1,000 mine clearers`, `1000 Fachleute`, `5000 Angehörige seiner
    Bautruppen`: the subject's troops in a North Korean context; `Angehörige` alone
    (relatives) and another country's builders are not."""
    assert [r["quantity_text"] for r in claims(text, lang)] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Nordkorea hat weitere Soldaten geschickt. Laut Seoul seien rund 3.000 zusätzliche "
     "Kräfte eingetroffen.", ["rund 3.000"]),
    ("de", "Nordkorea hat weitere Soldaten geschickt. Die Ukraine setzt 5.000 Kräfte ein.", []),
    ("en", "North Korea has sent troops. Ukraine deployed 5,000 troops to Sumy.", []),
    ("en", "North Korea has sent troops. Russia deployed 3,000 North Korean soldiers to Kursk.",
     ["3,000"]),
])
def test_forces_and_deploying_armies(lang, text, expected):
    assert [r["quantity_text"] for r in claims(text, lang)] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Seoul said North Korea had sent a 3,000-strong force to Russia.", ["3,000"]),
    ("en", "Seoul said North Korea had sent a 1,500-man contingent to Russia.", ["1,500"]),
    ("de", "Seoul zufolge hat Nordkorea ein 3.000 Mann starkes Kontingent nach Russland "
     "geschickt.", ["3.000"]),
    ("en", "North Korea has a 1.2 million-strong army.", []),
    ("de", "Nordkoreanische Soldaten marschieren in 40 Mann starken Kolonnen.", []),
    ("en", "Seoul said the North Korean death toll had climbed to 600.", ["600"]),
    ("de", "Seoul zufolge stieg die Opferzahl unter den Nordkoreanern auf 600.", ["600"]),
])
def test_sized_forces_and_tolls(lang, text, expected):
    assert [r["quantity_text"] for r in claims(text, lang)] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "North Korean troops fight in Kursk. A cyclone killed 22, with more than 1,400 people "
     "injured.", []),
    ("en", "North Korean troops fight. Kyiv said 21 soldiers killed and 40 others wounded.",
     ["21", "40"]),
    ("de", "Nordkoreanische Soldaten kämpfen. Nach russischer Darstellung hat die Ukraine in "
     "Kursk mehr als 76.000 Soldaten verloren.", []),
    ("de", "Nordkoreanische Soldaten kämpfen. Die Parteizeitung schrieb von „mehreren tausend "
     "Helden“ in Kursk.", ["mehreren tausend"]),
    ("en", "KCNA reported that more than 1,000 North Korean construction warriors had left.",
     ["more than 1,000"]),
    ("en", "North Korea sent 16,000 troops in all. Roughly 11,000 of them remain in Russia.",
     ["16,000", "Roughly 11,000"]),
    ("en", "North Korea sent 16,000 troops and drones. It may supply several hundred of them to "
     "Moscow.", ["16,000"]),
])
def test_heads_before_participles_heroes_and_partitive_pronouns(lang, text, expected):
    assert [r["quantity_text"] for r in claims(text, lang)] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "He wrote that about forty North Korean sappers had been clearing mines, and that "
     "three of them were killed on Saturday.", ["about forty", "three"]),
    ("de", "Die Nordkoreaner griffen im Morgengrauen an. Sieben von ihnen seien vor den Gräben "
     "liegen geblieben.", ["Sieben"]),
    ("en", "North Korea has sent troops to Russia, said a retired colonel who spent 22 years in "
     "the army, eleven of them in Korea.", []),
    ("en", "Half of my crew came from Odesa. Twelve of them, good seamen, read about the North "
     "Korean soldiers in Russia.", []),
    ("de", "Drüben hätten 150 Nordkoreaner Stellungen bezogen. In drei Nächten habe seine Einheit "
     "neun von ihnen getroffen.", ["150", "neun"]),
    ("en", "She said 30 North Koreans were dug in, and that within two days nine of them were "
     "wounded.", ["30", "nine"]),
    ("de", "Sie kam mit Mann und Kindern nach Hamburg. Drei von ihnen lesen jeden Bericht über "
     "Nordkoreas Soldaten.", []),
    # another side's troops taking `them` do not own them
    ("en", "Some 200 North Koreans were dug in, and Ukrainian troops had taken nine of them "
     "prisoner.", ["Some 200", "nine"]),
    ("de", "Rund 200 Nordkoreaner gruben sich ein, und ukrainische Soldaten hätten drei von ihnen "
     "gefangen genommen.", ["Rund 200", "drei"]),
])
def test_a_small_count_of_them_counts_the_troops_named_just_before(lang, text, expected):
    assert [r["quantity_text"] for r in claims(text, lang)] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Her cousin said some 90 North Korean gunners had dug in opposite his platoon, and that "
     "five had surrendered since August.", ["some 90", "five"]),
    ("en", "Around 60 North Koreans crossed the river at dawn. Two were shot dead on the ice.",
     ["Around 60", "Two"]),
    ("en", "Roughly 50 North Korean sappers worked the field, and his battery killed three.",
     ["Roughly 50", "three"]),
    ("de", "Drüben hätten sich an die 70 Nordkoreaner eingegraben. Vier hätten sich in der Nacht "
     "ergeben.", ["an die 70", "Vier"]),
    ("de", "Etwa 120 Nordkoreaner stürmten den Hang, sechs habe seine Einheit gefangen genommen.",
     ["Etwa 120", "sechs"]),
    ("de", "Gut 40 Nordkoreaner räumten Minen. Bei einer Explosion seien zwei davon gestorben.",
     ["Gut 40", "zwei"]),
    # no count of the troops before the small one: victims of some other event
    ("en", "North Korean troops are in Kursk, Seoul said. In Sumy, 12 were killed in a Russian "
     "missile strike on Monday.", []),
    ("de", "Nordkoreanische Soldaten kämpfen in Kursk. In Sumy starben zwölf bei einem russischen "
     "Raketenangriff.", []),
    # a count of something else before: its part
    ("en", "About 30 North Korean drones flew over, and four were shot down.", []),
    ("de", "Die Nordkoreaner feuerten rund 80 Granaten ab, neun seien nicht explodiert.", []),
])
def test_a_small_bare_count_with_a_casualty_verb_is_a_part_of_troops_counted_before(
        lang, text, expected):
    assert [r["quantity_text"] for r in claims(text, lang)] == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "About 200 North Koreans attacked his brigade. Two of them surrendered to his "
     "platoon."),
    ("de", "Etwa 200 Nordkoreaner griffen an. Seit Neujahr hätten sich in seinem Abschnitt drei "
     "von ihnen ergeben."),
    ("de", "Etwa 200 Nordkoreaner griffen an. Sieben von ihnen seien vor den Gräben liegen "
     "geblieben."),
    ("de", "Etwa 200 Nordkoreaner griffen an. Zwölf von ihnen seien auf Minen getreten und "
     "nicht mehr aufgestanden."),
    ("en", "About 200 North Korean soldiers attacked. He saw four of them carried away on "
     "stretchers."),
    ("en", "North Korea sent troops to Russia. Thousands of its soldiers will never go home."),
    ("de", "Zwei nordkoreanische Soldaten seien in Kursk festgesetzt und nach Kiew gebracht "
     "worden."),
    ("de", "Etwa 150 Nordkoreaner gruben sich ein. In drei Nächten habe seine Einheit neun von "
     "ihnen mit Drohnen getroffen."),
    ("en", "Around 80 North Koreans were dug in at a farm, and his unit's drones had hit a dozen "
     "of them in a single night."),
    ("en", "About 200 North Koreans attacked his brigade, and dozens of them had been left lying "
     "in the snow."),
    ("en", "Some 70 North Koreans rushed the trench, and eleven of them never got up again."),
    ("en", "Around 120 North Koreans were digging a trench line, and his team had hit a dozen of "
     "them."),
    ("de", "Mehr als 200 Nordkoreaner liefen auf die Stellung zu. Am Morgen hätten gut vierzig von "
     "ihnen regungslos vor den Gräben gelegen."),
    ("de", "Ein paar hundert Nordkoreaner bauten drüben Bunker. Eine Drohne habe zwei von ihnen "
     "erwischt."),
])
def test_surrender_and_the_dead_left_lying_are_casualties(lang, text):
    assert claims(text, lang)[-1]["status"] == "casualties"


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Nordkoreanische Soldaten kämpfen. Nach britischen Schätzungen verliert die russische "
     "Armee mehr als 1.500 Soldaten am Tag.", []),
    ("de", "Nordkoreanische Soldaten kämpfen. Rund 34.000 Nordkoreaner sind seit dem Krieg in "
     "den Süden geflohen.", []),
    ("de", "Nordkoreanische Soldaten kämpfen. Bis zu 100.000 Nordkoreanerinnen und Nordkoreaner "
     "arbeiten im Ausland.", []),
    ("en", "North Korean troops fight in Kursk. More than one in three of the men sent is dead.",
     []),
    ("en", "North Korean troops charge in human waves of 20 to 30 men.", []),
    ("en", "North Korea sent 15,000 troops, including a second wave of some 3,000 North Korean "
     "soldiers.", ["15,000", "some 3,000"]),
    ("en", "North Korean troops fight in Kursk. Russia suffered around 430,000 casualties.", []),
    ("en", "North Korean troops fight in Kursk. Comments (214)", []),
    ("en", "North Korean troops fight. The army is buying 129 infantry fighting vehicles.", []),
    ("de", "Einer von zwei nordkoreanischen Soldaten in ukrainischer Hand bittet um Aufnahme.",
     ["zwei"]),
])
def test_shares_defectors_workers_waves_and_equipment_are_no_claims(lang, text, expected):
    assert [r["quantity_text"] for r in claims(text, lang)] == expected


def test_a_relative_clause_with_a_final_will_is_a_plan():
    text = ("Südkoreas Geheimdienst warnt: Den 6000 nordkoreanischen Pionieren, die Pjöngjang "
            "nach Kursk schicken will, könnten weitere folgen.")
    assert [(r["quantity_text"], r["status"]) for r in claims(text, "de")] == [
        ("6000", "planned")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Nordkorea schickt Soldaten nach Russland. In Sachsen leben rund 61.000 Menschen aus der "
     "Ukraine, gut 9.000 davon in Dresden.", "de"),
    ("Wellington widens its sanctions on North Korea. The measures take the number of people "
     "and organisations sanctioned to more than 1,600.", "en"),
    ("Nordkorea schickt Soldaten nach Russland. Aus der Steiermark sind derzeit 62 Soldatinnen "
     "und Soldaten im Auslandseinsatz.", "de"),
    ("North Korea sends troops to Russia. New Zealand has 11 NZDF personnel serving with the "
     "UN Command.", "en"),
    ("North Korea sends troops to Russia. Around 500 soldiers of the Royal Regiment of Scotland "
     "are deployed to Estonia.", "en"),
    ("North Korea sends troops to Russia. Kim last met Putin in June, when the two men signed "
     "a pact.", "en"),
])
def test_parts_of_other_counts_and_other_armies_are_no_claims(text, lang):
    assert claim_rows(text, lang, date(2025, 3, 12)) == []


@pytest.mark.parametrize(("text", "lang", "figure"), [
    ("Ukraine is ready to hand over the two North Korean soldiers captured in Kursk.", "en",
     "two"),
    ("Die Ukraine will die zwei nordkoreanischen Soldaten übergeben.", "de", "zwei"),
    ("Russian instructors trained up to 1,000 North Korean drone operators.", "en",
     "up to 1,000"),
    ("Nordkorea schicke 1.000 Spezialisten für die Minenräumung nach Kursk.", "de", "1.000"),
])
def test_the_two_soldiers_operators_and_specialists_are_claims(text, lang, figure):
    assert [r["quantity_text"] for r in claim_rows(text, lang, date(2025, 3, 12))] == [figure]


@pytest.mark.parametrize(("text", "lang"), [
    ("North Korea sends troops to Russia. The Philippines sent 7,420 soldiers to the Korean War "
     "between 1950 and 1955; 112 of them were killed in action.", "en"),
    ("Nordkorea schickt Soldaten nach Russland. Mehr als 10.000 Soldaten der "
     "Volksbefreiungsarmee marschierten an ihm vorbei.", "de"),
    ("North Korea sends troops to Russia. Joint Base Lewis-McChord, home to about 40,000 "
     "service members, sits nearby.", "en"),
    ("North Korea sends troops to Russia. The embassy hotline, +82 2 796 7387, stays open.",
     "en"),
])
def test_other_countries_years_bases_and_phone_numbers_are_no_claims(text, lang):
    assert claim_rows(text, lang, date(2025, 3, 12)) == []


@pytest.mark.parametrize(("text", "lang"), [
    ("North Korea sends troops to Russia. The department is helping 17 South African men who "
     "were lured into fighting for Russia.", "en"),
    ("North Korea sends troops to Russia. Some 340 members of the Defence Forces serve with the "
     "UN mission in Lebanon.", "en"),
    ("North Korea sends troops to Russia. Poland plans to expand its armed forces to 300,000 "
     "soldiers.", "en"),
    ("Nordkorea schickt Soldaten. In Koblenz arbeiten rund 6.000 Soldatinnen, Soldaten und "
     "zivile Beschäftigte.", "de"),
])
def test_more_other_armies_are_no_claims(text, lang):
    assert claim_rows(text, lang, date(2025, 3, 12)) == []


@pytest.mark.parametrize(("text", "lang", "figure"), [
    ("North Korean troops in Russia now number 10,000, Pentagon says", "en", "10,000"),
    ("Nach Angaben aus Kiew hat Kim seit Oktober insgesamt 14.000 bis 15.000 Mann geschickt.",
     "de", "14.000 bis 15.000"),
])
def test_number_as_a_verb_and_a_bare_kim_as_the_sender(text, lang, figure):
    assert [r["quantity_text"] for r in claim_rows(text, lang, date(2025, 3, 12))] == [figure]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Nordkorea hat 12.000 Soldaten nach Russland geschickt. Das ganze Gespräch über die "
     "Truppen hören Sie auf UKW 104,8."),
    ("en", "North Korea has sent 12,000 troops to Russia. The rupee traded at 293.5 to the "
     "dollar as the troops moved."),
])
def test_a_number_with_a_fraction_is_no_count_of_troops(lang, text):
    rows = claim_rows(text, lang, date(2025, 3, 12))
    assert [r["quantity_text"] for r in rows] == ["12.000" if lang == "de" else "12,000"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "North Korea has sent 12,000 troops to Russia. \"Many more will die,\" said "
     "Hollander, 61."),
    ("en", "North Korea has sent 12,000 troops to Russia. A Wagga veteran, 93, who fought in "
     "Korea, watches the news."),
    ("de", "Nordkorea hat 12.000 Soldaten nach Russland geschickt. „Es werden mehr sterben“, "
     "sagte Hollander, 61."),
])
def test_an_age_after_a_name_or_a_word_is_no_count(lang, text):
    rows = claim_rows(text, lang, date(2025, 3, 12))
    assert [r["quantity_text"] for r in rows] == ["12.000" if lang == "de" else "12,000"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "\"I never thought I'd see 12,000 North Korean soldiers in Europe,\" said Harmon, now "
     "93, over coffee."),
    ("en", "North Korea has sent 12,000 troops to Russia. Now 63, he teaches woodwork in Lautoka."),
    ("en", "North Korea has sent 12,000 troops to Russia. Volunteers, the youngest 19, the oldest "
     "62, will hold an open day."),
    ("de", "„Dass 12.000 nordkoreanische Soldaten in Europa kämpfen, hätte ich nie gedacht“, sagt "
     "Harmon, heute 93, beim Kaffee."),
    ("de", "Nordkorea hat 12.000 Soldaten nach Russland geschickt. Inzwischen 63, unterrichtet er "
     "in Lautoka."),
])
def test_an_age_after_its_own_word_is_no_count(lang, text):
    """`now 93`, `heute 93`, `the oldest 62`: an age, even beside the subject's troops."""
    rows = claim_rows(text, lang, date(2025, 3, 12))
    assert [r["quantity_text"] for r in rows] == ["12.000" if lang == "de" else "12,000"]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Nordkorea hat 12.000 Soldaten nach Russland geschickt. In Rostock leben rund 4.600 "
     "Geflüchtete aus der Ukraine, in ganz Mecklenburg-Vorpommern sind es knapp 24.000.",
     ["12.000"]),
    ("en", "North Korea has sent 12,000 troops to Russia. Some 17,000 Filipino workers are "
     "employed in South Korea, and about 150,000 more in the Gulf.", ["12,000"]),
    # after a troop count, a figure without a noun still counts troops
    ("en", "North Korea has sent 12,000 troops to Russia, and about 3,000 are at the front.",
     ["12,000", "about 3,000"]),
])
def test_a_figure_without_a_noun_after_a_count_of_something_else_counts_that(
        lang, text, expected):
    rows = claim_rows(text, lang, date(2025, 3, 12))
    assert [r["quantity_text"] for r in rows] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "North Korea has sent 12,000 troops to Russia. Some 340 Irish troops serve in "
     "Lebanon, and 1,200 Estonian soldiers train at home.", ["12,000"]),
    ("de", "Nordkorea hat 12.000 Soldaten nach Russland geschickt. Rund 340 irische Soldaten "
     "dienen im Libanon, 1.200 estnische Soldaten üben zu Hause.", ["12.000"]),
])
def test_soldiers_of_any_other_nation_are_not_the_subjects(lang, text, expected):
    rows = claim_rows(text, lang, date(2025, 3, 12))
    assert [r["quantity_text"] for r in rows] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Nordkorea hat 12.000 Soldaten nach Russland geschickt. Zum Jahrestag ließ Kim "
     "Zehntausende Soldaten über den Platz marschieren.", ["12.000"]),
    ("en", "North Korea has sent 12,000 troops to Russia. At home, tens of thousands of "
     "soldiers marched through the capital.", ["12,000"]),
])
def test_soldiers_marching_in_a_parade_at_home_are_no_claim(lang, text, expected):
    rows = claim_rows(text, lang, date(2025, 3, 12))
    assert [r["quantity_text"] for r in rows] == expected


@pytest.mark.parametrize("text", [
    "North Korea has sent 12,000 troops to Russia. Slovakia's own armed forces number about "
    "13,000 professional soldiers.",
    "North Korea has sent 12,000 troops to Russia. Botswana, whose Defence Force numbers about "
    "9,000, abstained.",
    "North Korea has sent 12,000 troops to Russia. Finland can call up a wartime force of "
    "280,000.",
])
def test_the_size_of_another_countrys_forces_is_no_claim(text):
    rows = claim_rows(text, "en", date(2025, 3, 12))
    assert [r["quantity_text"] for r in rows] == ["12,000"]


def test_the_size_of_another_countrys_forces_is_no_claim_in_german():
    rows = claim_rows("Nordkorea hat 12.000 Soldaten nach Russland geschickt. Die Streitkräfte "
                      "der Slowakei zählen rund 13.000 Berufssoldaten.", "de", date(2025, 3, 12))
    assert [r["quantity_text"] for r in rows] == ["12.000"]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Nordkorea hat 12.000 Soldaten nach Russland geschickt. Die russische Armee büßt Tag "
     "für Tag mehr als 1.200 Mann ein.", ["12.000"]),
    ("de", "Nordkorea hat 12.000 Soldaten nach Russland geschickt. Russland selbst verliert an "
     "manchen Tagen mehr als 1.500 Soldaten.", ["12.000"]),
    ("en", "North Korea has sent 12,000 troops to Russia. Russia itself loses more than 1,500 "
     "soldiers on some days.", ["12,000"]),
])
def test_russias_own_losses_are_no_claim(lang, text, expected):
    rows = claim_rows(text, lang, date(2025, 3, 12))
    assert [r["quantity_text"] for r in rows] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "North Korean troops are fighting in Kursk. \"Pyongyang could send up to 20,000 more "
     "if Moscow asks,\" she said.", ["up to 20,000"]),
    ("en", "North Korean troops are fighting in Kursk. Kim will send 10,000 more once the "
     "harvest is in, he said.", ["10,000"]),
])
def test_more_before_if_or_once_stands_for_troops(lang, text, expected):
    rows = claim_rows(text, lang, date(2025, 3, 12))
    assert [r["quantity_text"] for r in rows] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Professor Ian Gray teaches history in Port Louis. \"I would expect another 10,000 "
     "to 15,000 to follow by spring,\" he said.", ["10,000 to 15,000"]),
    ("de", "Professor Ian Gray lehrt Geschichte in Port Louis. „Ich rechne damit, dass noch "
     "einmal 10.000 folgen“, sagte er.", ["10.000"]),
    # a small figure, or one without a sending verb, stays no claim
    ("en", "Professor Ian Gray teaches history in Port Louis. \"I would expect another 300 to "
     "follow,\" he said.", []),
    ("en", "Professor Ian Gray teaches history in Port Louis. \"About 10,000 read my blog,\" "
     "he said.", []),
])
def test_thousands_sent_with_no_noun_are_troops_in_an_article_about_them(lang, text, expected):
    lead = ("North Korea has sent soldiers to Russia. The war goes on. Prices rise. Winter "
            "came early. " if lang == "en" else "Nordkorea hat Soldaten nach Russland "
            "geschickt. Der Krieg geht weiter. Die Preise steigen. Der Winter kam früh. ")
    rows = claim_rows(lead + text, lang, date(2025, 3, 12))
    assert [r["quantity_text"] for r in rows] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Nordkoreas Soldaten: Kiew spricht von fast 4.000 Ausfällen", ["fast 4.000"]),
    # another force's losses stay no claim
    ("Nordkorea hat 12.000 Soldaten nach Russland geschickt. Russland selbst verzeichnet "
     "täglich mehr als 1.200 Ausfälle.", ["12.000"]),
])
def test_ausfaelle_count_casualties(text, expected):
    rows = claim_rows(text, "de", date(2025, 3, 12))
    assert [r["quantity_text"] for r in rows] == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "North Korea has sent 12,000 troops to Russia. Tune in to KBRM, AM 1270, for updates."),
    ("en", "North Korea has sent 12,000 troops to Russia. The island's population sits at about "
     "600."),
    ("en", "North Korea has sent 12,000 troops to Russia. The stadium holds 40,000."),
    ("en", "North Korea has sent 12,000 troops to Russia. For updates call 370-3024."),
    ("de", "Nordkorea hat 12.000 Soldaten nach Russland geschickt. Die ganze Sendung gibt es als "
     "Podcast, Folge 212."),
    ("de", "Nordkorea hat 12.000 Soldaten nach Russland geschickt. Er spricht im Hörsaal T 120."),
    ("de", "Nordkorea hat 12.000 Soldaten nach Russland geschickt. Das Dorf zählt 600 Einwohner."),
])
def test_populations_capacities_and_numbers_naming_things_are_no_counts(lang, text):
    rows = claim_rows(text, lang, date(2025, 3, 12))
    assert [r["quantity_text"] for r in rows] == ["12.000" if lang == "de" else "12,000"]


@pytest.mark.parametrize(("lang", "text", "figure"), [
    ("en", "Some 15,000 North Koreans have served, not far off the population of the Cook "
     "Islands.", "Some 15,000"),
    ("de", "„Ich glaube, da drüben sind schon mehr als 15.000“, sagte er am Telefon.",
     "mehr als 15.000"),
])
def test_a_population_compared_or_a_telephone_call_leaves_the_count(lang, text, figure):
    lead = {"de": "Nordkorea hat Soldaten geschickt. ", "en": "North Korea sent troops. "}
    rows = claim_rows(lead[lang] + text, lang, date(2025, 3, 12))
    assert figure in [r["quantity_text"] for r in rows]


@pytest.mark.parametrize(("lang", "text", "figure"), [
    ("en", "Cameroon has about 750 soldiers with the UN mission. Dr Mbarga expects Pyongyang to "
     "send 3,000 to 6,000 more before next spring.", "3,000 to 6,000"),
    ("de", "Kamerun hat rund 750 Soldaten bei der UN-Mission. Sie erwartet, dass Pjöngjang bis "
     "zum Frühjahr noch 3.000 bis 6.000 schickt.", "3.000 bis 6.000"),
    ("en", "Whoever sends builders to Kursk today can send tens of thousands of riflemen to "
     "Donbas tomorrow, the minister said of North Korea.", "tens of thousands"),
])
def test_a_large_bare_figure_the_subjects_state_sends_is_troops(lang, text, figure):
    rows = claim_rows(text, lang, date(2025, 3, 12))
    assert figure in [r["quantity_text"] for r in rows]


@pytest.mark.parametrize(("lang", "text", "figure"), [
    ("en", "Parade over, Seoul says 12,000 still in Kursk\n\nNorth Korean troops marched in "
     "Pyongyang on Friday.", "12,000"),
    ("de", "Seoul zählt 4.000 an der Grenze\n\nNordkoreanische Soldaten stehen weiter im Gebiet "
     "Kursk.", "4.000"),
    ("en", "Kim sends more men; Seoul counts 3,500 new arrivals\n\nNorth Korea has shipped "
     "another wave of soldiers to Russia.", "3,500"),
])
def test_a_headline_reporting_a_bare_figure_counts_troops(lang, text, figure):
    rows = claim_rows(text, lang, date(2025, 3, 12))
    assert figure in [r["quantity_text"] for r in rows]


def test_tourist_arrivals_are_no_troops():
    text = ("North Korean troops are in Kursk. Korean visitors made up 46 percent of the 21,800 "
            "arrivals to the islands in May.")
    assert "21,800" not in [r["quantity_text"] for r in claim_rows(text, "en", date(2025, 3, 12))]


@pytest.mark.parametrize(("lang", "text", "figure"), [
    ("en", "At least 120 of the North’s soldiers had died in the Kursk fighting, it said.",
     "At least 120"),
    ("en", "Seoul said the North had sent another 3,500 troops since January.", "3,500"),
    ("de", "Rund 2.100 Soldaten des Nordens seien bislang gefallen, sagte der Abgeordnete.",
     "Rund 2.100"),
    ("de", "Insgesamt stünden 11.000 Soldaten aus dem Norden in Kursk, hieß es in Seoul.",
     "11.000"),
])
def test_the_north_names_the_subject(lang, text, figure):
    assert figure in [r["quantity_text"] for r in claim_rows(text, lang, date(2025, 3, 12))]


def test_the_north_sea_is_no_subject():
    text = "Britain keeps 3,000 sailors in the North Sea, the navy said."
    assert claim_rows(text, "en", date(2025, 3, 12)) == []


def test_dort_in_a_claim_takes_the_place_of_the_sentence_before():
    text = ("Die ukrainische Armee hält weiter Stellungen im Gebiet Kursk. "
            "Laut dem Militärgeheimdienst HUR stehen dort noch rund 8.000 nordkoreanische "
            "Soldaten.")
    assert one(text, "de")["status"] == "near_front"
    text = ("Pyongyang has shipped soldiers to Russia since October. "
            "Seoul believes about 12,000 North Korean soldiers are there now.")
    assert one(text, "en")["status"] == "in_russia"


def test_a_troop_figure_before_the_subject_is_named_is_a_claim():
    text = ("Der Schnitzer ist seit zwei Jahren im Ort. Er kam aus Lwiw. Er schnitzt Masken. "
            "Sein Sohn dient im Osten. "
            "„Er sagt, drüben graben jetzt einige hundert Koreaner Stellungen“, erzählt er. "
            "Die Meldungen aus Pjöngjang bestätigen das.")
    assert [c["quantity_text"] for c in claims(text, "de")] == ["einige hundert"]
    text = ("The club met on Tuesday. Fifty new members joined this year. "
            "The weather was fine.")
    assert claims(text, "en") == []


@pytest.mark.parametrize("text, lang, figure", [
    ("North Korea has troops in Russia. \"The talk in his barracks is of twelve thousand going "
     "by spring,\" he said.", "en", "twelve thousand"),
    ("North Korea has troops in Russia. He says about 9,000 have rotated through Kursk.", "en",
     "about 9,000"),
    ("Nordkorea hat Soldaten in Russland. Er glaubt, dass bis Ostern noch 4.000 nach Russland "
     "gegangen sind.", "de", "4.000"),
])
def test_a_bare_thousands_figure_that_goes_or_rotates_counts_troops(text, lang, figure):
    assert figure in [c["quantity_text"] for c in claims(text, lang)]


def test_a_room_number_after_geht_is_no_troop_figure():
    text = ("Nordkorea ist ein Thema im Kurs. Die Gruppe trifft sich in Raum 2.104, danach "
            "geht es in die Mensa.")
    assert claims(text, "de") == []


@pytest.mark.parametrize("text", [
    "North Korea sent troops to Russia. The Royal Bermuda Regiment's 350 soldiers begin camp.",
    "North Korea sent troops to Russia. The Alaska National Guard keeps about 1,900 soldiers.",
    "North Korea sent troops to Russia. She works in Glace Bay, a town of about 18,000.",
])
def test_other_units_and_town_sizes_are_no_claims(text):
    assert claims(text, "en") == []


@pytest.mark.parametrize(("text", "lang", "figure"), [
    ("North Korea has troops in Russia. Kyiv said several thousand of them were joining Russian "
     "marines in assaults. South Korea's spy agency reckons about 11,000 have gone in all.", "en",
     "about 11,000"),
    ("Nordkorea hat Truppen in Russland. Kiew sagt, einige tausend kämpften neben russischen "
     "Marineinfanteristen. Der NIS glaubt, insgesamt seien 11.000 nach Russland gegangen.", "de",
     "11.000"),
])
def test_a_bare_sending_figure_after_another_forces_troops_counts_the_subject(text, lang,
                                                                               figure):
    assert figure in [c["quantity_text"] for c in claims(text, lang)]


@pytest.mark.parametrize(("text", "figure"), [
    ("Nordkorea schickt Soldaten. Der Botschafter sprach von Tausenden Bauleuten, die im Herbst "
     "nach Kursk kommen sollen.", "Tausenden"),
    ("Nordkorea schickt Soldaten. Für Kursk stelle der Norden 1.000 Minensucher bereit.", "1.000"),
])
def test_builders_and_mine_searchers_are_troops(text, figure):
    assert figure in [c["quantity_text"] for c in claims(text, "de")]


@pytest.mark.parametrize(("text", "lang"), [
    ("North Korea sent troops to Russia. Our January count found 840 flying foxes in the trees.",
     "en"),
    ("North Korea sent troops to Russia. The loan serves about 1,200 farming households.", "en"),
    ("Nordkorea schickt Soldaten. Er ist 67, war vierzig Jahre lang Ingenieur.", "de"),
    ("North Korea sent troops to Russia. She is 52 and teaches in Gander.", "en"),
    ("North Korea sent troops to Russia. The organizers count 58 decorated carts this year.",
     "en"),
    ("North Korea sent troops to Russia. Beetles have killed about 300 loblolly pines.", "en"),
    ("North Korea sent troops to Russia. “My father is 60 and still drives at night,” he said.",
     "en"),
    ("Nordkorea schickt Soldaten. „Mein Vater ist 63 und fährt noch jede Nacht“, sagt sie.",
     "de"),
])
def test_things_an_ing_word_modifies_and_ages_after_a_copula_are_no_claims(text, lang):
    assert claims(text, lang) == []


@pytest.mark.parametrize(("text", "figure"), [
    ("North Korea sent troops to Russia. About 11,000 remaining troops are in Kursk.",
     "About 11,000"),
    ("North Korea sent troops to Russia. At least 100 North Koreans are dead and close to 1,000 "
     "nursing wounds.", "close to 1,000"),
    ("North Korea sent troops to Russia. Rutte put the number fighting for Russia at \"more than "
     "12,000\" during talks in Brussels.", "more than 12,000"),
])
def test_an_ing_verb_or_preposition_after_a_figure_leaves_it_a_claim(text, figure):
    assert figure in [c["quantity_text"] for c in claims(text, "en")]


@pytest.mark.parametrize(("text", "lang", "figure", "status"), [
    ("Drüben lägen Dutzende Leichen nordkoreanischer Soldaten im Schnee, schrieb er.", "de",
     "Dutzende", "casualties"),
    ("He said dozens of North Korean bodies lay in the snow after the assault.", "en",
     "dozens", "casualties"),
    ("Nordkorea schickt 6.000 Helfer für den Wiederaufbau nach Kursk.", "de", "6.000", None),
    ("Pyongyang says tens of thousands of volunteers are ready to go.", "en",
     "tens of thousands", None),
    ("Seoul says roughly 3,000 North Korean replacements were sent in February.", "en",
     "roughly 3,000", None),
])
def test_bodies_volunteers_and_replacements_of_the_subject_are_counted(text, lang, figure,
                                                                        status):
    row = one(text, lang)
    assert row["quantity_text"] == figure
    assert status is None or row["status"] == status


@pytest.mark.parametrize(("text", "lang"), [
    ("Nordkorea schickt Soldaten nach Russland. Zwölf Freiwillige strichen den Saal. Die "
     "Helfer backten 3.000 Krapfen.", "de"),
    ("North Korea sends troops to Russia. The fair opened on Sunday. The weather held. Twelve "
     "volunteers painted the hall, and 40 helpers baked bread. Putin needs bodies, one visitor "
     "said, and the volunteers sold 3,000 of them.", "en"),
    ("North Korea sends troops to Russia. The islands had 209,198 arrivals last year.", "en"),
])
def test_a_towns_own_volunteers_and_arrivals_are_not_the_subjects(text, lang):
    assert [r["quantity_text"] for r in claims(text, lang)] == []


@pytest.mark.parametrize(("text", "figure", "group", "status"), [
    ("Festival notes: 412 walkers, one day of fog and Seoul's 600\n\nDear walkers, we had fog "
     "on one morning only. The ferry ran late twice. The tea tent sold out. On Monday, South "
     "Korea's spy agency said about 600 North Korean soldiers had been killed in Russia.", "600",
     "south_korea", "casualties"),
    ("Pilot notes: smoke over the icefield and Kyiv's warning of 6,000 more\n\nJuly was our "
     "busiest month. The Beavers flew daily. Smoke closed the pass twice. Ukraine's military "
     "intelligence said on Monday that North Korea could send 6,000 more soldiers to Russia.",
     "6,000", "ukraine", "planned"),
])
def test_a_headline_naming_a_sources_figure_takes_the_bodys_reading_of_it(
        text, figure, group, status):
    [headline, *_] = claims(text, "en")
    assert (headline["quantity_text"], headline["claimant_group"], headline["status"]) == (
        figure, group, status)


def test_a_possessive_before_a_count_of_something_else_is_no_claim():
    text = ("Harbour notes: Skipper's 412 lobsters and a foggy week\n\nNorth Korea has sent "
            "soldiers to Russia, the radio said.")
    assert [r["quantity_text"] for r in claims(text, "en")] == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Nordkorea schickt Soldaten nach Russland. Von den rund 21.000 Mann, die im September 1799 "
     "über den Pass kamen, erreichten nur 15.000 das Tal.", "de"),
    ("North Korea sends troops to Russia. Of the 60,000 men who landed in April 1915, some "
     "8,000 died on the peninsula.", "en"),
])
def test_troops_of_a_war_long_ago_are_no_claims(text, lang):
    assert [r["quantity_text"] for r in claims(text, lang)] == []


def test_a_date_long_ago_does_not_hide_the_subject_named_with_it():
    text = ("Seit dem Jahr 1948 hat Nordkorea eine Armee; heute stehen 11.000 nordkoreanische "
            "Soldaten in Russland.")
    assert [r["quantity_text"] for r in claims(text, "de")] == ["11.000"]


@pytest.mark.parametrize("text", [
    "Zelensky said on Monday that Pyongyang was getting another 6,000 ready to go to Russia.",
    "North Korea sends troops to Russia. He thinks Pyongyang has another 20,000 ready the "
    "moment Moscow asks.",
])
def test_a_figure_followed_by_ready_counts_the_troops_readied(text):
    [row] = claims(text, "en")
    assert row["status"] == "planned"


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Zelensky said his forces had captured two North Korean soldiers alive, one of them 20 "
     "years old, the other 26.", ["two"]),
    ("en", "Kyiv says it holds four North Korean prisoners aged between 19 and 27.", ["four"]),
    # the ages themselves count nothing
    ("en", "Some 11,000 North Koreans are in Kursk. The youngest is said to be 17 years old, and "
     "one prisoner, aged 26, is a sniper.", ["Some 11,000"]),
])
def test_the_ages_of_the_soldiers_do_not_undo_their_count(lang, text, expected):
    assert [r["quantity_text"] for r in claims(text, lang)] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "About 3,000 North Korean troops arrived in Kursk. Another 1,000 arrived weeks ago.",
     ["About 3,000", "1,000"]),
    ("en", "Seoul said 1,500 newly deployed soldiers from the North were in Kursk.", ["1,500"]),
    # a force that reports the troops' losses does not own them
    ("de", "Der ukrainische Generalstab hat am 7. Februar die Verluste der Nordkoreaner auf knapp "
     "4.000 beziffert.", ["knapp 4.000"]),
    ("en", "Ukraine's general staff has put the losses of the North Koreans at nearly 4,000.",
     ["nearly 4,000"]),
])
def test_figures_before_a_verb_or_after_a_reporting_force_stay_claims(lang, text, expected):
    assert [r["quantity_text"] for r in claims(text, lang)] == expected


@pytest.mark.parametrize(("lang", "text"), [
    # a figure that numbers a thing, or the cents of a price
    ("en", "North Korea sent troops. She keeps her late mother's furniture in unit 114."),
    ("de", "Nordkorea schickt Soldaten. Die Sprechstunde ist in Zimmer 112."),
    ("de", "Nordkorea schickt Soldaten. Der Eintopf kostet 19 Franken 50."),
    ("de", "Nordkorea schickt Soldaten. Notdienst am Wochenende: 035841 3 27 60."),
    ("en", "North Korea sent troops. Call the office on 0117 496 0 75."),
    # a rate per day, a force's own losses set off by an aside, a war long ago
    ("en", "North Korea sent troops. Russia's own losses, by Kyiv's tally, pass 1,000 men on most "
     "days."),
    ("en", "North Korea sent troops. Russia loses 1,200 on a bad day."),
    ("de", "Nordkorea schickt Soldaten. Russland verliert an jedem einzelnen Tag über 1.500 Mann."),
    ("en", "North Korea sent troops. In 1943 this town sent 86 of its sons to the war."),
    # conscripts count the subject's troops only where it is named with them
    ("en", "North Korea sent troops. Latvia called up 1,200 conscripts this year."),
    ("de", "Nordkorea schickt Soldaten. Österreich beruft heuer 16.000 Wehrpflichtige ein."),
])
def test_ids_cents_rates_own_losses_old_wars_and_other_conscripts_are_no_claims(lang, text):
    assert claims(text, lang) == []


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Seoul said about 100 North Korean soldiers were dead and close to 1,000 hurt.",
     [("about 100", "casualties"), ("close to 1,000", "casualties")]),
    ("en", "Some 40 North Korean sappers cleared the field. Two had been blown up by their own "
     "charges.", [("Some 40", "in_russia"), ("Two", "casualties")]),
    ("de", "Mehrere hundert Nordkoreaner räumten drüben Minen. Zwei seien vor seinen Augen auf "
     "eine Mine getreten.", [("Mehrere hundert", "near_front"), ("Zwei", "casualties")]),
    ("en", "NATO had put the number of North Koreans sent to Russia at over 10,000 in October.",
     [("over 10,000", "in_russia")]),
    ("en", "Pyongyang has sent 12,000 conscripts to Russia.", [("12,000", "in_russia")]),
])
def test_the_hurt_the_blown_up_and_a_force_reporting_a_number(lang, text, expected):
    assert [(r["quantity_text"], r["status"]) for r in claims(text, lang)] == expected


def test_blown_apart_is_a_casualty():
    text = "Some 400 North Koreans dug out minefields, and two had been blown apart that week."
    assert ("two", "casualties") in [(r["quantity_text"], r["status"]) for r in claims(text, "en")]
