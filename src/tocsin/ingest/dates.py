"""Parse an article's publication date from whatever its metadata holds.

Readers meet dates as ISO 8601 strings (HTML meta tags, JSONL), RFC 2822 strings (RSS),
WARC-Date stamps, prose ("April 2, 2020", "Published: Thursday, 2 April 2020"),
``time.struct_time`` (feedparser), ``datetime`` objects or Unix timestamps.
:func:`parse_date` turns any of them into a calendar date, or ``None`` when the value
does not name a full day; it never raises. A timestamp with a UTC offset keeps its own
local date ("2020-04-02T23:30-05:00" is 2 April), because that is the date the
publisher printed. Numeric dates such as "02/04/2020" are read month first, as
``dateutil`` does.
"""

from __future__ import annotations

import email.utils
import time
from datetime import UTC, date, datetime
from typing import Any

from dateutil import parser as dateutil_parser

MIN_YEAR = 1900
MAX_YEAR = 2100

# Two different defaults reveal which fields dateutil had to invent: a field that
# differs between the two parses was missing from the input.
_DEFAULT_A = datetime(1, 1, 1)
_DEFAULT_B = datetime(2, 2, 2)


def parse_date(value: Any) -> date | None:
    """Return the calendar date named by ``value``, or ``None`` if it names none.

    Accepts ``date``/``datetime``, ``time.struct_time``, Unix timestamps (int or float,
    seconds, read as UTC) and strings in ISO 8601, RFC 2822 or free prose. A string
    must give year, month and day ("April 2020" and "3 hours ago" give ``None``), and
    the year must lie in 1900–2100.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return _checked(value.date())
    if isinstance(value, date):
        return _checked(value)
    if isinstance(value, time.struct_time):
        return _from_parts(value.tm_year, value.tm_mon, value.tm_mday)
    if isinstance(value, int | float):
        return _from_timestamp(float(value))
    if isinstance(value, str):
        return _from_string(value)
    return None


def _checked(day: date) -> date | None:
    return day if MIN_YEAR <= day.year <= MAX_YEAR else None


def _from_parts(year: int, month: int, day: int) -> date | None:
    try:
        return _checked(date(year, month, day))
    except ValueError:
        return None


def _from_timestamp(seconds: float) -> date | None:
    # Small numbers are years or counts, not timestamps; 1e8 s is March 1973.
    if seconds < 1e8:
        return None
    if seconds > 1e11:  # milliseconds
        seconds /= 1000
    try:
        return _checked(datetime.fromtimestamp(seconds, tz=UTC).date())
    except (OverflowError, OSError, ValueError):
        return None


def _from_string(value: str) -> date | None:
    text = " ".join(value.split())
    if not text or len(text) > 200:
        return None
    for parse in (_parse_iso, _parse_rfc2822, _parse_prose):
        found = parse(text)
        if found is not None:
            return _checked(found)
    return None


def _parse_iso(text: str) -> date | None:
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _parse_rfc2822(text: str) -> date | None:
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def _parse_prose(text: str) -> date | None:
    try:
        first = dateutil_parser.parse(text, default=_DEFAULT_A, fuzzy=True, ignoretz=True)
        second = dateutil_parser.parse(text, default=_DEFAULT_B, fuzzy=True, ignoretz=True)
    except (dateutil_parser.ParserError, ValueError, OverflowError):
        return None
    if first.date() != second.date():  # year, month or day was missing
        return None
    return first.date()
