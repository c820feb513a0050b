"""Tests for claimtrack.claim_dates: finding and resolving date expressions in a sentence."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from claimtrack.claim_dates import (
    DateExpr,
    easter_sunday,
    find_date_expressions,
    month_period,
    resolve_weekday,
)

WED = date(2024, 10, 23)  # publication dates used below; this one is a Wednesday
FRI = date(2024, 10, 25)
SAT = date(2024, 10, 19)
SUN = date(2024, 10, 20)
MON = date(2024, 10, 21)
JAN = date(2025, 1, 8)  # a Wednesday just after the turn of the year
D = date.fromisoformat


def only(sentence: str, published: date | None = WED, lang: str = "de") -> DateExpr:
    """The single expression found in `sentence`."""
    found = find_date_expressions(sentence, published, lang)
    assert len(found) == 1, found
    return found[0]


# --- resolve_weekday / month_period -----------------------------------------------------


@pytest.mark.parametrize(
    ("weekday", "published", "strict", "expected"),
    [
        (0, WED, False, "2024-10-21"),
        (2, WED, False, "2024-10-23"),  # same weekday: that day
        (2, WED, True, "2024-10-16"),  # same weekday, strictly before: a week earlier
        (3, WED, False, "2024-10-17"),
        (3, WED, True, "2024-10-17"),
        (6, D("2025-01-02"), False, "2024-12-29"),  # across the year boundary
    ],
)
def test_resolve_weekday(weekday: int, published: date, strict: bool, expected: str) -> None:
    assert resolve_weekday(weekday, published, strictly_before=strict) == D(expected)


@pytest.mark.parametrize(
    ("month", "published", "part", "strict", "expected"),
    [
        (10, WED, None, False, ("2024-10-01", "2024-10-31")),
        (9, WED, "early", False, ("2024-09-01", "2024-09-10")),
        (9, WED, "mid", False, ("2024-09-11", "2024-09-20")),
        (9, WED, "late", False, ("2024-09-21", "2024-09-30")),
        (11, WED, None, False, ("2023-11-01", "2023-11-30")),  # after the publication month
        (10, WED, None, True, ("2023-10-01", "2023-10-31")),
        (2, D("2024-03-05"), "late", False, ("2024-02-21", "2024-02-29")),  # leap year
        (12, JAN, None, False, ("2024-12-01", "2024-12-31")),
    ],
)
def test_month_period(
    month: int, published: date, part: str | None, strict: bool, expected: tuple[str, str]
) -> None:
    period = month_period(month, published, part, strictly_before=strict)
    assert period == (D(expected[0]), D(expected[1]))


# --- weekdays ---------------------------------------------------------------------------

WEEKDAY_CASES = [
    # (lang, published, sentence, expression text, date)
    ("de", WED, "Der Minister äußerte sich am Dienstag in Berlin.", "am Dienstag", "2024-10-22"),
    ("de", WED, "Die Sprecherin sagte am Mittwoch, man prüfe das.", "am Mittwoch", "2024-10-23"),
    ("de", WED, "Am vergangenen Mittwoch hatte das Amt gewarnt.", "Am vergangenen Mittwoch",
     "2024-10-16"),
    ("de", WED, "Am letzten Freitag nannte die Behörde Zahlen.", "Am letzten Freitag",
     "2024-10-18"),
    ("de", WED, "Vergangenen Donnerstag klang das noch anders.", "Vergangenen Donnerstag",
     "2024-10-17"),
    ("de", WED, "Die Nachricht kam am Freitagabend aus Seoul.", "am Freitagabend", "2024-10-18"),
    ("de", WED, "Freitagmorgen bestätigte ein Sprecher die Angaben.", "Freitagmorgen",
     "2024-10-18"),
    ("de", WED, "Samstag früh wurde die Grenze geschlossen.", "Samstag früh", "2024-10-19"),
    ("de", WED, "Am Sonnabend tagte der Rat.", "Am Sonnabend", "2024-10-19"),
    ("de", WED, "In der Nacht zum Sonntag landeten Flugzeuge.", "In der Nacht zum Sonntag",
     "2024-10-20"),
    ("de", WED, "In der Nacht zu Sonntag landeten Flugzeuge.", "In der Nacht zu Sonntag",
     "2024-10-20"),
    ("de", WED, "In der Nacht auf Montag fuhren Züge los.", "In der Nacht auf Montag",
     "2024-10-21"),
    ("de", WED, "Es geschah in der Nacht von Samstag auf Sonntag.",
     "in der Nacht von Samstag auf Sonntag", "2024-10-20"),
    ("de", WED, "Das erklärte der Gesandte am Montag (Ortszeit) in New York.",
     "am Montag (Ortszeit)", "2024-10-21"),
    ("de", WED, "Montag wurde bekannt, dass weitere Einheiten folgen.", "Montag", "2024-10-21"),
    ("de", WED, "Am heutigen Mittwoch tagt der Ausschuss.", "Am heutigen Mittwoch",
     "2024-10-23"),
    ("de", WED, "Am gestrigen Dienstag tagte der Ausschuss.", "Am gestrigen Dienstag",
     "2024-10-22"),
    ("de", FRI, "Das Ministerium teilte am Freitag mit, es gebe Belege.", "am Freitag",
     "2024-10-25"),
    ("de", FRI, "Das Ministerium teilte vergangenen Freitag mit, es gebe Belege.",
     "vergangenen Freitag", "2024-10-18"),
    ("de", D("2025-01-02"), "Der Bericht erschien am Montag.", "am Montag", "2024-12-30"),
    ("en", WED, "The ministry said on Tuesday that it had evidence.", "on Tuesday",
     "2024-10-22"),
    ("en", WED, "Officials confirmed on Wednesday that units had moved.", "on Wednesday",
     "2024-10-23"),
    ("en", WED, "Last Wednesday the agency issued a warning.", "Last Wednesday", "2024-10-16"),
    ("en", WED, "The statement came on Friday night.", "on Friday night", "2024-10-18"),
    ("en", WED, "Monday's briefing added detail.", "Monday's", "2024-10-21"),
    ("en", WED, "Sunday saw more flights, a spokesman said.", "Sunday", "2024-10-20"),
    ("en", WED, "The figure was given late on Thursday.", "late on Thursday", "2024-10-17"),
    ("en", WED, "This past Saturday the envoy spoke.", "This past Saturday", "2024-10-19"),
    ("en", FRI, "Intelligence officials said last Friday that troops had left.", "last Friday",
     "2024-10-18"),
    ("en", FRI, "Intelligence officials said on Friday that troops had left.", "on Friday",
     "2024-10-25"),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "text", "expected"), WEEKDAY_CASES)
def test_weekdays(lang: str, published: date, sentence: str, text: str, expected: str) -> None:
    expr = only(sentence, published, lang)
    assert (expr.text, expr.date, expr.precision, expr.relative) == (text, D(expected), "day", True)
    assert expr.date_from == expr.date_to == expr.date


# --- today, yesterday, … ago ------------------------------------------------------------

DAY_CASES = [
    ("de", "Heute legt das Amt einen Bericht vor.", "Heute", "2024-10-23"),
    ("de", "Das Amt hat heute einen Bericht vorgelegt.", "heute", "2024-10-23"),
    ("de", "Am heutigen Tag tritt der Rat zusammen.", "Am heutigen Tag", "2024-10-23"),
    ("de", "Der Sprecher sagte gestern, es gebe Hinweise.", "gestern", "2024-10-22"),
    ("de", "Gestern Abend kamen neue Zahlen.", "Gestern Abend", "2024-10-22"),
    ("de", "Vorgestern war davon keine Rede.", "Vorgestern", "2024-10-21"),
    ("de", "Die Behörde meldete vor zwei Tagen neue Zahlen.", "vor zwei Tagen", "2024-10-21"),
    ("de", "Vor 3 Tagen hieß es noch anders.", "Vor 3 Tagen", "2024-10-20"),
    ("de", "Vor einer Woche hatte Seoul gewarnt.", "Vor einer Woche", "2024-10-16"),
    ("en", "Today the agency published a report.", "Today", "2024-10-23"),
    ("en", "The agency said yesterday that it had evidence.", "yesterday", "2024-10-22"),
    ("en", "The day before yesterday nobody mentioned it.", "The day before yesterday",
     "2024-10-21"),
    ("en", "Officials said last night that ships had docked.", "last night", "2024-10-22"),
    ("en", "The ministry said two days ago that troops had left.", "two days ago", "2024-10-21"),
    ("en", "It was announced 3 days ago.", "3 days ago", "2024-10-20"),
    ("en", "Seoul warned a week ago that more would follow.", "a week ago", "2024-10-16"),
]


@pytest.mark.parametrize(("lang", "sentence", "text", "expected"), DAY_CASES)
def test_relative_days(lang: str, sentence: str, text: str, expected: str) -> None:
    expr = only(sentence, WED, lang)
    assert (expr.text, expr.date, expr.precision, expr.relative) == (text, D(expected), "day", True)


# --- weeks, weekends, months (periods) --------------------------------------------------

PERIOD_CASES = [
    # (lang, published, sentence, text, date, date_from, date_to, precision)
    ("de", WED, "Vergangene Woche nannte Seoul eine Zahl.", "Vergangene Woche",
     "2024-10-20", "2024-10-14", "2024-10-20", "week"),
    ("de", WED, "Das hatte er letzte Woche erklärt.", "letzte Woche",
     "2024-10-20", "2024-10-14", "2024-10-20", "week"),
    ("de", WED, "In der vergangenen Woche meldete Kiew neue Funde.", "In der vergangenen Woche",
     "2024-10-20", "2024-10-14", "2024-10-20", "week"),
    ("de", WED, "Schon vorige Woche war davon die Rede.", "vorige Woche",
     "2024-10-20", "2024-10-14", "2024-10-20", "week"),
    ("de", WED, "In der Vorwoche klang das anders.", "In der Vorwoche",
     "2024-10-20", "2024-10-14", "2024-10-20", "week"),
    ("de", WED, "Ende vergangener Woche hieß es, weitere folgten.", "Ende vergangener Woche",
     "2024-10-20", "2024-10-17", "2024-10-20", "week"),
    ("de", WED, "Diese Woche legte das Amt nach.", "Diese Woche",
     "2024-10-23", "2024-10-21", "2024-10-27", "week"),
    # the start of a week is Monday and Tuesday (Wednesday is `Mitte der Woche`)
    ("de", WED, "Anfang der Woche hatte das Amt gewarnt.", "Anfang der Woche",
     "2024-10-22", "2024-10-21", "2024-10-22", "week"),
    ("de", WED, "Zu Beginn der Woche hatte das Amt gewarnt.", "Zu Beginn der Woche",
     "2024-10-22", "2024-10-21", "2024-10-22", "week"),
    ("de", MON, "Vergangene Woche nannte Seoul eine Zahl.", "Vergangene Woche",
     "2024-10-20", "2024-10-14", "2024-10-20", "week"),
    ("de", JAN, "Vergangene Woche nannte Seoul eine Zahl.", "Vergangene Woche",
     "2025-01-05", "2024-12-30", "2025-01-05", "week"),
    ("de", WED, "Vor drei Wochen war davon nichts bekannt.", "Vor drei Wochen",
     "2024-10-02", "2024-09-29", "2024-10-05", "week"),
    ("de", WED, "Am Wochenende wurden Konvois gesichtet.", "Am Wochenende",
     "2024-10-20", "2024-10-19", "2024-10-20", "week"),
    ("de", WED, "Übers Wochenende kamen weitere Meldungen.", "Übers Wochenende",
     "2024-10-20", "2024-10-19", "2024-10-20", "week"),
    ("de", SAT, "Am Wochenende wurden Konvois gesichtet.", "Am Wochenende",
     "2024-10-19", "2024-10-19", "2024-10-20", "week"),
    ("de", SUN, "Am vergangenen Wochenende wurden Konvois gesichtet.",
     "Am vergangenen Wochenende", "2024-10-13", "2024-10-12", "2024-10-13", "week"),
    ("de", WED, "Ende vergangenen Monats meldete Seoul erste Hinweise.",
     "Ende vergangenen Monats", "2024-09-30", "2024-09-21", "2024-09-30", "month"),
    ("de", WED, "Im vergangenen Monat gab es erste Berichte.", "Im vergangenen Monat",
     "2024-09-30", "2024-09-01", "2024-09-30", "month"),
    ("de", WED, "Letzten Monat gab es erste Berichte.", "Letzten Monat",
     "2024-09-30", "2024-09-01", "2024-09-30", "month"),
    ("de", WED, "Im Vormonat gab es erste Berichte.", "Im Vormonat",
     "2024-09-30", "2024-09-01", "2024-09-30", "month"),
    ("de", WED, "Anfang des Monats gab es erste Berichte.", "Anfang des Monats",
     "2024-10-10", "2024-10-01", "2024-10-10", "month"),
    ("de", JAN, "Vergangenen Monat gab es erste Berichte.", "Vergangenen Monat",
     "2024-12-31", "2024-12-01", "2024-12-31", "month"),
    ("en", WED, "Officials said last week that troops had arrived.", "last week",
     "2024-10-20", "2024-10-14", "2024-10-20", "week"),
    # earlier this week: before the day of publication
    ("en", WED, "Earlier this week the agency revised its figure.", "Earlier this week",
     "2024-10-22", "2024-10-21", "2024-10-22", "week"),
    ("en", WED, "Late last week a convoy was seen.", "Late last week",
     "2024-10-20", "2024-10-17", "2024-10-20", "week"),
    ("en", WED, "Early last week a convoy was seen.", "Early last week",
     "2024-10-15", "2024-10-14", "2024-10-15", "week"),
    ("en", WED, "Over the past week more units moved.", "Over the past week",
     "2024-10-23", "2024-10-17", "2024-10-23", "week"),
    ("en", WED, "Three weeks ago nothing was known.", "Three weeks ago",
     "2024-10-02", "2024-09-29", "2024-10-05", "week"),
    ("en", WED, "Convoys were seen over the weekend.", "over the weekend",
     "2024-10-20", "2024-10-19", "2024-10-20", "week"),
    ("en", MON, "Convoys were seen last weekend.", "last weekend",
     "2024-10-20", "2024-10-19", "2024-10-20", "week"),
    ("en", WED, "The agency first reported it last month.", "last month",
     "2024-09-30", "2024-09-01", "2024-09-30", "month"),
    ("en", WED, "Earlier this month the agency reported it.", "Earlier this month",
     "2024-10-23", "2024-10-01", "2024-10-31", "month"),
    ("en", WED, "At the end of last month it reported more.", "At the end of last month",
     "2024-09-30", "2024-09-21", "2024-09-30", "month"),
    ("en", JAN, "The agency first reported it last month.", "last month",
     "2024-12-31", "2024-12-01", "2024-12-31", "month"),
    ("en", JAN, "The agency said late last year that more had come.", "late last year",
     "2024-12-31", "2024-11-01", "2024-12-31", "month"),
    ("de", JAN, "Der Dienst sagte Ende vergangenen Jahres, es kämen mehr.",
     "Ende vergangenen Jahres", "2024-12-31", "2024-11-01", "2024-12-31", "month"),
    ("de", WED, "Anfang des Jahres hieß es noch anders.", "Anfang des Jahres",
     "2024-02-29", "2024-01-01", "2024-02-29", "month"),
    ("en", WED, "At the end of last year it reported more.", "At the end of last year",
     "2023-12-31", "2023-11-01", "2023-12-31", "month"),
]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Last year it reported more."),
    ("en", "In the past year it reported more."),
    ("en", "By the end of the year it will report more."),
    ("de", "Bis Ende des Jahres kommen mehr."),
    ("de", "Seit Anfang des Jahres kamen mehr."),
    ("de", "Im Jahr 2023 kamen mehr."),
    ("de", "Pro Jahr kommen mehr."),
    ("en", "A 20-year-old soldier and others died years ago."),
])
def test_a_year_without_a_past_part_dates_nothing(lang: str, sentence: str) -> None:
    assert [e for e in find_date_expressions(sentence, WED, lang) if "ahr" in e.text
            or "ear" in e.text] == []


@pytest.mark.parametrize(
    ("lang", "published", "sentence", "text", "day", "date_from", "date_to", "precision"),
    PERIOD_CASES,
)
def test_periods(
    lang: str, published: date, sentence: str, text: str, day: str, date_from: str,
    date_to: str, precision: str,
) -> None:
    expr = only(sentence, published, lang)
    assert expr.text == text
    assert (expr.date, expr.date_from, expr.date_to) == (D(day), D(date_from), D(date_to))
    assert (expr.precision, expr.relative) == (precision, True)


def test_vague_ago_is_a_period_before_publication() -> None:
    de = only("Vor wenigen Tagen hieß es noch anders.", WED, "de")
    en = only("A few days ago it was different.", WED, "en")
    for expr in (de, en):
        assert expr.precision == "week"
        assert expr.date_from < expr.date <= expr.date_to < WED


# --- month names --------------------------------------------------------------------------

MONTH_CASES = [
    # (lang, published, sentence, text, date_from, date_to); date = min(date_to, published)
    ("de", WED, "Im Oktober wurden erste Einheiten verlegt.", "Im Oktober",
     "2024-10-01", "2024-10-31"),
    ("de", WED, "Anfang Oktober wurden erste Einheiten verlegt.", "Anfang Oktober",
     "2024-10-01", "2024-10-10"),
    ("de", WED, "Mitte Oktober wurden erste Einheiten verlegt.", "Mitte Oktober",
     "2024-10-11", "2024-10-20"),
    ("de", WED, "Ende Oktober wurden erste Einheiten verlegt.", "Ende Oktober",
     "2024-10-21", "2024-10-31"),
    ("de", WED, "Ende September begann die Verlegung.", "Ende September",
     "2024-09-21", "2024-09-30"),
    ("de", WED, "Schon im Juni war ein Vertrag geschlossen worden.", "im Juni",
     "2024-06-01", "2024-06-30"),
    ("de", WED, "Im November hatte es erste Gerüchte gegeben.", "Im November",
     "2023-11-01", "2023-11-30"),  # after the publication month: last year's
    ("de", WED, "Im vergangenen Oktober gab es erste Gerüchte.", "Im vergangenen Oktober",
     "2023-10-01", "2023-10-31"),
    ("de", WED, "Im Jänner war davon keine Rede.", "Im Jänner", "2024-01-01", "2024-01-31"),
    ("de", WED, "Anfang Feber war davon keine Rede.", "Anfang Feber", "2024-02-01", "2024-02-10"),
    ("de", WED, "Im März war davon keine Rede.", "Im März", "2024-03-01", "2024-03-31"),
    ("de", WED, "Im Maerz war davon keine Rede.", "Im Maerz", "2024-03-01", "2024-03-31"),
    ("de", WED, "Seit Mai trainieren Soldaten dort.", "Seit Mai", "2024-05-01", "2024-05-31"),
    ("de", WED, "Anfang Mai trainierten Soldaten dort.", "Anfang Mai",
     "2024-05-01", "2024-05-10"),
    ("de", WED, "Im Oktober 2023 trainierten Soldaten dort.", "Im Oktober 2023",
     "2023-10-01", "2023-10-31"),
    ("de", WED, "Mai 2024 war ein ruhiger Monat.", "Mai 2024", "2024-05-01", "2024-05-31"),
    ("de", JAN, "Im Dezember begannen die Flüge.", "Im Dezember", "2024-12-01", "2024-12-31"),
    ("de", JAN, "Ende Dezember begannen die Flüge.", "Ende Dezember",
     "2024-12-21", "2024-12-31"),
    ("de", JAN, "Im Januar begannen die Flüge.", "Im Januar", "2025-01-01", "2025-01-31"),
    ("en", WED, "In October the first units moved.", "In October", "2024-10-01", "2024-10-31"),
    ("en", WED, "In early November the first units moved.", "In early November",
     "2023-11-01", "2023-11-10"),
    ("en", WED, "By mid-September the first units had moved.", None, None, None),
    ("en", WED, "The first units moved in mid-September.", "in mid-September",
     "2024-09-11", "2024-09-20"),
    ("en", WED, "The first units moved in late September.", "in late September",
     "2024-09-21", "2024-09-30"),
    ("en", WED, "The first units moved at the end of August.", "at the end of August",
     "2024-08-21", "2024-08-31"),
    ("en", WED, "A deal was signed in May.", "in May", "2024-05-01", "2024-05-31"),
    ("en", WED, "Talks began in early May.", "in early May", "2024-05-01", "2024-05-10"),
    ("en", WED, "Talks began last May.", "last May", "2024-05-01", "2024-05-31"),
    ("en", WED, "Talks began in March.", "in March", "2024-03-01", "2024-03-31"),
    ("en", WED, "Talks began last October.", "last October", "2023-10-01", "2023-10-31"),
    ("en", WED, "Talks began in September 2024.", "in September 2024",
     "2024-09-01", "2024-09-30"),
]


@pytest.mark.parametrize(
    ("lang", "published", "sentence", "text", "date_from", "date_to"), MONTH_CASES
)
def test_month_names(
    lang: str, published: date, sentence: str, text: str | None, date_from: str | None,
    date_to: str | None,
) -> None:
    found = find_date_expressions(sentence, published, lang)
    if text is None:
        assert found == []
        return
    (expr,) = found
    assert (expr.text, expr.precision, expr.relative) == (text, "month", False)
    assert (expr.date_from, expr.date_to) == (D(date_from), D(date_to))
    assert expr.date == min(D(date_to), published)


def test_month_part_after_publication_is_future() -> None:
    assert find_date_expressions("Ende Oktober sollen sie an der Front sein.",
                                 D("2024-10-15"), "de") == []


# --- calendar dates -----------------------------------------------------------------------

CALENDAR_CASES = [
    ("de", WED, "Am 22. Oktober 2024 nannte Seoul eine Zahl.", "Am 22. Oktober 2024",
     "2024-10-22"),
    ("de", WED, "Seoul nannte am 21. Oktober eine Zahl.", "am 21. Oktober", "2024-10-21"),
    ("de", WED, "Der Bericht vom 24. Oktober nennt eine Zahl.", "24. Oktober", "2024-10-24"),
    ("de", WED, "Der Bericht vom 30. Oktober nennt eine Zahl.", "30. Oktober", "2023-10-30"),
    ("de", WED, "Die Zahl stammt vom 21.10.2024.", "21.10.2024", "2024-10-21"),
    ("de", WED, "Die Zahl stammt vom 21.10.24.", "21.10.24", "2024-10-21"),
    ("de", WED, "Die Angaben vom 21.10. wurden bestätigt.", "21.10.", "2024-10-21"),
    ("de", WED, "Am 3.10. wurde es bestätigt.", "Am 3.10.", "2024-10-03"),
    ("de", WED, "Das Treffen am 3. Mai blieb folgenlos.", "am 3. Mai", "2024-05-03"),
    ("de", WED, "Die Liste vom 2. Jänner 2024 nennt Namen.", "2. Jänner 2024", "2024-01-02"),
    ("de", WED, "Am Freitag, 18. Oktober, wurde es bestätigt.", "Am Freitag, 18. Oktober",
     "2024-10-18"),
    ("de", WED, "Am Freitag, den 18. Oktober wurde es bestätigt.",
     "Am Freitag, den 18. Oktober", "2024-10-18"),
    ("de", JAN, "Am 30. Dezember wurde es bestätigt.", "Am 30. Dezember", "2024-12-30"),
    ("de", JAN, "Am 30.12. wurde es bestätigt.", "Am 30.12.", "2024-12-30"),
    ("en", WED, "On October 21, 2024, Seoul gave a figure.", "On October 21, 2024", "2024-10-21"),
    ("en", WED, "Seoul gave a figure on Oct. 21.", "on Oct. 21", "2024-10-21"),
    ("en", WED, "Seoul gave a figure on Oct 21.", "on Oct 21", "2024-10-21"),
    ("en", WED, "Seoul gave a figure on 21 October 2024.", "on 21 October 2024", "2024-10-21"),
    ("en", WED, "Seoul gave a figure on the 21st of October.", "on the 21st of October",
     "2024-10-21"),
    ("en", WED, "Seoul gave a figure on Sept. 30.", "on Sept. 30", "2024-09-30"),
    ("en", WED, "A report dated 2024-10-21 gave a figure.", "2024-10-21", "2024-10-21"),
    ("en", WED, "Officials met on May 5.", "on May 5", "2024-05-05"),
    ("en", WED, "Officials met on 5 May.", "on 5 May", "2024-05-05"),
    ("en", WED, "Officials met on Friday, Oct. 18.", "on Friday, Oct. 18", "2024-10-18"),
    ("en", D("2025-01-02"), "Officials met on Dec. 31.", "on Dec. 31", "2024-12-31"),
    ("de", WED, "Ein Video vom October 20, 2024 zeigt Soldaten.", "October 20, 2024",
     "2024-10-20"),  # English date quoted in a German article
]


@pytest.mark.parametrize(("lang", "published", "sentence", "text", "expected"), CALENDAR_CASES)
def test_calendar_dates(
    lang: str, published: date, sentence: str, text: str, expected: str
) -> None:
    expr = only(sentence, published, lang)
    assert (expr.text, expr.date, expr.precision, expr.relative) == (
        text, D(expected), "day", False)


@pytest.mark.parametrize(
    ("sentence", "text", "date_from", "date_to"),
    [
        ("Im Oktober 2024 wurden sie verlegt.", "Im Oktober 2024", "2024-10-01", "2024-10-31"),
        ("They moved in October 2024.", "in October 2024", "2024-10-01", "2024-10-31"),
    ],
)
def test_month_and_year_is_month_precision(
    sentence: str, text: str, date_from: str, date_to: str
) -> None:
    expr = only(sentence, WED, "en")
    assert (expr.text, expr.precision) == (text, "month")
    assert (expr.date_from, expr.date_to, expr.date) == (D(date_from), D(date_to), WED)


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("Vom 14. bis 16. Oktober wurden Schiffe beobachtet.", ["bis 16. Oktober"]),
        ("Von Montag bis Dienstag wurden Schiffe beobachtet.", ["Montag", "bis Dienstag"]),
    ],
)
def test_bis_closing_a_range_is_not_future(sentence: str, texts: list[str]) -> None:
    assert [e.text for e in find_date_expressions(sentence, WED, "de")] == texts


def test_german_month_before_number_is_no_day_date() -> None:
    expr = only("Im Oktober 3 Brigaden zu verlegen, wäre schwierig.", WED, "de")
    assert (expr.text, expr.precision) == ("Im Oktober", "month")


def test_calendar_date_after_publication_is_not_returned() -> None:
    assert find_date_expressions("Am 5. November 2024 soll es losgehen.", WED, "de") == []
    assert find_date_expressions("It starts on November 5, 2024.", WED, "en") == []


# --- without a publication date ------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "sentence", "texts"),
    [
        ("de", "Am 22. Oktober 2024 und am Freitag sprach er.", ["Am 22. Oktober 2024"]),
        ("de", "Am 22. Oktober und gestern sprach er.", []),
        ("de", "Im Oktober 2024, nicht im September, sprach er.", ["Im Oktober 2024"]),
        ("de", "Vergangene Woche und vor zwei Tagen sprach er.", []),
        ("en", "On 2024-10-21, not last week, he spoke.", ["On 2024-10-21"]),
        ("en", "Yesterday, on Oct. 21, he spoke.", []),
    ],
)
def test_without_publication_date_only_dates_with_a_year(
    lang: str, sentence: str, texts: list[str]
) -> None:
    assert [e.text for e in find_date_expressions(sentence, None, lang)] == texts


def test_relative_expression_without_publication_date_blocks_its_words() -> None:
    # `am vergangenen Freitag` must not leave `Freitag` or `vergangenen` behind
    assert find_date_expressions("Am vergangenen Freitag sprach er.", None, "de") == []


# --- future-looking expressions -------------------------------------------------------------

FUTURE_CASES = [
    ("de", WED, "Am kommenden Montag soll der Rat tagen."),
    ("de", WED, "Nächsten Dienstag soll der Rat tagen."),
    ("de", WED, "Bis Freitag soll die Liste vorliegen."),
    ("de", WED, "Ab Montag gelten neue Regeln."),
    ("de", WED, "Nächste Woche soll der Rat tagen."),
    ("de", WED, "In der kommenden Woche soll der Rat tagen."),
    ("de", WED, "Nächsten Monat soll der Rat tagen."),
    ("de", WED, "Bis Ende Oktober sollen alle eintreffen."),
    ("de", WED, "Am nächsten Wochenende soll der Rat tagen."),
    ("de", WED, "Bis zum 30. Oktober sollen alle eintreffen."),
    ("de", MON, "Ende der Woche soll der Rat tagen."),
    ("en", WED, "The council meets next Monday."),
    ("en", WED, "The list is due by Friday."),
    ("en", WED, "Talks continue until Thursday."),
    ("en", WED, "The council meets this coming Sunday."),
    ("en", WED, "The council meets next week."),
    ("en", WED, "The council meets later this week."),
    ("en", WED, "The council meets next month."),
    ("en", WED, "All should arrive by the end of October."),
    ("en", WED, "The council meets next weekend."),
]


@pytest.mark.parametrize(("lang", "published", "sentence"), FUTURE_CASES)
def test_future_expressions_give_nothing(lang: str, published: date, sentence: str) -> None:
    assert find_date_expressions(sentence, published, lang) == []


# --- not dates ------------------------------------------------------------------------------

NEGATIVE_CASES = [
    ("de", "Die Truppen, die mit so viel Material kamen, blieben."),
    ("de", "Im 21. Jahrhundert ist das eine Ausnahme."),
    ("de", "Seit 2019 gibt es Gespräche, im Jahr 2022 begann der Krieg."),
    ("de", "Die Meldung kam um 13:58 Uhr."),
    ("de", "Rund 1.500 Soldaten, 12.000 Mann und 10'000 Kämpfer."),
    ("de", "Die Montagsdemo fand montags statt."),
    ("de", "Der Karfreitagsgottesdienst und der Ostermontagsmarsch fielen aus."),
    ("de", "Der Politiker sagte der Welt am Sonntag, er sei besorgt."),
    ("de", "Karl Mai sagte, die Lage sei ernst."),
    ("de", "Ihr Sohn ruft jeden Sonntag aus der Kaserne an."),
    ("de", "Die Gemeinde trifft sich an jedem Dienstagabend im Saal."),
    ("de", "In der Woche arbeiten viele im Büro."),
    ("de", "In den vergangenen Wochen kamen Tausende."),
    ("de", "Das Heute-Journal berichtete ausführlich."),
    ("de", "Der Bundestag debattierte über den Vertrag."),
    ("en", "The troops may return to the front."),
    ("en", "May they return safely, the minister said."),
    ("en", "The March on Rome is a historical reference."),
    ("en", "Soldiers march on through the night."),
    ("en", "Shoppers crowded stores on Black Friday."),
    ("en", "He told the Mail on Sunday that he was worried."),
    ("en", "He told the Sunday Times that he was worried."),
    ("en", "She rings her brother every Sunday from the farm."),
    ("en", "Each Monday morning the council posts the ferry times."),
    ("en", "He told USA Today that he was worried."),
    ("en", "In recent weeks thousands have arrived."),
    ("en", "The Pentagon gave no figure in 2019."),
    ("en", "Weekly reports and monthly figures vary."),
]


@pytest.mark.parametrize(("lang", "sentence"), NEGATIVE_CASES)
def test_not_dates(lang: str, sentence: str) -> None:
    assert find_date_expressions(sentence, WED, lang) == []


# --- several expressions, spans, languages --------------------------------------------------


def test_several_expressions_in_text_order_with_exact_spans() -> None:
    sentence = ("Am Montag sagte der Sprecher, vergangene Woche seien 3.000 Soldaten "
                "eingetroffen, Anfang Oktober erst 1.500.")
    found = find_date_expressions(sentence, WED, "de")
    assert [e.text for e in found] == ["Am Montag", "vergangene Woche", "Anfang Oktober"]
    for expr in found:
        assert sentence[expr.start:expr.end] == expr.text
    assert [e.start for e in found] == sorted(e.start for e in found)


def test_relative_vocabulary_follows_the_language() -> None:
    assert find_date_expressions("Er sprach am Montag.", WED, "en") == []
    assert find_date_expressions("He spoke on Monday.", WED, "de") == []
    both = find_date_expressions("Er sprach am Montag, he said on Tuesday.", WED, "fr")
    assert [e.date for e in both] == [D("2024-10-21"), D("2024-10-22")]


def test_datetime_publication_is_accepted() -> None:
    expr = only("Er sprach am Montag.", datetime(2024, 10, 23, 13, 58), "de")
    assert expr.date == D("2024-10-21")


@pytest.mark.parametrize(("lang", "sentence", "text", "expected"), [
    ("de", "Er sagte am 5.10. in Kiew, es seien 3.000.", "am 5.10.", "2024-10-05"),
    ("de", "Am 05.10.2024 teilte der Dienst mit, 12.000 seien dort.", "Am 05.10.2024",
     "2024-10-05"),
    ("de", "Am 4.Okt. hieß es, 1.500 seien verlegt.", "Am 4.Okt.", "2024-10-04"),
    ("de", "Stand 2024-10-05: rund 10.000 Mann.", "2024-10-05", "2024-10-05"),
    ("en", "On the 3rd of October, he said 2,000 had left.", "On the 3rd of October",
     "2024-10-03"),
    ("en", "Officials said on 4 Oct that 8,000 had arrived.", "on 4 Oct", "2024-10-04"),
])
def test_calendar_dates_at_numbers_of_every_shape(
    lang: str, sentence: str, text: str, expected: str
) -> None:
    """The calendar patterns are tried only at numbers shaped like a date's start: each shape."""
    expr = only(sentence, WED, lang)
    assert (expr.text, expr.date, expr.precision) == (text, D(expected), "day")


