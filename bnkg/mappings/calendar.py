"""Typed loader for ``calendar.yaml``: digits, months, weekdays, the Bangla calendar, relative words.

The YAML file is the data; this module reads and checks it and derives, once per load, what the
date reader (:mod:`bnkg.builder.dates`) needs on every sentence: a dictionary from every surface
form — inflections included ("জুনে", "জুলাইয়ের", "বুধবারও", "বছরের") — to its meaning, and the
compiled tokenizer.  Deriving them here keeps :func:`bnkg.builder.dates.find_dates` a pure
function with no per-call set-up.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal

from bnkg.errors import MappingError
from bnkg.mappings.yamlfile import Keys, Schema, read_mapping

LexKind = Literal["month", "bmonth", "weekday", "mod", "dayword", "dirday", "unit", "tod", "ampm", "era",
                  "ordday", "label", "hijri", "clock", "weekend", "ana", "anaday", "vague"]

# The keys of calendar.yaml; any other key is an error.  Word lists and word → number tables (months,
# day_words …) hold data, not keys; the kinds of units, times of day and am/pm are checked on load.
SCHEMA: Schema = Keys({
    **dict.fromkeys(("digits", "months", "english_months", "weekdays", "day_words", "directional_day_words",
                     "units", "weekend", "vague", "number_words", "ended_words", "ongoing_words", "times_of_day",
                     "ampm", "inflections", "number_endings", "spaced_day_endings", "ordinal_day_words", "eras",
                     "not_dates", "published_labels", "clock_words", "hijri_months", "stay_days", "stay_lasting",
                     "ago", "ago_from_genitive", "about_one", "range_words")),
    "bangla_calendar": Keys({**dict.fromkeys(("months", "month_days", "leap_month", "year_offset")),
                             "new_year": Keys(("month", "day")), "earlier": Keys(("until", "month_days"))}),
    "relative": Keys(("last", "this", "next")),
    "anaphoric": Keys(("words", "day_words")),
    "visit_day": Keys(("of", "ordinals", "nouns")),
})


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@dataclass(frozen=True, slots=True)
class Lex:
    """What one surface word means for dates.

    ``value``: month 1-12 (month), Bangla month 1-12 (bmonth), weekday 0-6 (weekday, 0 = Monday),
    -1/0/1 for last/this/next (mod), a day offset (dayword, dirday), the unit name (unit: year,
    month, week, day, date, year_number, decade), morning/noon/afternoon/night (tod), am/pm (ampm), a day
    number (ordday), the offset of an anaphoric word from the narrative's date (ana: before a
    unit, "পরের"; anaday: a day on its own, "পরদিন"); 0 for era, label, hijri, clock and weekend words.
    """

    kind: LexKind
    value: int | str
    inflected: bool = False  # an inflection ending followed the base form ("জুনে", not "জুন")
    english: bool = False  # an English word: only trusted next to numbers


@dataclass(frozen=True, slots=True)
class BanglaCalendar:
    """The revised Bangla calendar of Bangladesh (fixed month lengths, 14 April new year)."""

    months: tuple[tuple[str, ...], ...]  # 12 tuples of spellings, বৈশাখ first
    month_days: tuple[int, ...]  # days per month in a common year
    leap_month: int  # 1-based month that gains a day when its Gregorian year is a leap year
    new_year: tuple[int, int]  # (Gregorian month, day) of 1 বৈশাখ
    year_offset: int  # Gregorian year of 1 বৈশাখ = Bangla year + year_offset
    earlier_until: int = 0  # years before this one were counted with ``earlier_days`` (an older revision)
    earlier_days: tuple[int, ...] = ()

    def days_of(self, year: int) -> tuple[int, ...]:
        """The month lengths of Bangla ``year`` (in a common Gregorian year)."""
        return self.earlier_days if year < self.earlier_until and self.earlier_days else self.month_days


@dataclass(frozen=True, slots=True)
class Calendar:
    digits: str  # "০১২৩৪৫৬৭৮৯"
    months: Mapping[int, tuple[str, ...]]
    english_months: Mapping[int, tuple[str, ...]]
    weekdays: Mapping[int, tuple[str, ...]]
    bangla: BanglaCalendar
    relative: Mapping[str, tuple[str, ...]]  # last / next / this
    day_words: Mapping[str, int]
    directional_day_words: Mapping[str, int]
    units: Mapping[str, tuple[str, ...]]
    times_of_day: Mapping[str, tuple[str, ...]]
    ampm: Mapping[str, tuple[str, ...]]
    inflections: tuple[str, ...]
    number_endings: tuple[str, ...]
    spaced_day_endings: tuple[str, ...]  # "২৫ শে": endings some pages write apart from the day
    ordinal_day_words: Mapping[str, int]
    eras: tuple[str, ...]
    not_dates: frozenset[str]
    published_labels: tuple[tuple[str, ...], ...]  # each label as a tuple of (lower-case) words
    hijri_months: tuple[str, ...]
    clock_words: tuple[str, ...]  # "টা", "মিনিট": printed after a time on a date line
    weekend: tuple[str, ...]  # "সপ্তাহান্ত"
    vague: tuple[str, ...]  # "সম্প্রতি": a time the text does not give
    anaphoric_words: Mapping[str, int]  # "পরের": +1 (before a unit)
    anaphoric_day_words: Mapping[str, int]  # "পরদিন": +1 day
    number_words: Mapping[str, int]  # "তিন": 3 (how many days a stay lasted)
    ended_words: tuple[str, ...]  # "শেষ": a stay that has ended
    ongoing_words: tuple[str, ...]  # "রয়েছেন": a stay still going on
    stay_days: tuple[str, ...]  # "দিন": the day word inside a stay's length ("৬ দিনের", "দুদিনের")
    stay_lasting: tuple[str, ...]  # "দিনব্যাপী": lasting so many days
    ago: tuple[str, ...]  # "দুই মাস আগে": so many units before the publication date
    ago_from_genitive: tuple[str, ...]  # "বৈঠকের দুই দিন আগে": a word so ending counts from its event
    about_one: tuple[str, ...]  # "মাসখানেক আগে": a unit glued to one of these is about one of it
    range_words: tuple[str, ...]  # "২০ থেকে ২২ অক্টোবর": between a range's first and last day
    # "সফরের তৃতীয় দিনে": the Nth day of the visit told (its first day + N - 1)
    visit_day_of: tuple[str, ...]  # "সফরের"
    visit_day_ordinals: Mapping[str, int]  # "তৃতীয়": 3
    visit_day_nouns: tuple[str, ...]  # "দিনে"
    # Derived once by load_calendar:
    lexicon: Mapping[str, Lex]  # every surface form (inflected too) → meaning
    token_re: re.Pattern[str]  # splits text into dates, times, numbers, words and punctuation
    to_ascii: Mapping[int, str]  # str.translate table: Bengali digits → ASCII

    def lookup(self, word: str) -> Lex | None:
        """The meaning of ``word`` (English words case-insensitively), or None.

        >>> cal = load_calendar(Path(__file__).parent)
        >>> cal.lookup("জুলাইয়ের")
        Lex(kind='month', value=7, inflected=True, english=False)
        >>> cal.lookup("মেয়ে") is None
        True
        """
        lex = self.lexicon.get(word)
        if lex is None and word.isascii():
            lex = self.lexicon.get(word.lower())
        return lex


def _strs(path: Path, where: str, value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise MappingError(f"{path}: {where}: expected a list of strings")
    out = tuple(nfc(v.strip()) for v in value)
    return tuple(v.lower() if v.isascii() else v for v in out if v)


def _numbered(path: Path, where: str, value: Any, keys: range) -> dict[int, tuple[str, ...]]:
    if not isinstance(value, dict) or set(value) != set(keys):
        raise MappingError(f"{path}: {where}: expected one entry for each of {keys.start}..{keys.stop - 1}")
    return {int(k): _strs(path, f"{where}.{k}", v) for k, v in sorted(value.items())}


def _ints(path: Path, where: str, value: Any) -> dict[str, int]:
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(isinstance(v, int) for v in value.values()):
        raise MappingError(f"{path}: {where}: expected a mapping of words to integers")
    return {nfc(str(k).strip()): int(v) for k, v in value.items()}


def _groups(path: Path, where: str, value: Any) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict):
        raise MappingError(f"{path}: {where}: expected a mapping of names to word lists")
    return {str(k): _strs(path, f"{where}.{k}", v) for k, v in value.items()}


def _bangla(path: Path, spec: Any) -> BanglaCalendar:
    if not isinstance(spec, dict):
        raise MappingError(f"{path}: bangla_calendar: expected a mapping")
    months = spec.get("months")
    days = spec.get("month_days")
    if not isinstance(months, list) or len(months) != 12:
        raise MappingError(f"{path}: bangla_calendar.months: expected 12 entries")
    if not isinstance(days, list) or len(days) != 12 or not all(isinstance(d, int) and 28 <= d <= 32 for d in days):
        raise MappingError(f"{path}: bangla_calendar.month_days: expected 12 month lengths")
    if sum(days) != 365:
        raise MappingError(f"{path}: bangla_calendar.month_days: a common year must have 365 days, not {sum(days)}")
    leap = spec.get("leap_month")
    new_year = spec.get("new_year") or {}
    if not isinstance(leap, int) or not 1 <= leap <= 12:
        raise MappingError(f"{path}: bangla_calendar.leap_month: expected a month number 1..12")
    try:
        ny = (int(new_year["month"]), int(new_year["day"]))
        offset = int(spec["year_offset"])
    except (KeyError, TypeError, ValueError) as exc:
        raise MappingError(f"{path}: bangla_calendar: new_year {{month, day}} and year_offset are required") from exc
    earlier = spec.get("earlier") or {}
    old_days = earlier.get("month_days") or []
    if earlier and (not isinstance(old_days, list) or len(old_days) != 12 or sum(old_days) != 365
                    or not isinstance(earlier.get("until"), int)):
        raise MappingError(f"{path}: bangla_calendar.earlier: expected 'until' (a year) and 12 month lengths of 365 days")
    return BanglaCalendar(tuple(_strs(path, f"bangla_calendar.months[{i}]", m) for i, m in enumerate(months)),
                          tuple(days), leap, ny, offset, int(earlier.get("until") or 0), tuple(old_days))


def _lexicon(cal: dict[str, Any]) -> dict[str, Lex]:
    """Every surface form → meaning.  Base forms first, then inflected forms, so an inflected form
    never shadows another word's base form; ``not_dates`` (e.g. "মেয়ে" = মে + য়ে) are removed."""
    base: list[tuple[str, Lex]] = []
    inflectable: list[tuple[str, Lex]] = []

    def add(forms: tuple[str, ...], lex: Lex, inflect: bool = True) -> None:
        for f in forms:
            english = f.isascii()
            entry = Lex(lex.kind, lex.value, False, english)
            base.append((f, entry))
            if inflect and not english:
                inflectable.append((f, entry))

    for m, forms in cal["months"].items():
        add(forms, Lex("month", m))
    for m, forms in cal["english_months"].items():
        add(forms, Lex("month", m))
    for i, forms in enumerate(cal["bangla"].months, start=1):
        add(forms, Lex("bmonth", i))
    for wd, forms in cal["weekdays"].items():
        add(forms, Lex("weekday", wd))
    for w, off in cal["day_words"].items():
        add((w,), Lex("dayword", off))
    for w, off in cal["directional_day_words"].items():
        add((w,), Lex("dirday", off))
    for name, sign in (("last", -1), ("this", 0), ("next", 1)):
        add(cal["relative"].get(name, ()), Lex("mod", sign), inflect=False)
    for unit, forms in cal["units"].items():
        add(forms, Lex("unit", unit))
    for tod, forms in cal["times_of_day"].items():
        add(forms, Lex("tod", tod))
    for ap, forms in cal["ampm"].items():
        add(forms, Lex("ampm", ap), inflect=False)
    add(cal["eras"], Lex("era", 0))
    for w, d in cal["ordinal_day_words"].items():
        add((w,), Lex("ordday", d), inflect=False)
    add(cal["weekend"], Lex("weekend", 0))
    add(cal["vague"], Lex("vague", 0), inflect=False)
    for w, off in cal["anaphoric_words"].items():
        add((w,), Lex("ana", off), inflect=False)
    for w, off in cal["anaphoric_day_words"].items():
        add((w,), Lex("anaday", off))

    out: dict[str, Lex] = {}
    for f, lex in base:
        out.setdefault(f, lex)
    for f, lex in inflectable:
        for ending in cal["inflections"]:
            out.setdefault(nfc(f + ending), Lex(lex.kind, lex.value, True, False))
    for label in cal["published_labels"]:
        for w in label:
            out.setdefault(w, Lex("label", 0, False, w.isascii()))
    for w in cal["hijri_months"]:
        out.setdefault(w, Lex("hijri", 0))
    for w in cal["clock_words"]:
        out.setdefault(w, Lex("clock", 0, False, w.isascii()))
    for w in cal["not_dates"]:
        out.pop(w, None)
    return out


