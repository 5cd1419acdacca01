"""Date expressions in Bengali news text, resolved against the article's publication date.

Off-the-shelf parsers fail on Bangla news forms ("০৭:২৯ পিএম", "গত বুধবার (১৯ জুন)", "গত বছরের
নভেম্বরে"), so the reading is ours: :class:`~bnkg.mappings.calendar.Calendar` supplies the words,
this module the grammar.  A sentence is tokenized once (numbers, numeric dates, times, words
looked up in the calendar lexicon, punctuation) and a small hand-written grammar runs over the
tokens, left to right, taking the longest expression at each position.

Choices, each covered by a test:

* Nothing is invented.  Without a publication date every relative expression ("গত জুনে",
  "১৯ জুন" without a year, "বুধবার") is still returned, with ``value=None``.
* Durations are not dates: "গত ২৪ বছরে", "কয়েক দিন আগে", "দুই দিন পর" yield no mention at all;
  neither do bare numbers, two-digit years ("৭১ সালে") or decades ("১৯৯০-এর দশকে").
* Ranges ("জুলাই-আগস্টে", "১০-১২ জুন", "২০২২-২০২৩ সালে") yield no mention: neither end is *the*
  date of an event.
* "গত সপ্তাহে" is a mention with ``value=None``: the text points at a date it does not give.
* Bare month names ("মার্চ" is also a protest march) count only inflected ("মার্চে"), with মাস,
  a modifier, a day or a year; English month names only next to a day or a year number.
* Numeric dates are day-month-year ("১৯/০৬/২০২৪"); month-day-year only when the first number
  cannot be a month and the second can.
* "সপ্তাহান্তে" (the weekend: Friday to Sunday, whichever a writer means) is a month only when all
  the days it can mean lie in one month, as "গত সপ্তাহে" is.
* Anaphoric dates ("পরদিন", "সেদিন", "এর পরের মাসে", "ওই বছরের জুনে") are mentions without a value
  here; :func:`resolve_anaphors` counts them from the date the narrative is at.
* A stay of N days (:func:`stay_date`) is a month when the text says it has ended, or is going
  on, and its days fall in one month around the publication date.
"""

from __future__ import annotations

import calendar as _gregorian
import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Literal, NamedTuple

from bnkg.builder.records import DateMention, DateValue, SentenceRecord
from bnkg.mappings.calendar import Calendar, Lex

Direction = Literal["past", "future"]
_Mode = Literal["past", "future", "this"]

_DASHES = frozenset("-‐‑–—")
_STARTS = frozenset(("month", "bmonth", "weekday", "mod", "dayword", "dirday", "ordday",  # words a date starts with
                     "weekend", "ana", "anaday", "vague"))


class _Tok(NamedTuple):
    """A token: kind N (number), X (number with separators), D (numeric date), T (clock time),
    L (a calendar word; ``lex`` set), W (other word), P (punctuation)."""

    kind: str
    start: int
    end: int
    text: str
    lex: Lex | None = None
    num: int = 0  # N: the value
    nd: int = 0  # N: the number of digits
    ending: str = ""  # N: the ending written after the digits ("শে" in "১৯শে")


class _Core(NamedTuple):
    """A date read from the text before resolution: ``system`` "g" (Gregorian) or "b" (Bangla)."""

    j: int  # index of the first token after it
    end: int  # character end
    y: int | None
    m: int | None
    d: int | None
    system: str = "g"  # "x": a well-formed but impossible date, to be skipped whole


class _Hit(NamedTuple):
    j: int
    end: int
    value: DateValue | None
    relative: bool
    skip: bool = False  # read but not a date ("৩১ জুন ২০২৪"): consume the tokens, report nothing


# ---------------------------------------------------------------------------------------------
# Tokenizer


def _tokens(text: str, cal: Calendar) -> list[_Tok]:
    out: list[_Tok] = []
    append = out.append
    lexicon = cal.lexicon
    for m in cal.token_re.finditer(text):
        kind = m.lastgroup
        s, e = m.span()
        t = m.group()
        if kind == "word":
            lex = lexicon.get(t)
            if lex is None and t.isascii():
                lex = lexicon.get(t.lower())
            append(_Tok("L", s, e, t, lex) if lex is not None else _Tok("W", s, e, t))
        elif kind == "num":
            k = len(t)
            while not t[k - 1].isdigit():
                k -= 1
            digits = t[:k]
            if "," in digits or "." in digits:
                append(_Tok("X", s, e, t))
            else:
                append(_Tok("N", s, e, t, None, int(digits.translate(cal.to_ascii)), len(digits), t[len(digits):]))
        elif kind == "punct":
            append(_Tok("P", s, e, t))
        else:  # iso, dmy, time
            append(_Tok("D" if kind != "time" else "T", s, e, t))
    return out


def _ascii(text: str, cal: Calendar) -> str:
    return text.translate(cal.to_ascii)


def _numeric_date(tok: _Tok, cal: Calendar) -> tuple[int, int, int] | None:
    """(y, m, d) of an ISO or day-month-year token, or None if it is not a real date."""
    t = _ascii(tok.text, cal)
    if t[4:5] == "-" and t[:4].isdigit():
        y, m, d = int(t[:4]), int(t[5:7].rstrip("-T")), int(t.split("-")[2][:2].rstrip("T"))
    else:
        a, b, y = (int(x) for x in t.replace("/", "-").replace(".", "-").split("-"))
        d, m = (b, a) if b > 12 >= a else (a, b)
    return (y, m, d) if _valid(y, m, d) else None


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= _gregorian.monthrange(y, m)[1] and 1 <= y <= 9999


# ---------------------------------------------------------------------------------------------
# Grammar: absolute cores


def _lex(toks: list[_Tok], i: int, kind: str) -> Lex | None:
    if i < len(toks):
        lex = toks[i].lex
        if lex is not None and lex.kind == kind:
            return lex
    return None


def _unit(toks: list[_Tok], i: int, unit: str) -> bool:
    lex = _lex(toks, i, "unit")
    return lex is not None and lex.value == unit


def _punct(toks: list[_Tok], i: int, chars: str) -> bool:
    return i < len(toks) and toks[i].kind == "P" and toks[i].text in chars


def _day_at(toks: list[_Tok], i: int) -> int | None:
    if i >= len(toks):
        return None
    t = toks[i]
    if t.kind == "N" and t.nd <= 2 and 1 <= t.num <= 31:
        return t.num
    if t.kind == "L" and t.lex is not None and t.lex.kind == "ordday":
        return int(t.lex.value)
    return None


def _year_at(toks: list[_Tok], i: int, lo: int = 1700, hi: int = 2199) -> int | None:
    if i < len(toks):
        t = toks[i]
        if t.kind == "N" and t.nd == 4 and lo <= t.num <= hi:
            return t.num
    return None