@pytest.mark.parametrize(("lang", "sentence"), [
    ("de", "Rund 3.000 Soldaten, 12,5 Prozent und 2024 Tote."),
    ("de", "Von 1.500 auf 11.000 stieg die Zahl, bei 3 zu 1."),
    ("en", "Some 12,000 troops, 3.5 percent, 1,500 more and 2024 dead."),
])
def test_numbers_not_shaped_like_dates_give_no_date(lang: str, sentence: str) -> None:
    assert find_date_expressions(sentence, WED, lang) == []


def test_head_tries_match_what_the_word_alternations_match():
    """The head scans are prefix tries: same matches as the longest-first word alternation."""
    import re

    from claimtrack import claim_dates

    for groups in claim_dates._GROUPS.values():
        for group in groups:
            words = claim_dates._head_words(group.rules)
            plain = re.compile(claim_dates._alternation(words))
            text = " ".join(words) + " " + "".join(words) + " Sept. Septembers Mayor last  night"
            assert [m.span() for m in group.heads.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ]


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    ("The agency said on 28/11/2024 that more had come.", date(2025, 3, 12), "2024-11-28"),
    ("The agency said on 11/28/2024 that more had come.", date(2025, 3, 12), "2024-11-28"),
    ("The agency said on 12/11/2024 that more had come.", date(2025, 3, 12), "2024-12-11"),
    ("The agency said on 3/4/2025 that more had come.", date(2025, 3, 12), "2025-03-04"),
])
def test_slashed_dates_take_the_valid_or_the_latest_past_reading(sentence, published, expected):
    [expr] = find_date_expressions(sentence, published, "en")
    assert (expr.date, expr.precision) == (D(expected), "day")


