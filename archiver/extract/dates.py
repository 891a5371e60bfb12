"""Dates as Polish sites write them, turned into ISO 8601 with the offset of the site's time zone."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timezone, tzinfo

# Genitive forms ("3 marca 2025") are what dates use; nominatives and abbreviations also occur.
POLISH_MONTHS = {
    "stycznia": 1, "styczeń": 1, "styczen": 1, "sty": 1,
    "lutego": 2, "luty": 2, "lut": 2,
    "marca": 3, "marzec": 3, "mar": 3,
    "kwietnia": 4, "kwiecień": 4, "kwiecien": 4, "kwi": 4,
    "maja": 5, "maj": 5,
    "czerwca": 6, "czerwiec": 6, "cze": 6,
    "lipca": 7, "lipiec": 7, "lip": 7,
    "sierpnia": 8, "sierpień": 8, "sierpien": 8, "sie": 8,
    "września": 9, "wrzesnia": 9, "wrzesień": 9, "wrzesien": 9, "wrz": 9,
    "października": 10, "pazdziernika": 10, "październik": 10, "paź": 10, "paz": 10,
    "listopada": 11, "listopad": 11, "lis": 11,
    "grudnia": 12, "grudzień": 12, "grudzien": 12, "gru": 12,
}  # fmt: skip

_TIME = r"(?:\D{0,12}?(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d))?"
NUMERIC_DATE = re.compile(r"\b(?P<day>[0-3]?\d)[./-](?P<month>[01]?\d)[./-](?P<year>(?:19|20)\d\d)\b" + _TIME)
ISO_DATE_TEXT = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b" + _TIME)
WORD_DATE = re.compile(
    r"\b(?P<day>[0-3]?\d)\.?\s+(?P<month>[a-ząćęłńóśźż]{3,12})\.?\s+(?P<year>(?:19|20)\d\d)\b" + _TIME,
    re.IGNORECASE,
)


def parse_visible_date(text: str | None) -> tuple[date, time | None] | None:
    """The date (and time, when shown) in a visible date line: ``24.06.2025``, ``3 marca 2025``."""
    if not text:
        return None
    for pattern in (NUMERIC_DATE, WORD_DATE, ISO_DATE_TEXT):
        for match in pattern.finditer(text):
            month_text = match.group("month")
            month = int(month_text) if month_text.isdigit() else POLISH_MONTHS.get(month_text.lower())
            if not month:
                continue
            try:
                day = date(int(match.group("year")), month, int(match.group("day")))
            except ValueError:
                continue
            clock = None
            if match.group("hour") is not None:
                clock = time(int(match.group("hour")), int(match.group("minute")))
            return day, clock
    return None


def parse_iso_datetime(value: str | None, zone: tzinfo = timezone.utc) -> datetime | None:
    """An ISO 8601 timestamp (meta tags, JSON-LD, <time datetime>) in the site's time zone.

    A timestamp without an offset is taken to be the site's local time, as its pages write them.
    """
    if not value:
        return None
    value = value.strip()
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    # Python < 3.12 does not accept "+0200"; Drupal sometimes writes it.
    value = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", value)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        found = parse_visible_date(value)
        if not found:
            return None
        parsed = datetime.combine(found[0], found[1] or time())
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=zone)
    return parsed.astimezone(zone)


def isoformat(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment else None


def choose_published(visible: tuple[date, time | None] | None, machine: datetime | None, zone: tzinfo) -> datetime | None:
    """The publication moment, trusting the visible date over machine-readable ones.

    The visible date is what readers see; a meta timestamp on the same day only adds its time.
    """
    if visible is None:
        return machine
    day, clock = visible
    if clock is None and machine is not None and machine.date() == day:
        return machine
    return datetime.combine(day, clock or time(), tzinfo=zone)