def _year_tail(toks: list[_Tok], j: int, cal: Calendar) -> tuple[int, int, bool]:
    """Extend a year that ends before token ``j`` over "সাল…", an era word or "-এর".

    Returns (j, end, marked): ``marked`` says the year carried a sign that it is a year."""
    end = toks[j - 1].end
    marked = bool(toks[j - 1].ending)
    if _unit(toks, j, "year_number"):
        return j + 1, toks[j].end, True
    if _lex(toks, j, "era"):
        return j + 1, toks[j].end, True
    if (j + 1 < len(toks) and toks[j].kind == "P" and toks[j].text in _DASHES and toks[j].start == end
            and toks[j + 1].start == toks[j].end and toks[j + 1].kind in "WL"
            and toks[j + 1].text in cal.number_endings):
        return j + 2, toks[j + 1].end, True
    return j, end, marked


def _month_tail(toks: list[_Tok], j: int, lex: Lex) -> tuple[int, bool]:
    """After a month name: swallow "মাস…"; return (j, whether the month stands on its own)."""
    if _unit(toks, j, "month"):
        return j + 1, True
    return j, lex.inflected


def _core(toks: list[_Tok], i: int, cal: Calendar) -> _Core | None:
    """An explicit date starting at token ``i``: day-month[-year], month-year, year (+সাল)."""
    t = toks[i]
    n = len(toks)
    if t.kind == "D":
        ymd = _numeric_date(t, cal)
        return _Core(i + 1, t.end, *ymd) if ymd else None
    day = _day_at(toks, i)
    if day is not None and i + 1 < n and toks[i + 1].kind == "L":
        mlex = toks[i + 1].lex
        assert mlex is not None
        if mlex.kind in ("month", "bmonth"):
            system = "g" if mlex.kind == "month" else "b"
            lo, hi = (1700, 2199) if system == "g" else (1100, 1599)
            m = int(mlex.value)
            j, end = i + 2, toks[i + 1].end
            if not mlex.inflected:
                k = j + 1 if _punct(toks, j, ",") else j
                y = _year_at(toks, k, lo, hi)
                if y is not None:
                    j, end, _ = _year_tail(toks, k + 1, cal)
                    return _Core(j, end, y, m, day, system if _ok(y, m, day, system, cal) else "x")
            if system == "g" and day > (29 if m == 2 else _gregorian.monthrange(2001, m)[1]):
                system = "x"
            if system == "b" and day > max(cal.bangla.month_days[m - 1], *cal.bangla.earlier_days[m - 1:m]) \
                    + (m == cal.bangla.leap_month):
                system = "x"
            return _Core(j, end, None, m, day, system)
    if t.kind == "L" and t.lex is not None and t.lex.kind == "month" and not t.lex.inflected:
        m = int(t.lex.value)
        k, unit = _month_tail(toks, i + 1, t.lex)
        k2 = k + 1 if _punct(toks, k, ",") or (t.lex.english and _punct(toks, k, ".")) else k  # "Apr. 25"
        d = _day_at(toks, k2) if not unit else None
        if d is not None:  # "June 19, 2024" / "জুন ১৯, ২০২৪"
            k3 = k2 + 2 if _punct(toks, k2 + 1, ",") else k2 + 1
            y = _year_at(toks, k3)
            if y is not None and _valid(y, m, d):
                j, end, _ = _year_tail(toks, k3 + 1, cal)
                return _Core(j, end, y, m, d)
        y = _year_at(toks, k2)
        if y is not None:  # "জুন ২০২৪", "জুন মাসে ২০২৪"
            j, end, _ = _year_tail(toks, k2 + 1, cal)
            return _Core(j, end, y, m, None)
        return None
    if t.kind == "L" and t.lex is not None and t.lex.kind == "bmonth":
        y = _year_at(toks, i + 1, 1100, 1599)
        if y is not None:
            j, end, _ = _year_tail(toks, i + 2, cal)
            return _Core(j, end, y, int(t.lex.value), None, "b")
        return None
    y = _year_at(toks, i)
    if y is not None:
        j, end, marked = _year_tail(toks, i + 1, cal)
        if not marked or _unit(toks, j, "decade"):
            return None
        if _unit(toks, i + 1, "year_number"):  # "২০২৪ সালের জুনে", "২০২৪ সালের ১৯ জুন"
            inner = _month_phrase(toks, j) if j < n else None
            if inner is not None:
                k, m, d = inner
                return _Core(k, toks[k - 1].end, y, m, d, "g" if d is None or _valid(y, m, d) else "x")
        return _Core(j, end, y, None, None)
    return None


def _month_phrase(toks: list[_Tok], j: int) -> tuple[int, int, int | None] | None:
    """After a year ("২০২৪ সালের", "গত বছরের"): "জুনে", "জুন মাসে", "১৯ জুন" → (j, month, day)."""
    d = _day_at(toks, j)
    if d is not None:
        mlex = _lex(toks, j + 1, "month")
        if mlex is not None and not mlex.english:
            return j + 2, int(mlex.value), d
        return None
    mlex = _lex(toks, j, "month")
    if mlex is None or mlex.english:
        return None
    k, _ = _month_tail(toks, j + 1, mlex)
    return k, int(mlex.value), None


def _ok(y: int, m: int, d: int, system: str, cal: Calendar) -> bool:
    return _valid(y, m, d) if system == "g" else _bangla_date(y, m, d, cal) is not None


# ---------------------------------------------------------------------------------------------
# Resolution against the publication date


def _bangla_date(by: int, bm: int, bd: int, cal: Calendar) -> date | None:
    """The Gregorian date of day ``bd`` of Bangla month ``bm`` (1 = বৈশাখ) of year ``by``.

    >>> from pathlib import Path
    >>> import bnkg.mappings.calendar as c
    >>> cal = c.load_calendar(Path(c.__file__).parent)
    >>> _bangla_date(1432, 1, 26, cal), _bangla_date(1431, 9, 1, cal), _bangla_date(1430, 11, 30, cal)
    (datetime.date(2025, 5, 9), datetime.date(2024, 12, 16), datetime.date(2024, 3, 14))
    >>> _bangla_date(1421, 11, 29, cal), _bangla_date(1407, 4, 5, cal)  # (the 1987 revision, before 1426)
    (datetime.date(2015, 3, 13), datetime.date(2000, 7, 20))
    """
    b = cal.bangla
    if not 1 <= bm <= 12 or not 1 <= by + b.year_offset <= 9998:
        return None
    start = date(by + b.year_offset, *b.new_year)
    days = b.days_of(by)
    before = sum(days[: bm - 1])
    length = days[bm - 1]
    leap_start = start + timedelta(sum(days[: b.leap_month - 1]))
    if _gregorian.isleap(leap_start.year + (leap_start.month > 2)):
        before += bm > b.leap_month
        length += bm == b.leap_month
    return start + timedelta(before + bd - 1) if 1 <= bd <= length else None


