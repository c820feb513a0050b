from claimtrack.textmap import CleanText, TextBuilder


def test_identity_maps_every_character_to_itself():
    clean = CleanText.identity("abc def")
    assert clean.raw_span(4, 7) == (4, 7)


def test_replacements_map_to_the_whole_raw_span():
    raw = "<p>10&nbsp;000 Mann</p>"
    b = TextBuilder()
    b.add_replacement("\n\n", 0, 3)
    b.add_raw(raw, 3, 5)
    b.add_replacement("\u00a0", 5, 11)
    b.add_raw(raw, 11, 19)
    clean = b.build()
    assert clean.text == "\n\n10\u00a0000 Mann"
    a, z = clean.raw_span(2, 8)
    assert raw[a:z] == "10&nbsp;000"
    a, z = clean.raw_span(5, 8)
    assert raw[a:z] == "000"


def test_adjacent_verbatim_pieces_merge_into_one_segment():
    b = TextBuilder()
    b.add_raw("abcdef", 0, 3)
    b.add_raw("abcdef", 3, 6)
    assert len(b.build().segments) == 1


def test_select_keeps_the_map():
    raw = "keep DROP keep2"
    clean = CleanText.identity(raw).select([(0, 5), (10, 15)])
    assert clean.text == "keep keep2"
    a, z = clean.raw_span(5, 10)
    assert raw[a:z] == "keep2"


def test_select_across_replacements_keeps_every_character_mapped():
    raw = "<p>a&amp;b</p><p>cd</p>"
    b = TextBuilder()
    b.add_replacement("\n\n", 0, 3)
    b.add_raw(raw, 3, 4)
    b.add_replacement("&", 4, 9)
    b.add_raw(raw, 9, 10)
    b.add_replacement("\n\n", 10, 17)
    b.add_raw(raw, 17, 19)
    clean = b.build()
    assert clean.text == "\n\na&b\n\ncd"
    spans = [(1, 4), (4, 6), (7, 9)]
    picked = clean.select(spans)
    assert picked.text == "\na&b\ncd"
    expected = [span for a, z in spans for span in clean.char_spans()[a:z]]
    assert picked.char_spans() == expected