@pytest.mark.parametrize("sentence", [
    "Some 1/2 of the troops left.", "They must leave by 12/31/2025.",
])
def test_fractions_and_future_slashed_dates_date_nothing(sentence):
    assert [e.date for e in find_date_expressions(sentence, date(2025, 3, 12), "en")] in (
        [], [None])


APRIL = date(2025, 4, 30)


@pytest.mark.parametrize(("lang", "sentence", "text", "date_from", "date_to"), [
    ("de", "Der NIS ging im Herbst von 11.000 aus.", "im Herbst", "2024-09-01", "2024-11-30"),
    ("de", "Im vergangenen Winter hieß es anders.", "Im vergangenen Winter", "2024-12-01",
     "2025-02-28"),
    ("en", "The agency said last autumn that more came.", "last autumn", "2024-09-01",
     "2024-11-30"),
    ("en", "The agency said this spring that more came.", "this spring", "2025-03-01",
     "2025-05-31"),
    ("de", "Im Herbst 2024 kamen sie.", "Im Herbst 2024", "2024-09-01", "2024-11-30"),
    ("en", "In the autumn of 2024 they came.", "In the autumn of 2024", "2024-09-01",
     "2024-11-30"),
])
def test_seasons_date_to_the_month(lang, sentence, text, date_from, date_to):
    expr = only(sentence, APRIL, lang)
    assert (expr.text, expr.date_from, expr.date_to, expr.precision) == (
        text, D(date_from), D(date_to), "month")


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "The winter offensive stalled."),
    ("de", "Die Winteroffensive stockte."),
    ("en", "By summer more will come."),
    ("de", "Bis zum Sommer kommen mehr."),
])
def test_a_bare_or_future_season_dates_nothing(lang, sentence):
    assert [e.date for e in find_date_expressions(sentence, APRIL, lang)] in ([], [None])