def _bangla_year(d: date, cal: Calendar) -> int:
    return d.year - cal.bangla.year_offset - ((d.month, d.day) < cal.bangla.new_year)


def _day_value(d: date | None) -> DateValue | None:
    return DateValue(d.isoformat(), "day") if d is not None else None


def _week_month(p: date, sign: int) -> DateValue | None:
    """ "গত সপ্তাহে" / "চলতি সপ্তাহে" / "আগামী সপ্তাহে" as the month it lies in, when every day
    it can mean (whether weeks start on Saturday, Sunday or Monday) is in one month; else unknown.

    >>> _week_month(date(2022, 6, 23), -1)
    DateValue(value='2022-06', precision='month')
    >>> _week_month(date(2022, 6, 3), -1) is None
    True
    """
    first, last = {-1: (p - timedelta(13), p - timedelta(1)), 0: (p - timedelta(6), p + timedelta(6)),
                   1: (p + timedelta(1), p + timedelta(13))}[max(-1, min(1, sign))]
    return _month_value(first.year, first.month) if (first.year, first.month) == (last.year, last.month) else None


def _month_value(y: int, m: int) -> DateValue | None:
    return DateValue(f"{y:04d}-{m:02d}", "month") if 1 <= y <= 9999 else None


def _year_value(y: int) -> DateValue | None:
    return DateValue(f"{y:04d}", "year") if 1 <= y <= 9999 else None


def _pick(candidates: list[date | None], p: date, mode: _Mode, strict: bool) -> date | None:
    """The first candidate on the right side of ``p`` (candidates run away from ``p``)."""
    for c in candidates:
        if c is None:
            continue
        if mode == "this" or (mode == "past" and (c < p or (c == p and not strict))) or (
                mode == "future" and (c > p or (c == p and not strict))):
            return c
    return None


def _resolve_dm(m: int, d: int, system: str, p: date, mode: _Mode, strict: bool, cal: Calendar) -> date | None:
    """A day and month without a year: the nearest such date on the ``mode`` side of ``p``."""
    step = 1 if mode == "future" else -1
    if system == "b":
        by = _bangla_year(p, cal)
        return _pick([_bangla_date(by + step * k, m, d, cal) for k in range(9)], p, mode, strict)
    return _pick([date(p.year + step * k, m, d) if _valid(p.year + step * k, m, d) else None for k in range(9)],
                 p, mode, strict)


def _resolve_month(m: int, p: date, mode: _Mode, strict: bool) -> DateValue | None:
    if mode == "this":
        return _month_value(p.year, m)
    if mode == "past":
        return _month_value(p.year if m < p.month or (m == p.month and not strict) else p.year - 1, m)
    return _month_value(p.year if m > p.month or (m == p.month and not strict) else p.year + 1, m)


def _weekday_of(wd: int, p: date, mode: _Mode, strict: bool) -> date:
    """The weekday ``wd`` nearest ``p`` on the ``mode`` side (``p`` itself unless ``strict``)."""
    if mode == "future":
        delta = (wd - p.weekday()) % 7 or (7 if strict else 0)
        return p + timedelta(delta)
    delta = (p.weekday() - wd) % 7 or (7 if strict else 0)
    return p - timedelta(delta)


def _weekend(p: date, mode: _Mode) -> DateValue | None:
    """ "সপ্তাহান্তে": the weekend before ``p`` (or after it, in the future) as a month, when every
    day it can mean — Friday to Sunday, and the weekend ``p`` falls in — lies in one month.

    >>> _weekend(date(2025, 7, 14), "past"), _weekend(date(2025, 8, 14), "future")
    (DateValue(value='2025-07', precision='month'), DateValue(value='2025-08', precision='month'))
    >>> _weekend(date(2025, 6, 2), "past") is None  # 30 May – 1 June
    True
    """
    wd = p.weekday()
    if mode == "future":
        first = p if wd >= 4 else p + timedelta(4 - wd)
        last = first + timedelta(6 - first.weekday())
        if wd >= 4:  # at the weekend: this one, or the next
            last = p + timedelta(6 - wd + 7)
    else:
        last = p if wd >= 4 else p - timedelta(wd + 1)
        first = last - timedelta(last.weekday() - 4)
        if wd >= 4:  # at the weekend: this one so far, or the last
            first = p - timedelta(wd - 4 + 7)
    return _month_value(first.year, first.month) if (first.year, first.month) == (last.year, last.month) else None


def _add_months(p: date, k: int) -> DateValue | None:
    y, m = divmod(p.year * 12 + p.month - 1 + k, 12)
    return _month_value(y, m + 1)


def _resolve_core(c: _Core, p: date | None, mode: _Mode, strict: bool, cal: Calendar,
                  year: int | None = None) -> tuple[DateValue | None, bool]:
    """(value, relative) of an explicit date; ``year`` fills a missing year ("গত বছরের ১৯ জুন")."""
    y = c.y if c.y is not None else year
    if c.system == "b":
        if c.d is None:  # a Bangla month and year: only its Gregorian year is certain
            assert c.y is not None and c.m is not None
            first, last = _bangla_date(c.y, c.m, 1, cal), _bangla_date(c.y, c.m % 12 + 1, 1, cal)
            ok = first is not None and last is not None and first.year == (last - timedelta(1)).year
            return (_year_value(first.year) if ok and first else None), False
        assert c.m is not None
        if y is not None:
            return _day_value(_bangla_date(y, c.m, c.d, cal)), c.y is None
        return (_day_value(_resolve_dm(c.m, c.d, "b", p, mode, strict, cal)) if p else None), True
    if c.m is None:
        return (_year_value(y) if y is not None else None), c.y is None
    if c.d is None:
        return (_month_value(y, c.m) if y is not None else None), c.y is None
    if y is not None:
        return (_day_value(date(y, c.m, c.d)) if _valid(y, c.m, c.d) else None), c.y is None
    return (_day_value(_resolve_dm(c.m, c.d, "g", p, mode, strict, cal)) if p else None), True


# ---------------------------------------------------------------------------------------------
# Grammar: phrases


def _mode_of(sign: int) -> tuple[_Mode, bool]:
    """গত → strictly past, আগামী → strictly future, চলতি/এ → this (P's year or month)."""
    return ("past", True) if sign < 0 else ("future", True) if sign > 0 else ("this", False)


def _bracketed(toks: list[_Tok], j: int, cal: Calendar) -> _Core | None:
    """An explicit day-precision date after a weekday: "(১৯ জুন)", ", ১৯ জুন ২০২৪", "১৯ জুন"."""
    if _punct(toks, j, "(["):
        c = _core(toks, j + 1, cal) if j + 1 < len(toks) else None
        if c is not None and c.d is not None and c.system != "x" and _punct(toks, c.j, ")]"):
            return c._replace(j=c.j + 1, end=toks[c.j].end)
        return None
    k = j + 1 if _punct(toks, j, ",") else j
    if k < len(toks):
        c = _core(toks, k, cal)
        if c is not None and c.d is not None and c.system != "x":
            return c
    return None


