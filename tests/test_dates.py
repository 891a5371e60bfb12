from datetime import date, time

import pytest

from zoneinfo import ZoneInfo

from archiver.extract.dates import choose_published, isoformat, parse_iso_datetime, parse_visible_date

WARSAW = ZoneInfo("Europe/Warsaw")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("24.06.2025", (date(2025, 6, 24), None)),
        ("Opublikowano: 3 marca 2025", (date(2025, 3, 3), None)),
        ("12 października 2024, godz. 9:05", (date(2024, 10, 12), time(9, 5))),
        ("1 Września 2023 r.", (date(2023, 9, 1), None)),
        ("07.08.2024, 14:30", (date(2024, 8, 7), time(14, 30))),
        ("31.02.2024", None),
        ("brak daty", None),
    ],
)
def test_visible_dates(text, expected):
    assert parse_visible_date(text) == expected


def test_iso_dates_take_the_warsaw_offset_of_their_season():
    assert isoformat(parse_iso_datetime("2025-01-10T12:00:00", WARSAW)) == "2025-01-10T12:00:00+01:00"
    assert isoformat(parse_iso_datetime("2025-07-10T12:00:00", WARSAW)) == "2025-07-10T12:00:00+02:00"
    assert isoformat(parse_iso_datetime("2025-07-10T10:00:00Z", WARSAW)) == "2025-07-10T12:00:00+02:00"
    assert isoformat(parse_iso_datetime("2025-07-10T12:00:00+0200", WARSAW)) == "2025-07-10T12:00:00+02:00"
    assert parse_iso_datetime("nonsense", WARSAW) is None


def test_visible_date_wins_over_meta_but_meta_adds_the_time():
    meta = parse_iso_datetime("2025-06-24T12:40:00+02:00", WARSAW)
    assert isoformat(choose_published((date(2025, 6, 24), None), meta, WARSAW)) == "2025-06-24T12:40:00+02:00"
    assert isoformat(choose_published((date(2025, 6, 23), None), meta, WARSAW)) == "2025-06-23T00:00:00+02:00"
    assert isoformat(choose_published(None, meta, WARSAW)) == "2025-06-24T12:40:00+02:00"