def test_am_vortag_is_the_day_before_publication():
    [expr] = find_date_expressions("Schoigu hatte am Vortag angekündigt, es kämen mehr.",
                                   date(2025, 6, 18), "de")
    assert (expr.date, expr.precision) == (date(2025, 6, 17), "day")
    assert find_date_expressions("Der Vortag war ruhig.", date(2025, 6, 18), "de") == []


@pytest.mark.parametrize(("lang", "sentence", "text", "start", "end"), [
    ("en", "The ships docked in October last year, officials said.", "in October last year",
     "2023-10-01", "2023-10-31"),
    ("de", "Die Schiffe legten im Oktober vergangenen Jahres an.", "im Oktober vergangenen Jahres",
     "2023-10-01", "2023-10-31"),
    ("de", "Ende Juli des Vorjahres kamen sie an.", "Ende Juli des Vorjahres",
     "2023-07-21", "2023-07-31"),
    ("en", "They arrived in March this year.", "in March this year", "2024-03-01", "2024-03-31"),
])
def test_a_month_with_last_or_this_year_takes_that_year(
    lang: str, sentence: str, text: str, start: str, end: str
) -> None:
    found = only(sentence, WED, lang)
    assert (found.text, found.date_from, found.date_to, found.precision) == (
        text, D(start), D(end), "month")