def _resolve_explicit(c: _Core, wd: int | None, p: date | None, mode: _Mode,
                      cal: Calendar) -> tuple[DateValue | None, bool]:
    """A day-month written next to its weekday: the weekday picks the year when one of the years
    around ``p`` fits it ("বুধবার (১৯ জুন)" read the day before); otherwise the explicit date is
    trusted and resolved like any other (a wrong weekday never overrides it)."""
    if c.system == "g" and c.y is None and wd is not None and p is not None and c.m is not None and c.d is not None:
        m, d = c.m, c.d
        fits = [date(y, m, d) for y in (p.year - 1, p.year, p.year + 1)
                if _valid(y, m, d) and date(y, m, d).weekday() == wd]
        if fits:
            return _day_value(min(fits, key=lambda x: abs(x - p))), True
    return _resolve_core(c, p, mode, False, cal)


def _skip_tod(toks: list[_Tok], j: int) -> int:
    while _lex(toks, j, "tod") is not None:
        j += 1
    return j


def _weekday_phrase(toks: list[_Tok], w: int, sign: int | None, p: date | None,
                    direction: Direction, cal: Calendar) -> _Hit:
    """[গত|আগামী] WEEKDAY [রাতে] [(explicit date)] — the explicit date wins when present."""
    lex = toks[w].lex
    assert lex is not None
    j = _skip_tod(toks, w + 1)
    mode, strict = _mode_of(sign) if sign else (direction, False)
    explicit = _bracketed(toks, j, cal)
    if explicit is not None:
        value, relative = _resolve_explicit(explicit, int(lex.value), p, mode if mode != "this" else direction, cal)
        return _Hit(explicit.j, explicit.end, value, relative)
    if mode == "this":
        mode = direction
    value = _day_value(_weekday_of(int(lex.value), p, mode, strict)) if p else None
    return _Hit(j, toks[j - 1].end, value, True)


def _dayword_phrase(toks: list[_Tok], i: int, offset: int, p: date | None,
                    direction: Direction, cal: Calendar) -> _Hit:
    """আজ / গতকাল / আগামীকাল [WEEKDAY] [সকালে] [(explicit date)]."""
    j = i + 1
    weekday = _lex(toks, j, "weekday")
    if weekday is not None:
        j += 1
    j = _skip_tod(toks, j)
    explicit = _bracketed(toks, j, cal)
    if explicit is not None:
        wd = int(weekday.value) if weekday is not None else None
        value, relative = _resolve_explicit(explicit, wd, p, "past" if offset < 0 else direction, cal)
        return _Hit(explicit.j, explicit.end, value, relative)
    return _Hit(j, toks[j - 1].end, _day_value(p + timedelta(offset)) if p else None, True)


def _after_mod(toks: list[_Tok], i: int, sign: int, p: date | None,
               direction: Direction, cal: Calendar) -> _Hit | None:
    """গত / আগামী / চলতি / এ followed by a weekday, a month, a unit, a day word or a day-month."""
    j = i + 1
    if j >= len(toks):
        return None
    nxt = toks[j]
    lex = nxt.lex
    mode, strict = _mode_of(sign)
    if lex is not None and not lex.english:
        if lex.kind == "weekday":
            return _weekday_phrase(toks, j, sign, p, direction, cal)
        if lex.kind == "dirday" and sign:
            return _Hit(j + 1, nxt.end, _day_value(p + timedelta(sign * int(lex.value))) if p else None, True)
        if lex.kind == "month":
            k, _ = _month_tail(toks, j + 1, lex)
            value = _resolve_month(int(lex.value), p, mode, strict) if p else None
            return _Hit(k, toks[k - 1].end, value, True)
        if lex.kind == "unit" and lex.value == "year":
            year = p.year + sign if p else None
            inner = _month_phrase(toks, j + 1)
            if inner is not None:
                k, m, d = inner
                if d is not None and year is not None and not _valid(year, m, d):
                    return _Hit(k, toks[k - 1].end, None, True, skip=True)
                value = (_day_value(date(year, m, d)) if d is not None else _month_value(year, m)) if year else None
                return _Hit(k, toks[k - 1].end, value, True)
            return _Hit(j + 1, nxt.end, _year_value(year) if year else None, True)
        if lex.kind == "unit" and lex.value == "month":
            month = _add_months(p, sign) if p else None
            d = _day_at(toks, j + 1)
            if d is not None and _unit(toks, j + 2, "date"):  # "গত মাসের ১২ তারিখে"
                day = None
                if month is not None:
                    y, m = int(month.value[:4]), int(month.value[5:])
                    if not _valid(y, m, d):
                        return _Hit(j + 3, toks[j + 2].end, None, True, skip=True)
                    day = _day_value(date(y, m, d))
                return _Hit(j + 3, toks[j + 2].end, day, True)
            return _Hit(j + 1, nxt.end, month, True)
        if lex.kind == "weekend":
            j2 = j + 1
            return _Hit(j2, nxt.end, _weekend(p, direction if mode == "this" else mode) if p else None, True)
        if lex.kind == "unit" and lex.value == "week":
            if _lex(toks, j + 1, "weekday"):  # "গত সপ্তাহের বুধবার": which week starts when is not said
                return _Hit(j + 2, toks[j + 1].end, None, True)
            return _Hit(j + 1, nxt.end, _week_month(p, sign) if p else None, True)
    if sign and nxt.kind in "NL":
        c = _core(toks, j, cal)
        if c is not None and c.system == "x":
            return _Hit(c.j, c.end, None, False, skip=True)
        if c is not None and c.d is not None:  # "গত ১৯ জুন", "আগামী ২৫ বৈশাখ"
            value, relative = _resolve_core(c, p, mode, strict, cal)
            return _Hit(c.j, c.end, value, relative)
        if c is None and nxt.kind == "N":  # "গত ১৯ তারিখে"
            return _day_of_month(toks, j, p, mode if mode != "this" else direction, strict)
    return None


