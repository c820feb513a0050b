import pytest

from claimtrack.sentences import normalise_space, split_sentences


def texts(text: str, lang: str = "de") -> list[str]:
    return [s.text for s in split_sentences(text, lang)]


def test_offsets_index_the_text():
    text = "Erster Satz hier. Zweiter Satz!\n\nDritter?  Vierter."
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text


def test_lines_are_sentences_and_blank_lines_paragraphs():
    text = "Schlagzeile ohne Punkt\nVorspann mit Punkt. Noch einer.\n\nAbsatz zwei."
    sents = split_sentences(text)
    assert [s.text for s in sents] == [
        "Schlagzeile ohne Punkt", "Vorspann mit Punkt.", "Noch einer.", "Absatz zwei."]
    assert [s.paragraph for s in sents] == [0, 0, 0, 1]


def test_german_ordinals_and_abbreviations_do_not_split():
    text = "Am 4. November sagte Dr. Kim, es seien ca. 300 Mann. Danach nichts."
    assert texts(text) == ["Am 4. November sagte Dr. Kim, es seien ca. 300 Mann.", "Danach nichts."]


def test_english_numbers_end_sentences_but_abbreviations_do_not():
    text = "The U.S. envoy arrived on Nov. 4. Troops numbered 12. Officials agreed."
    assert texts(text, "en") == [
        "The U.S. envoy arrived on Nov. 4.", "Troops numbered 12.", "Officials agreed."]


def test_closing_quotes_stay_with_their_sentence():
    text = "«Das ist ernst.» Er ging. „Wirklich?“ Ja."
    assert texts(text) == ["«Das ist ernst.»", "Er ging.", "„Wirklich?“", "Ja."]


def test_hard_wrapped_block_is_joined():
    text = (
        "Officials in Seoul said on Friday that roughly two thousand soldiers\n"
        "had been moved by ship to the port city, and that further transports\n"
        "were being prepared for the coming weeks, according to lawmakers.\n"
    )
    assert len(texts(text, "en")) == 1


def test_short_metadata_lines_are_not_joined():
    text = "Quelle: dpa\nveröffentlicht: 3. Mai 2025\naktualisiert: 3. Mai 2025"
    assert len(texts(text)) == 3


def test_normalise_space():
    assert normalise_space(" a\n b\t\tc ") == "a b c"


def test_a_list_of_short_lines_is_not_joined():
    text = ("Seoul (18. Oktober): rund 1.500 Soldaten in Wladiwostok\n"
            "Washington (28. Oktober): etwa 10.000 Soldaten im Osten\n"
            "Kiew (4. November): 11.000 Soldaten in der Grenzregion Kursk, so Selenskyj")
    assert len(texts(text)) == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [("a  b", "a b"), ("a\nb", "a b"), (" a b ", "a b"), ("a\u00a0b", "a b"), ("a\t b", "a b"),
     ("Rund 1.500 Soldaten.", "Rund 1.500 Soldaten."), ("  ", "")],
)
def test_normalise_space_folds_every_kind_of_white_space(text, expected):
    assert normalise_space(text) == expected


def test_end_runs_abbreviations_and_line_ends():
    text = ("Er rief: Halt!. Dann ging er. Laut Dr. Kim waren es ca. 300 Mann.\n"
            "Neue Zeile? Ja… Ende.")
    assert texts(text) == [
        "Er rief: Halt!.", "Dann ging er.", "Laut Dr. Kim waren es ca. 300 Mann.", "Neue Zeile?",
        "Ja…", "Ende."]


def test_hard_wrapped_prose_ends_sentences_across_line_breaks():
    text = (
        "Officials in Seoul said on Friday that roughly two thousand soldiers\n"
        "had been moved by ship to the port city, and that more transports were.\n"
        "They were being prepared for the coming weeks, according to lawmakers.\n"
    )
    sents = split_sentences(text, "en")
    assert [s.text.split()[-1] for s in sents] == ["were.", "lawmakers."]
    assert all(text[s.start:s.end] == s.text for s in sents)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        (" \n \n\t", []),
        ("\n\nEins.\n \n", [("Eins.", 0)]),
        ("  \n\u00a0\n  Eins. Zwei.\n\n\u3000\n\n Drei\n\n",
         [("Eins.", 0), ("Zwei.", 0), ("Drei", 1)]),
        ("Eins\n\n\n\nZwei \n \n", [("Eins", 0), ("Zwei", 1)]),
    ],
)
def test_blank_blocks_at_either_end_are_left_out(text, expected):
    assert [(s.text, s.paragraph) for s in split_sentences(text)] == expected
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text


def test_a_footnote_mark_stays_with_its_sentence_and_a_possessive_ends_one():
    text = ("They numbered 8,000.[5] NATO's count is close to Seoul's.[6] Next one. It is Kim’s. "
            "Then.")
    assert [s.text for s in split_sentences(text, "en")] == [
        "They numbered 8,000.[5]", "NATO's count is close to Seoul's.[6]", "Next one.",
        "It is Kim’s.", "Then."]



def test_a_model_number_glued_to_a_name_ends_a_german_sentence():
    text = ("Gezeigt wurde eine Rakete vom Typ Hwasong-20. In seiner Rede lobte Kim die Truppen. "
            "Vom 12.-14. Januar tagten sie.")
    assert [s.text for s in split_sentences(text, "de")] == [
        "Gezeigt wurde eine Rakete vom Typ Hwasong-20.", "In seiner Rede lobte Kim die Truppen.",
        "Vom 12.-14. Januar tagten sie."]


@pytest.mark.parametrize(("text", "lang"), [
    ("A Defense Department spokesman, speaking to reporters in Washington, said Tuesday that\n"
     "some 9,000 North Korean soldiers were in the Far East. London had\n"
     "estimated in March that about 400 of them had been killed near the border.\n", "en"),
    ("Ein Sprecher des Verteidigungsministeriums in Washington sagte am Dienstag vor der\n"
     "Presse, 9.000 nordkoreanische Soldaten seien im Fernen Osten. Das\n"
     "Außenministerium hatte im März geschätzt, dass rund 400 von ihnen gefallen seien.\n", "de"),
])
def test_prose_wrapped_by_hand_with_a_ragged_edge_is_joined(text, lang):
    assert len(texts(text, lang)) == 2  # two sentences, not three lines


def test_long_table_rows_and_list_items_are_not_joined():
    table = ("| Seoul | 18. Oktober | rund 1.500 Spezialkräfte per Schiff nach Wladiwostok\n"
             "| Washington | 28. Oktober | etwa 10.000 Soldaten im Osten Russlands stationiert\n"
             "| Kiew | 4. November | 11.000 Soldaten in der Grenzregion Kursk eingesetzt\n")
    items = ("- Seoul counted some 1,500 special forces shipped to Vladivostok in October\n"
             "- Washington put the number at about 10,000 soldiers in the east of Russia\n"
             "- Kyiv spoke of 11,000 soldiers in the Kursk border region in early November\n")
    assert len(texts(table)) == 3
    assert len(texts(items, "en")) == 3