@pytest.mark.parametrize(("lang", "sentence", "text", "expected"), [
    ("de", "Laut Angaben vom Montag vergangener Woche stehen sie dort.",
     "Montag vergangener Woche", "2024-10-14"),
    ("de", "Am Freitag der vorigen Woche kamen sie an.", "Am Freitag der vorigen Woche",
     "2024-10-18"),
    ("en", "Officials said on Wednesday last week that they had arrived.",
     "on Wednesday last week", "2024-10-16"),
])
def test_a_weekday_of_last_week_is_that_day_of_the_week_before(
    lang: str, sentence: str, text: str, expected: str
) -> None:
    found = only(sentence, WED, lang)
    assert (found.text, found.date, found.precision) == (text, D(expected), "day")


@pytest.mark.parametrize(("lang", "sentence", "text", "expected"), [
    ("de", "Am Montag dieser Woche ergänzte der Dienst die Zahlen.", "Am Montag dieser Woche",
     "2024-10-21"),
    ("en", "Officials said on Monday this week that they had arrived.", "on Monday this week",
     "2024-10-21"),
])
def test_a_weekday_of_this_week_is_that_day_of_the_publication_week(
    lang: str, sentence: str, text: str, expected: str
) -> None:
    found = only(sentence, WED, lang)
    assert (found.text, found.date, found.precision) == (text, D(expected), "day")