def _day_of_month(toks: list[_Tok], i: int, p: date | None, mode: _Mode, strict: bool) -> _Hit | None:
    """ "১৯ তারিখে": the 19th of the month of ``p``, or of the month before (after, in the future)
    when that day is not yet (no longer) on the right side of ``p``."""
    d = _day_at(toks, i)
    if d is None or not _unit(toks, i + 1, "date"):
        return None
    value = None
    if p is not None:
        step = 1 if mode == "future" else -1
        months = [(p.year * 12 + p.month - 1 + step * k) for k in range(3)]
        cands = [date(ym // 12, ym % 12 + 1, d) if _valid(ym // 12, ym % 12 + 1, d) else None for ym in months]
        value = _day_value(_pick(cands, p, mode, strict))
    return _Hit(i + 2, toks[i + 1].end, value, True)


def _match(toks: list[_Tok], i: int, p: date | None, direction: Direction,
           cal: Calendar) -> _Hit | None:
    t = toks[i]
    lex = t.lex
    if lex is not None:
        kind = lex.kind
        if kind == "mod":
            return _after_mod(toks, i, int(lex.value), p, direction, cal)
        if kind == "weekday":
            return _weekday_phrase(toks, i, None, p, direction, cal)
        if kind == "dayword":
            return _dayword_phrase(toks, i, int(lex.value), p, direction, cal)
        if kind == "dirday":
            off = int(lex.value) * (1 if direction == "future" else -1)
            return _Hit(i + 1, t.end, _day_value(p + timedelta(off)) if p else None, True)
        if kind == "weekend":
            return _Hit(i + 1, t.end, _weekend(p, direction) if p else None, True)
        if kind == "vague":  # "সম্প্রতি": a time of its own, which the text does not give
            return _Hit(i + 1, t.end, None, True)
        if kind == "anaday":  # "পরদিন": valued later, from the narrative's date (resolve_anaphors)
            return _Hit(i + 1, t.end, None, True)
        if kind == "ana":
            k = _anaphor_end(toks, i)
            return _Hit(k, toks[k - 1].end, None, True) if k else None
        if kind not in ("month", "bmonth", "ordday"):
            return None
    c = _core(toks, i, cal)
    if c is None and t.kind == "N":
        return _day_of_month(toks, i, p, direction, False)
    if c is not None and c.system == "x":
        return _Hit(c.j, c.end, None, False, skip=True)
    if c is not None:
        j, end = c.j, c.end
        if c.d is not None and _punct(toks, j, "(") and _lex(toks, j + 1, "weekday") and _punct(toks, j + 2, ")"):
            j, end = j + 3, toks[j + 2].end  # "১৯ জুন (বুধবার)"
        value, relative = _resolve_core(c, p, direction, False, cal)
        return _Hit(j, end, value, relative)
    if lex is not None and lex.kind == "month" and not lex.english:
        d = _day_at(toks, i + 1)
        if lex.inflected and d is not None and _unit(toks, i + 2, "date"):  # "জুনের ১৯ তারিখে"
            dm = _Core(i + 3, toks[i + 2].end, None, int(lex.value), d)
            if d > _gregorian.monthrange(2000, dm.m or 1)[1]:
                return _Hit(dm.j, dm.end, None, False, skip=True)
            value, relative = _resolve_core(dm, p, direction, False, cal)
            return _Hit(dm.j, dm.end, value, relative)
        k, alone = _month_tail(toks, i + 1, lex)
        if alone:  # "জুনে", "জুন মাসে"
            return _Hit(k, toks[k - 1].end, _resolve_month(int(lex.value), p, direction, False) if p else None, True)
    return None


def _ago(toks: list[_Tok], i: int, p: date | None, cal: Calendar) -> _Hit | None:
    """ "দুই মাস আগে", "৩ বছর আগে": counted back from the publication date, at the unit's precision
    (a month ago is that month, not a day of it); weeks are a time of their own left unresolved."""
    about = _about_one(toks, i, cal)  # "মাসখানেক আগে": about one month ago — a count and unit in one word
    if about is not None:
        n: int | None
        n, unit, k = 1, about, i + 1
    else:
        if toks[i].kind not in "NW" or i + 2 >= len(toks) or toks[i + 2].text not in cal.ago:
            return None
        n = toks[i].num if toks[i].kind == "N" else cal.number_words.get(toks[i].text)
        unit, k = _lex(toks, i + 1, "unit"), i + 2  # type: ignore[assignment]
    if n is None or n <= 0 or unit is None or unit.value not in ("day", "week", "month", "year"):
        return None
    if i > 0 and toks[i - 1].kind == "W" and toks[i - 1].text.endswith(cal.ago_from_genitive):
        return _Hit(k + 1, toks[k].end, None, True, skip=True)  # "বৈঠকের দুই দিন আগে"
    if k + 1 < len(toks) and toks[k + 1].kind in "ND":
        return _Hit(k + 1, toks[k].end, None, True, skip=True)  # "২৪ বছর আগে ২০০০ সালে": the year says
    value: DateValue | None = None
    if p is not None and unit.value == "month":
        value = _add_months(p, -n)
    elif p is not None and unit.value == "year":
        value = _year_value(p.year - n)
    elif p is not None and unit.value == "day":
        value = _day_value(p - timedelta(n))
    return _Hit(k + 1, toks[k].end, value, True)


def _about_one(toks: list[_Tok], i: int, cal: Calendar) -> Lex | None:
    """The unit of "মাসখানেক", "বছরখানেক" (a unit glued to calendar.yaml ``about_one``) before "আগে"."""
    if toks[i].kind != "W" or i + 1 >= len(toks) or toks[i + 1].text not in cal.ago:
        return None
    for suffix in cal.about_one:
        if toks[i].text.endswith(suffix) and len(toks[i].text) > len(suffix):
            lex = cal.lookup(toks[i].text[: -len(suffix)])
            if lex is not None and lex.kind == "unit":
                return lex
    return None


def _anaphor_end(toks: list[_Tok], i: int) -> int | None:
    """After "পরের" / "ওই" at ``i``: the end of "পরের দিন", "ওই মাসে", "সেই বছরের জুনে"; else None."""
    unit = _lex(toks, i + 1, "unit")
    if unit is None or unit.value not in ("day", "week", "month", "year"):
        return None
    if unit.value == "year":
        inner = _month_phrase(toks, i + 2)
        if inner is not None:
            return inner[0]
    return i + 2


def _range_start(toks: list[_Tok], i: int, hit: _Hit, p: date | None, cal: Calendar) -> _Hit | None:
    """A day-precise date at token i that ends a span of days of its month, its first day a bare
    number before a dash or a range word ("১৩-[১৪ সেপ্টেম্বর]", "২০ থেকে [২২ অক্টোবর]"): the span,
    dated by its first day."""
    if i < 2 or hit.value is None or hit.value.precision != "day" or toks[i].kind != "N":
        return None
    sep, start = toks[i - 1], toks[i - 2]
    if not ((sep.kind == "P" and sep.text in _DASHES) or sep.text in cal.range_words):
        return None
    if start.kind != "N" or start.num is None or not 1 <= start.num < (toks[i].num or 0):
        return None
    first = date.fromisoformat(hit.value.value).replace(day=start.num)
    later = first.replace(year=first.year + 1) if _valid(first.year + 1, first.month, first.day) else None
    if p is not None and later is not None and later <= p < later.replace(day=toks[i].num):
        first = later  # read as the past, a span under way on the page's day ends after it: this year's
    return _Hit(hit.j, hit.end, _day_value(first), hit.relative)


def _is_range_end(toks: list[_Tok], i: int) -> bool:
    """A number, month or weekday next to a dash: "১০-১২ জুন", "জুলাই-আগস্টে"."""
    if not 0 <= i < len(toks):
        return False
    t = toks[i]
    return t.kind == "N" or (t.lex is not None and t.lex.kind in ("month", "bmonth", "weekday"))


def _scan(toks: list[_Tok], p: date | None, direction: Direction,
          cal: Calendar) -> list[tuple[int, int, int, _Hit]]:
    """(first token, start, end, hit) of every date expression, left to right, longest first."""
    out = []
    i, n = 0, len(toks)
    while i < n:
        if not _may_start(toks, i, cal):
            i += 1
            continue
        hit = _ago(toks, i, p, cal) or _match(toks, i, p, direction, cal)
        if hit is None:
            i += 1
            continue
        before = i >= 2 and toks[i - 1].kind == "P" and toks[i - 1].text in _DASHES and _is_range_end(toks, i - 2)
        after = (hit.j + 1 < n and toks[hit.j].kind == "P" and toks[hit.j].text in _DASHES
                 and _is_range_end(toks, hit.j + 1))
        first = _range_start(toks, i, hit, p, cal) if not (after or hit.skip) else None
        if first is not None:  # "১৩-১৪ সেপ্টেম্বর", "২০ থেকে ২২ অক্টোবর": from the first day
            out.append((i - 2, toks[i - 2].start, hit.end, first))
        elif not (before or after or hit.skip):
            out.append((i, toks[i].start, hit.end, hit))
        i = max(hit.j, i + 1)
    return out


def _may_start(toks: list[_Tok], i: int, cal: Calendar) -> bool:
    """Whether :func:`_ago` or :func:`_match` may read a date from token ``i`` on: a number, a
    numeric date, a calendar word that opens one — or another word, only as the count of "… আগে"
    (ago) one or two words on ("দুই মাস আগে", "মাসখানেক আগে").  Most words of a sentence are none
    (trying both readers at every word, in both tenses, was half the dates stage)."""
    t = toks[i]
    if t.kind == "W":
        return (i + 1 < len(toks) and toks[i + 1].text in cal.ago) or (i + 2 < len(toks) and toks[i + 2].text in cal.ago)
    return t.kind in "ND" or (t.lex is not None and t.lex.kind in _STARTS)


def _published(published: DateValue | None) -> date | None:
    if published is None or published.precision != "day":
        return None
    try:
        return date.fromisoformat(published.value)
    except ValueError:
        return None


# ---------------------------------------------------------------------------------------------
# Public API


def find_dates(text: str, published: DateValue | None, calendar: Calendar, *, offset: int = 0,
               direction: Direction = "past") -> list[DateMention]:
    """Every date expression in ``text``, in order, resolved against ``published``.

    ``direction`` is the sentence's tense: it decides whether "১৯ জুন" or "বুধবার" lies before or
    after the publication date.  Offsets are ``offset`` + the position in ``text``.  A
    ``published`` value coarser than a day is treated as unknown.

    >>> from pathlib import Path
    >>> import bnkg.mappings.calendar as c
    >>> cal = c.load_calendar(Path(c.__file__).parent)
    >>> p = DateValue("2024-06-21", "day")
    >>> [(m.text, m.value.value) for m in find_dates("গত বুধবার (১৯ জুন) চুক্তি সই হয়।", p, cal)]
    [('গত বুধবার (১৯ জুন)', '2024-06-19')]
    >>> [(m.text, m.value.value, m.relative) for m in find_dates("গত বছরের নভেম্বরে ও ২০২২ সালে", p, cal)]
    [('গত বছরের নভেম্বরে', '2023-11', True), ('২০২২ সালে', '2022', False)]
    >>> find_dates("গত ২৪ বছরে এই প্রথম", p, cal)
    []
    """
    return _mentions(text, _tokens(text, calendar), _published(published), direction, calendar, offset)


def _mentions(text: str, toks: list[_Tok], p: date | None, direction: Direction, calendar: Calendar,
              offset: int) -> list[DateMention]:
    return [DateMention(start + offset, end + offset, text[start:end], hit.value, hit.relative)
            for _, start, end, hit in _scan(toks, p, direction, calendar)] if toks else []


_DATELINE = re.compile(r"\s*([^\s,:;।0-9০-৯][^,:;।0-9০-৯]{0,30}),\s*([^:;।()]{3,40}?)\s*(?:[:ঃ](?:\s|$)|\(|\s[-–—]\s)")
_DATELINE_DAYS = 7  # a dateline's day lies at most a week before the page's date


def body_day(sentences: Sequence[SentenceRecord], published: DateValue | None, calendar: Calendar,
             ) -> DateValue | None:
    """The day the body's "আজ" means: that of a dateline opening the first sentence ("মস্কো, ৪
    অগস্ট: …", "ঢাকা, ৩ মার্চ (বাসস) –"), when it lies within the week up to the page's date (a
    paper prints the day after the report's dateline); else the page's date.

    >>> from pathlib import Path
    >>> import bnkg.mappings.calendar as c
    >>> from bnkg.builder.records import Sentence
    >>> cal = c.load_calendar(Path(c.__file__).parent)
    >>> first = SentenceRecord(Sentence(0, 0, 40, "মস্কো, ৪ অগস্ট: আজ দুই নেতা বৈঠক করেন।"), ())
    >>> body_day([first], DateValue("2001-08-05", "day"), cal)
    DateValue(value='2001-08-04', precision='day')
    """
    p = _published(published)
    if p is None or not sentences:
        return published
    m = _DATELINE.match(sentences[0].sentence.text)
    if m is None or len(m.group(1).split()) > 3:
        return published
    head = m.group(2).strip()
    found = find_dates(head, published, calendar)
    if len(found) != 1 or found[0].text != head or found[0].value is None or found[0].value.precision != "day":
        return published
    day = date.fromisoformat(found[0].value.value)
    return found[0].value if 0 <= (p - day).days <= _DATELINE_DAYS else published


def sentence_dates(sentence: SentenceRecord, published: DateValue | None, calendar: Calendar) -> SentenceRecord:
    """The dates stage: ``sentence`` with its date expressions read as the past (what is told) and
    as the future (for a planned event) — one tokenisation, two readings (:func:`find_dates`).

    Anaphors ("পরদিন") stay without a value: the event rules resolve them
    (:func:`resolve_anaphors`) from the day the narrative has reached."""
    text, start = sentence.sentence.text, sentence.sentence.start
    toks = _tokens(text, calendar)
    p = _published(published)
    return sentence.with_dates(tuple(_mentions(text, toks, p, "past", calendar, start)),
                               tuple(_mentions(text, toks, p, "future", calendar, start)))


def resolve_anaphors(mentions: list[DateMention], base: DateValue | None,
                     calendar: Calendar) -> list[DateMention]:
    """``mentions`` with each anaphoric one ("পরদিন", "এর পরের মাসে", "সেদিন", "ওই বছরের জুনে")
    valued from the date before it: an earlier mention in the same text, else ``base`` (the date
    the narrative is at).  With neither, it stays without a value: no date is invented.

    >>> from pathlib import Path
    >>> import bnkg.mappings.calendar as c
    >>> cal = c.load_calendar(Path(c.__file__).parent)
    >>> ms = find_dates("শুক্রবার তিনি পৌঁছান, পরদিন বৈঠক হয়।", DateValue("2025-07-14", "day"), cal)
    >>> [(m.text, m.value.value) for m in resolve_anaphors(ms, None, cal)]
    [('শুক্রবার', '2025-07-11'), ('পরদিন', '2025-07-12')]
    """
    out: list[DateMention] = []
    last = base
    for m in mentions:
        if m.value is None:
            value = _follow(m.text, last, calendar)
            if value is not None:
                m = DateMention(m.start, m.end, m.text, value, True)
        if m.value is not None:
            last = m.value
        out.append(m)
    return out


def _follow(text: str, base: DateValue | None, calendar: Calendar) -> DateValue | None:
    """The value of one anaphoric date expression counted from ``base`` (None if it is not one)."""
    if base is None:
        return None
    toks = _tokens(text, calendar)
    if not toks or toks[0].lex is None or toks[0].lex.kind not in ("ana", "anaday"):
        return None
    off = int(toks[0].lex.value)
    unit = "day" if toks[0].lex.kind == "anaday" else str(toks[1].lex.value) if len(toks) > 1 and toks[1].lex else ""
    y = int(base.value[:4])
    if unit == "year":
        inner = _month_phrase(toks, 2)
        if inner is not None:
            _, m, d = inner
            if d is None:
                return _month_value(y + off, m)
            return _day_value(date(y + off, m, d)) if _valid(y + off, m, d) else None
        return _year_value(y + off)
    if unit == "month" and base.precision in ("day", "month"):
        return _add_months(date(y, int(base.value[5:7]), 1), off)
    if unit == "day" and base.precision == "day":
        return _day_value(date.fromisoformat(base.value) + timedelta(off))
    return None


def stay_date(words: Sequence[str], after: Sequence[str], published: DateValue | None,
              calendar: Calendar) -> tuple[bool, DateValue | None]:
    """A stay of N days ("ছয় দিনের রাশিয়া সফর", "চার দিনের চীন সফরে"): (whether ``words``, just
    before the stay's noun, give its length; its date).

    A stay the text says has ended ("… সফর শেষ করেছেন") lay in the N days before ``published``
    (two more for a report a day or two late); one still going on ("… সফরে রয়েছেন") in the days
    around it.  The date is their month when all of them fall in one, else None — and None
    without a publication date, or when the text says neither: a multi-day stay is not dated by
    the day the narrative is at.

    >>> from pathlib import Path
    >>> import bnkg.mappings.calendar as c
    >>> cal = c.load_calendar(Path(c.__file__).parent)
    >>> stay_date(["৬", "দিনের", "রাশিয়া"], ["শেষ", "করেছেন"], DateValue("2023-09-17", "day"), cal)
    (True, DateValue(value='2023-09', precision='month'))
    >>> stay_date(["তিন", "দিনের"], ["শেষে"], DateValue("2023-09-02", "day"), cal)
    (True, None)
    >>> stay_date(["রাষ্ট্রীয়"], ["শেষে"], DateValue("2023-09-20", "day"), cal)
    (False, None)
    """
    days = None
    for k, w in enumerate(words):
        unit = _day_unit(w, calendar)
        if unit == "":  # "৬ দিনের", "তিন দিনের"
            days = _count(words[k - 1], calendar) if k else None
        elif unit is not None:  # "দুদিনের"
            days = _count(unit, calendar)
    if days is None or not 1 <= days <= 31:
        return False, None
    p = _published(published)
    if p is None:
        return True, None
    if any(w in calendar.ended_words for w in after):
        first, last = p - timedelta(days + 2), p
    elif any(w in calendar.ongoing_words for w in after):
        first, last = p - timedelta(days - 1), p + timedelta(days - 1)
    else:
        return True, None
    same = (first.year, first.month) == (last.year, last.month)
    return True, _month_value(p.year, p.month) if same else None


def _day_unit(word: str, calendar: Calendar) -> str | None:
    """ "দিনের" → "" (a day word); "দুদিনের" → "দু" (a number glued to it); else None."""
    for day in calendar.stay_days:
        k = word.find(day)
        if k < 0:
            continue
        lex = calendar.lookup(word[k:])
        if word[k:].startswith(calendar.stay_lasting) or (lex is not None and lex.kind == "unit" and lex.value == "day"):
            return word[:k]
        return None
    return None


def _count(word: str, calendar: Calendar) -> int | None:
    if word in calendar.number_words:
        return calendar.number_words[word]
    digits = word.translate(calendar.to_ascii)
    return int(digits) if digits.isdigit() else None


def _clock(toks: list[_Tok], j: int, cal: Calendar) -> str | None:
    """A clock time starting near token ``j`` ("১৯:১৭", "০৭:২৯ পিএম", "রাত ১০:১৫"), 24-hour."""
    tod: str | None = None
    k = j
    n = len(toks)
    while k < n and k < j + 4:
        t = toks[k]
        if t.kind == "T":
            break
        if t.kind == "P" or (t.lex is not None and t.lex.kind in ("label", "weekday", "era")):
            k += 1
            continue
        if t.lex is not None and t.lex.kind == "tod":
            tod = str(t.lex.value)
            k += 1
            continue
        return None
    else:
        return None
    parts = [int(x) for x in _ascii(toks[k].text, cal).split(":")]
    after = toks[k + 1].lex if k + 1 < n else None
    if after is not None and after.kind in ("ampm", "tod"):
        tod = str(after.value)
    return _hhmm(parts, tod)


def _hhmm(parts: list[int], tod: str | None) -> str | None:
    h = parts[0]
    if (tod in ("pm", "afternoon") and h < 12) or (tod == "noon" and 1 <= h <= 5):
        h += 12
    elif tod == "night":
        h = 0 if h == 12 else h + 12 if 6 <= h < 12 else h
    elif tod in ("am", "morning") and h == 12:
        h = 0
    if h > 23 or any(not 0 <= x <= 59 for x in parts[1:]):
        return None
    return ":".join(f"{x:02d}" for x in [h, *parts[1:]])


def parse_published(text: str, calendar: Calendar) -> tuple[DateValue, str | None] | None:
    """The publication date (and 24-hour time) printed on a page's date line or header block.

    The first full Gregorian day-month-year wins (pages print the publication before the update);
    a Bangla-calendar date is used only when there is no Gregorian one.

    >>> from pathlib import Path
    >>> import bnkg.mappings.calendar as c
    >>> cal = c.load_calendar(Path(c.__file__).parent)
    >>> parse_published("প্রকাশ : ০৭ সেপ্টেম্বর ২০২৩, ০৭:২৯ পিএম", cal)
    (DateValue(value='2023-09-07', precision='day'), '19:29')
    """
    toks = _tokens(text, calendar)
    bangla: tuple[DateValue, str | None] | None = None
    for i, t in enumerate(toks):
        if t.kind not in "NDL":
            continue
        c = _core(toks, i, calendar)
        if c is None or c.y is None or c.d is None or c.system == "x":
            continue
        value, _ = _resolve_core(c, None, "past", False, calendar)
        if value is None:
            continue
        if t.kind == "D":
            clock = _ascii(t.text, calendar).partition("T")[2][:8]
            time = _hhmm([int(x) for x in clock.split(":")], None) if clock[2:3] == ":" else None
            return value, time if time is not None else _clock(toks, c.j, calendar)
        if c.system == "g":
            return value, _clock(toks, c.j, calendar)
        if bangla is None:
            bangla = (value, _clock(toks, c.j, calendar))
    return bangla or _short_year_date(toks, calendar)


def _short_year_date(toks: list[_Tok], calendar: Calendar) -> tuple[DateValue, str | None] | None:
    """ "১৯ অক্টোবর ২৩": some pages print a two-digit year on their date line (read as 20YY).

    Only the page's own date line is read this way; in running text "২৩" is no year."""
    for i in range(len(toks) - 2):
        day = _day_at(toks, i)
        m, y = toks[i + 1], toks[i + 2]
        if (day is None or m.kind != "L" or m.lex is None or m.lex.kind != "month"
                or y.kind != "N" or y.nd != 2):
            continue
        try:
            d = date(2000 + y.num, int(m.lex.value), day)
        except ValueError:
            continue
        return DateValue(d.isoformat(), "day"), _clock(toks, i + 3, calendar)
    return None


_FILLER = frozenset(("label", "era", "weekday", "tod", "ampm", "hijri", "bmonth", "month", "unit", "ordday",
                     "clock"))


class DateLine(NamedTuple):
    """What a line of a page says as a date line (:func:`read_date_line`)."""

    only_date: bool  # only a date/time stamp: labels, weekday, Bangla or Hijri date allowed
    bangla: bool  # holds a Bangla-calendar date with its year ("২৬ বৈশাখ ১৪৩২", "বৈশাখ ১৪৩২")


def read_date_line(line: str, calendar: Calendar) -> DateLine:
    """Whether ``line`` is only a date stamp, and whether it holds a Bangla-calendar date with its
    year — from one tokenisation.

    The segmenter drops date-stamp lines from the article body; a lone label ("প্রকাশিত:") is one
    too, as pages print it on the line above the date.  Sites print a Bangla-calendar date in their
    masthead beside the day the page was crawled.

    >>> from pathlib import Path
    >>> import bnkg.mappings.calendar as c
    >>> cal = c.load_calendar(Path(c.__file__).parent)
    >>> read_date_line("আপডেট: ১০ জুন ২০২৪, ১০:১০", cal), read_date_line("১০ জুন ২০২৪ বৈঠক হয়।", cal)
    (DateLine(only_date=True, bangla=False), DateLine(only_date=False, bangla=False))
    >>> read_date_line("শুক্রবার, ০৯ মে ২০২৫ | ২৬ বৈশাখ ১৪৩২", cal)
    DateLine(only_date=True, bangla=True)
    """
    toks = _tokens(line, calendar)
    bangla = any(t.kind == "L" and t.lex is not None and t.lex.kind == "bmonth"
                 and _year_at(toks, i + 1, 1100, 1599) is not None for i, t in enumerate(toks))
    return DateLine(_only_date(toks, calendar), bangla)


def bangla_first(line: str, calendar: Calendar) -> bool:
    """Whether ``line`` gives a Bangla-calendar date with its year before a Gregorian one: a print
    issue's masthead ("রবিবার, ৭ কার্তিক ১৪১৩ বঙ্গাব্দ, ২২ অক্টোবর ২০০৬"); a site header's crawl stamp
    leads with the Gregorian day ("শুক্রবার, ০৯ মে ২০২৫ | ২৬ বৈশাখ ১৪৩২").

    >>> from pathlib import Path
    >>> import bnkg.mappings.calendar as c
    >>> cal = c.load_calendar(Path(c.__file__).parent)
    >>> bangla_first("রবিবার, ৭ কার্তিক ১৪১৩ বঙ্গাব্দ, ২২ অক্টোবর, ২০০৬", cal)
    True
    >>> bangla_first("শুক্রবার, ০৯ মে ২০২৫ | ২৬ বৈশাখ ১৪৩২", cal), bangla_first("৭ কার্তিক ১৪১৩", cal)
    (False, False)
    """
    toks = _tokens(line, calendar)
    first = next((i for i, t in enumerate(toks) if t.kind == "L" and t.lex is not None and t.lex.kind == "bmonth"
                  and _year_at(toks, i + 1, 1100, 1599) is not None), None)
    return first is not None and any(
        t.kind == "L" and t.lex is not None and t.lex.kind == "month"
        and (_year_at(toks, i + 1) is not None
             or (i + 1 < len(toks) and toks[i + 1].kind == "P" and _year_at(toks, i + 2) is not None))
        for i, t in enumerate(toks[first:], first))


def names_weekday(line: str, calendar: Calendar) -> bool:
    """Whether ``line`` names a weekday ("শুক্রবার, ১৩ মার্চ ২০১৫"): a page's stamp, as a date listed
    beside another news item seldom does."""
    return any(t.kind == "L" and t.lex is not None and t.lex.kind == "weekday" for t in _tokens(line, calendar))


def _only_date(toks: list[_Tok], calendar: Calendar) -> bool:
    if not toks:
        return False
    covered: set[int] = set()
    for i, _, end, _hit in _scan(toks, None, "past", calendar):
        k = i
        while k < len(toks) and toks[k].start < end:
            covered.add(k)
            k += 1
    has_date = bool(covered)
    has_label = loose_numbers = False
    for k, t in enumerate(toks):
        if k in covered or t.kind == "P":
            continue
        # "প্রকাশঃ": some pages write the colon as a visarga, which is a letter of the word.
        lex = t.lex if t.kind != "W" or not t.text.endswith("ঃ") else calendar.lookup(t.text.rstrip("ঃ"))
        if t.kind in "TD":
            has_date = True
        elif t.kind == "N":
            loose_numbers = True
        elif lex is not None and lex.kind in _FILLER:
            has_label = has_label or lex.kind in ("label", "weekday")
        else:
            return False
    return has_date or (has_label and not loose_numbers)