def _token_re(digits: str, number_endings: tuple[str, ...], spaced: tuple[str, ...] = ()) -> re.Pattern[str]:
    """One tokenizer for every sentence: ISO and numeric dates, clock times, numbers (with
    thousands separators or a day/case ending such as ১৯শে, ২০২৪এ), words, punctuation."""
    d = "[0-9" + re.escape(digits) + "]"
    lo, hi = min(digits), max(digits)
    bengali = "\u0980-\u09ff"
    if lo >= "\u0980" and hi <= "\u09ff" and ord(hi) - ord(lo) == 9:  # cut the digit run out of the block
        bengali = f"\u0980-{chr(ord(lo) - 1)}{chr(ord(hi) + 1)}-\u09ff"
    w = f"[{bengali}A-Za-z\u200c\u200d]"
    endings = "|".join(re.escape(e) for e in sorted(number_endings, key=len, reverse=True)) or "(?!)"
    if spaced:  # "২৫ শে": a day's ending written apart
        endings += "|" + "|".join(" " + re.escape(e) for e in sorted(spaced, key=len, reverse=True))
    return re.compile(
        rf"(?P<iso>{d}{{4}}-{d}{{1,2}}-{d}{{1,2}}(?:T{d}{{1,2}}:{d}{{2}}(?::{d}{{2}})?(?:\.{d}+)?"
        rf"(?:Z|[+-]{d}{{2}}:?{d}{{2}})?)?)(?!{d})"
        rf"|(?P<dmy>{d}{{1,2}}(?P<sep>[./-]){d}{{1,2}}(?P=sep){d}{{4}})(?!{d})"
        rf"|(?P<time>{d}{{1,2}}:{d}{{2}}(?::{d}{{2}})?)(?!{d})"
        rf"|(?P<num>{d}+(?:[,.]{d}+)*(?:(?:{endings})(?!{w}))?)"
        rf"|(?P<word>{w}+)"
        rf"|(?P<punct>\S)")