@pytest.mark.parametrize(("sentence", "text", "day"), [
    ("Die Schätzung vom September galt lange.", "September", date(2024, 9, 30)),
    ("Eine Analyse aus dem Sommer sah das anders.", "Sommer", date(2024, 8, 31)),
])
def test_vom_and_aus_date_an_estimate(sentence, text, day):
    expr = only(sentence, date(2024, 10, 24), "de")
    assert (expr.text, expr.date, expr.precision) == (text, day, "month")


@pytest.mark.parametrize(("sentence", "lang"), [
    ('Kyiv said Pyongyang was readying "up to 20,000" more soldiers "for this autumn".', "en"),
    ("Kiew sagte, Pjöngjang plane 20.000 Soldaten „bis Ende März“ zu schicken.", "de"),
])
def test_a_future_word_inside_an_opening_quote_still_marks_the_future(sentence, lang):
    assert find_date_expressions(sentence, date(2025, 1, 15), lang) == []


@pytest.mark.parametrize(("sentence", "lang", "text", "first", "last"), [
    ("Das Ministerium hatte zu Wochenbeginn gewarnt.", "de", "zu Wochenbeginn",
     date(2024, 11, 4), date(2024, 11, 5)),
    ("Zum Wochenanfang hatte das Amt gewarnt.", "de", "Zum Wochenanfang", date(2024, 11, 4),
     date(2024, 11, 5)),
    # earlier this week: before the day of publication
    ("The ministry warned earlier this week.", "en", "earlier this week", date(2024, 11, 4),
     date(2024, 11, 7)),
])
def test_the_start_of_the_week_and_earlier_this_week(sentence, lang, text, first, last):
    expr = only(sentence, date(2024, 11, 8), lang)
    assert (expr.text, expr.date_from, expr.date) == (text, first, last)


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    # published Wednesday 15 October 2025: 23 October is a Thursday only in 2025, ahead
    ("de", "Am Donnerstag, 23. Oktober, diskutieren zwei Fachleute.", []),
    ("en", "On Thursday, October 23, two experts will debate.", []),
    # 8 October 2025 is a Wednesday: the weekday agrees, the date stands
    ("de", "Am Mittwoch, 8. Oktober, sprach der Minister.", ["2025-10-08"]),
    ("en", "On Wednesday, October 8, the minister spoke.", ["2025-10-08"]),
    # 16 October is a Wednesday in 2024, not in 2025: a year back, as the weekday says
    ("en", "On Wednesday, October 16, the minister spoke.", ["2024-10-16"]),
    ("de", "Am Mittwoch, 16. Oktober, sprach der Minister.", ["2024-10-16"]),
])
def test_a_weekday_before_a_year_less_date_picks_its_year(lang, sentence, expected) -> None:
    found = find_date_expressions(sentence, date(2025, 10, 15), lang)
    assert [str(e.date) for e in found if e.date is not None] == expected


@pytest.mark.parametrize(("lang", "sentence", "text"), [
    ("en", "In the first days of January he put the toll at 4,000.", "the first days of January"),
    ("de", "In den ersten Tagen des Januar nannte er 4.000.", "den ersten Tagen des Januar"),
])
def test_the_first_days_of_a_month_are_its_early_part(lang, sentence, text):
    e = only(sentence, date(2025, 4, 30), lang)
    assert (str(e.date_from), str(e.date_to), e.precision) == ("2025-01-01", "2025-01-10", "month")
    assert text in e.text


@pytest.mark.parametrize(("lang", "sentence", "text", "last_day"), [
    ("en", "The NIS put the toll at 2,000 in a September assessment.", "September",
     date(2024, 9, 30)),
    ("en", "South Korea's spy agency, in a September briefing for lawmakers, gave 2,000.",
     "September", date(2024, 9, 30)),
    ("en", "Its last figure, in a spring intelligence assessment, was 11,000.", "spring",
     date(2024, 5, 31)),
])
def test_a_month_or_season_naming_a_report_dates_it(lang, sentence, text, last_day) -> None:
    d = only(sentence, WED, lang)
    assert (d.text, d.date) == (text, last_day)


@pytest.mark.parametrize("sentence", ["It was a September morning.", "Spring lamb is cheap."])
def test_a_month_or_season_with_no_report_noun_stays_undated(sentence) -> None:
    assert find_date_expressions(sentence, WED, "en") == []


def test_by_a_month_with_a_past_verb_is_that_month() -> None:
    """`By December, X was saying …`: the past December; `By December, it expects …` is the
    deadline of a prospect and dates nothing."""
    d = only("By December, Rutte was telling reporters that 10,000 had been sent.", WED, "en")
    assert (d.text, d.date, d.precision) == ("By December", date(2023, 12, 31), "month")
    assert find_date_expressions("By December, it expects the total to reach 10,000.", WED,
                                 "en") == []


JANUARY = date(2025, 1, 20)


@pytest.mark.parametrize(("lang", "sentence", "text", "date_from", "date_to", "precision"), [
    ("de", "Das Ministerium sprach kurz vor Weihnachten von 800 Toten.", "kurz vor Weihnachten",
     "2024-12-16", "2024-12-24", "week"),
    ("en", "Just before Christmas, the minister spoke of 800 dead.", "Just before Christmas",
     "2024-12-16", "2024-12-24", "week"),
    ("de", "Schon vor Weihnachten hatte die Armee 500 Tote gemeldet.", "Schon vor Weihnachten",
     "2024-12-01", "2024-12-24", "week"),
    ("en", "Shortly after Christmas the office put losses at 900.", "Shortly after Christmas",
     "2024-12-27", "2024-12-31", "week"),
    ("de", "Kurz nach Weihnachten nannte das Amt 900 Verluste.", "Kurz nach Weihnachten",
     "2024-12-27", "2024-12-31", "week"),
    ("de", "An Heiligabend teilte der Stab mit, es seien 40 gefallen.", "An Heiligabend",
     "2024-12-24", "2024-12-24", "day"),
    ("en", "On Christmas Eve the staff said 40 had died.", "On Christmas Eve",
     "2024-12-24", "2024-12-24", "day"),
    ("de", "Zu Neujahr sprach der Präsident von 2.000 Mann.", "Zu Neujahr",
     "2025-01-01", "2025-01-01", "day"),
    ("en", "Over Christmas the unit reported 30 captured.", "Over Christmas",
     "2024-12-24", "2024-12-26", "week"),
])
def test_christmas_and_new_year_date_their_days(lang, sentence, text, date_from, date_to,
                                                 precision) -> None:
    d = only(sentence, JANUARY, lang)
    assert (d.text, d.date_from, d.date_to, d.precision) == (
        text, D(date_from), D(date_to), precision)


@pytest.mark.parametrize(("lang", "sentence", "published"), [
    ("en", "Pyongyang could send 5,000 more before Christmas.", JANUARY),  # a deadline
    ("de", "Bis Weihnachten könnten 5.000 weitere folgen.", JANUARY),
    ("en", "The weekly paper on Christmas Island counted 1,800 readers.", JANUARY),
    ("de", "Kurz vor Weihnachten sollen weitere 2.000 kommen.", date(2025, 12, 10)),  # ahead
])
def test_a_holiday_as_deadline_place_or_ahead_dates_nothing(lang, sentence, published) -> None:
    assert [e.date for e in find_date_expressions(sentence, published, lang)] in ([], [None])