def load_calendar(directory: Path) -> Calendar:
    """Read ``calendar.yaml`` from ``directory``, check it and derive the lexicon and tokenizer."""
    path = directory / "calendar.yaml"
    data = read_mapping(path, SCHEMA)
    digits = nfc(str(data.get("digits", "")))
    if len(digits) != 10:
        raise MappingError(f"{path}: digits: expected the ten digits ০..৯ in order")
    labels = tuple(tuple(lab.split()) for lab in _strs(path, "published_labels", data.get("published_labels")))
    anaphoric = data.get("anaphoric") or {}
    visit_day = data.get("visit_day") or {}
    if not isinstance(anaphoric, dict):
        raise MappingError(f"{path}: anaphoric: expected a mapping with 'words' and 'day_words'")
    cal: dict[str, Any] = {
        "digits": digits,
        "months": _numbered(path, "months", data.get("months"), range(1, 13)),
        "english_months": _numbered(path, "english_months", data.get("english_months"), range(1, 13)),
        "weekdays": _numbered(path, "weekdays", data.get("weekdays"), range(0, 7)),
        "bangla": _bangla(path, data.get("bangla_calendar")),
        "relative": _groups(path, "relative", data.get("relative")),
        "day_words": _ints(path, "day_words", data.get("day_words")),
        "directional_day_words": _ints(path, "directional_day_words", data.get("directional_day_words")),
        "units": _groups(path, "units", data.get("units")),
        "times_of_day": _groups(path, "times_of_day", data.get("times_of_day")),
        "ampm": _groups(path, "ampm", data.get("ampm")),
        "inflections": _strs(path, "inflections", data.get("inflections")),
        "number_endings": _strs(path, "number_endings", data.get("number_endings")),
        "spaced_day_endings": _strs(path, "spaced_day_endings", data.get("spaced_day_endings")),
        "ordinal_day_words": _ints(path, "ordinal_day_words", data.get("ordinal_day_words")),
        "eras": _strs(path, "eras", data.get("eras")),
        "not_dates": frozenset(_strs(path, "not_dates", data.get("not_dates"))),
        "published_labels": labels,
        "hijri_months": _strs(path, "hijri_months", data.get("hijri_months")),
        "clock_words": _strs(path, "clock_words", data.get("clock_words")),
        "weekend": _strs(path, "weekend", data.get("weekend")),
        "vague": _strs(path, "vague", data.get("vague")),
        "anaphoric_words": _ints(path, "anaphoric.words", anaphoric.get("words")),
        "anaphoric_day_words": _ints(path, "anaphoric.day_words", anaphoric.get("day_words")),
        "number_words": _ints(path, "number_words", data.get("number_words")),
        "ended_words": _strs(path, "ended_words", data.get("ended_words")),
        "ongoing_words": _strs(path, "ongoing_words", data.get("ongoing_words")),
        "stay_days": _strs(path, "stay_days", data.get("stay_days")),
        "stay_lasting": _strs(path, "stay_lasting", data.get("stay_lasting")),
        "ago": _strs(path, "ago", data.get("ago")),
        "ago_from_genitive": _strs(path, "ago_from_genitive", data.get("ago_from_genitive")),
        "about_one": _strs(path, "about_one", data.get("about_one")),
        "range_words": _strs(path, "range_words", data.get("range_words")),
        "visit_day_of": _strs(path, "visit_day.of", visit_day.get("of")),
        "visit_day_ordinals": _ints(path, "visit_day.ordinals", visit_day.get("ordinals")),
        "visit_day_nouns": _strs(path, "visit_day.nouns", visit_day.get("nouns")),
    }
    for name in ("last", "next", "this"):
        if name not in cal["relative"]:
            raise MappingError(f"{path}: relative.{name}: missing")
    for unit in ("day", "year", "month", "week", "date", "year_number", "decade"):
        if unit not in cal["units"]:
            raise MappingError(f"{path}: units.{unit}: missing")
    for tod in cal["times_of_day"]:
        if tod not in ("morning", "noon", "afternoon", "night"):
            raise MappingError(f"{path}: times_of_day.{tod}: expected morning, noon, afternoon or night")
    if set(cal["ampm"]) != {"am", "pm"}:
        raise MappingError(f"{path}: ampm: expected exactly 'am' and 'pm'")
    frozen = {k: MappingProxyType(v) if isinstance(v, dict) else v for k, v in cal.items()}
    return Calendar(
        **frozen,
        lexicon=MappingProxyType(_lexicon(cal)),
        token_re=_token_re(digits, cal["number_endings"], cal["spaced_day_endings"]),
        to_ascii=MappingProxyType(str.maketrans(digits, "0123456789")),
    )