MAY = date(2025, 5, 14)  # after Easter 2025 (20 April), before Whitsun (8 June)


@pytest.mark.parametrize(("lang", "sentence", "text", "date_from", "date_to", "precision"), [
    ("de", "Am Ostermontag sprach Kiew von 300 Gefangenen.", "Am Ostermontag",
     "2025-04-21", "2025-04-21", "day"),
    ("de", "Am Karfreitag meldete der Stab 40 Tote.", "Am Karfreitag",
     "2025-04-18", "2025-04-18", "day"),
    ("en", "On Easter Sunday the president spoke of 2,000 troops.", "On Easter Sunday",
     "2025-04-20", "2025-04-20", "day"),
    ("en", "Over Easter the army counted 90 dead.", "Over Easter",
     "2025-04-20", "2025-04-21", "week"),
    ("de", "Zu Ostern nannte das Amt 500 Verwundete.", "Zu Ostern",
     "2025-04-20", "2025-04-21", "week"),
    # Whitsun 2025 is still ahead on 14 May: the last one, 2024, is meant
    ("de", "An Pfingsten hatte der Dienst 70 Tote gezählt.", "An Pfingsten",
     "2024-05-19", "2024-05-20", "week"),
])
def test_feasts_that_move_with_easter_date_their_days(lang, sentence, text, date_from, date_to,
                                                      precision) -> None:
    d = only(sentence, MAY, lang)
    assert (d.text, d.date_from, d.date_to, d.precision) == (
        text, D(date_from), D(date_to), precision)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "The shop sold 3,000 Easter eggs."),
    ("en", "The museum on Easter Island has 12 statues."),
])
def test_easter_without_a_preposition_or_a_day_dates_nothing(lang, sentence) -> None:
    assert find_date_expressions(sentence, MAY, lang) == []


@pytest.mark.parametrize(("year", "easter"), [
    (2024, "2024-03-31"), (2025, "2025-04-20"), (2026, "2026-04-05"), (2000, "2000-04-23"),
    (2019, "2019-04-21"),
])
def test_easter_sunday(year, easter) -> None:
    assert easter_sunday(year) == D(easter)


@pytest.mark.parametrize(("lang", "sentence", "published", "text", "date_from", "date_to"), [
    ("de", "In der ersten Septemberwoche nannte der Dienst 2.000 Tote.", date(2025, 9, 12),
     "In der ersten Septemberwoche", "2025-09-01", "2025-09-07"),
    ("en", "In the last week of October the agency said 3,000 had come.", date(2024, 11, 12),
     "In the last week of October", "2024-10-25", "2024-10-31"),
    ("de", "Am Palmsonntag sprach er von 2.000 Mann.", date(2025, 4, 17), "Am Palmsonntag",
     "2025-04-13", "2025-04-13"),
    ("de", "Er sprach am Dreikönigstag von 3.000 Toten.", date(2025, 2, 13), "am Dreikönigstag",
     "2025-01-06", "2025-01-06"),
])
def test_weeks_of_a_month_and_more_feasts(lang, sentence, published, text, date_from,
                                          date_to) -> None:
    d = only(sentence, published, lang)
    assert (d.text, d.date_from, d.date_to) == (text, D(date_from), D(date_to))


def test_a_week_of_a_month_still_ahead_dates_nothing() -> None:
    found = find_date_expressions("In der letzten Novemberwoche sollen 2.000 kommen.",
                                  date(2025, 11, 10), "de")
    assert [e.date for e in found] in ([], [None])


@pytest.mark.parametrize(("sentence", "text", "expected"), [
    ("On New Year’s Day he told her by phone.", "On New Year’s Day", "2025-01-01"),
    ("On New Year's Eve the ministry spoke.", "On New Year's Eve", "2024-12-31"),
    ("On Christmas Day the agency said more.", "On Christmas Day", "2024-12-25"),
    ("On Boxing Day Kyiv gave a figure.", "On Boxing Day", "2024-12-26"),
])
def test_english_holidays_of_one_day(sentence: str, text: str, expected: str) -> None:
    d = only(sentence, date(2025, 1, 22), "en")
    assert (d.text, str(d.date), d.precision) == (text, expected, "day")


def test_new_alone_is_no_holiday() -> None:
    assert find_date_expressions("A new estimate came out.", date(2025, 1, 22), "en") == []


@pytest.mark.parametrize(("sentence", "lang", "expected"), [
    ("A week ago today the NIS told its parliament.", "en", [("A week ago", "2024-10-23")]),
    ("Heute vor einer Woche sagte der NIS.", "de", [("vor einer Woche", "2024-10-23")]),
    ("He said today that a week ago the count was lower.", "en",
     [("today", "2024-10-30"), ("a week ago", "2024-10-23")]),
])
def test_today_beside_an_ago_only_anchors_it(sentence: str, lang: str, expected) -> None:
    found = find_date_expressions(sentence, date(2024, 10, 30), lang)
    assert [(d.text, str(d.date)) for d in found] == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    ("Im Winter könnten bis zu 5.000 weitere folgen.", date(2024, 11, 8), None),
    ("Im Herbst hatte der NIS gemeldet, es seien 3.000.", date(2025, 2, 8), "2024-11-30"),
    ("Im vergangenen Winter waren es weniger.", date(2024, 11, 8), "2024-02-29"),
])
def test_a_bare_season_long_past_is_the_coming_one(sentence: str, published: date,
                                                    expected: str | None) -> None:
    found = find_date_expressions(sentence, published, "de")
    assert [str(d.date) for d in found] == ([expected] if expected else [])


@pytest.mark.parametrize(("lang", "sentence", "text", "expected"), [
    ("en", "The agency told a committee on the 19th that 2,000 had died.", "19th", "2024-10-19"),
    ("en", "The envoy said on the 1st that 5,000 builders would follow.", "1st", "2024-10-01"),
    ("en", "Kyiv said on the 30th that 3,000 were in Kursk.", "30th", "2024-09-30"),  # later
    ("de", "Der Dienst hatte am 14. bekanntgegeben, dass 2.000 gefallen seien.", "14.",
     "2024-10-14"),
])
def test_a_day_of_the_month_alone_is_in_the_publication_month_or_the_one_before(
    lang: str, sentence: str, text: str, expected: str
) -> None:
    expr = only(sentence, WED, lang)
    assert (expr.text, expr.date, expr.precision) == (text, D(expected), "day")


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "The 11th Corps sent 3,000 men."),
    ("en", "They fought on the 5th Brigade's front."),
    ("de", "Am 3. Tag der Offensive fielen 200 Mann."),
    ("en", "It was the 4th time they had come."),
    ("en", "He told us on the 14th tee that 20,000 had gone."),
])
def test_ordinals_that_are_no_day_of_the_month(lang: str, sentence: str) -> None:
    assert find_date_expressions(sentence, WED, lang) == []
