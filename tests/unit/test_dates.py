"""Date expressions (bnkg.builder.dates) and the calendar loader (bnkg.mappings.calendar).

Every sentence here is written for these tests; P is the publication date the text is resolved
against.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import bnkg.builder.dates as dates_module
import bnkg.mappings.calendar as calendar_module
from bnkg.builder.dates import (
    find_dates,
    parse_published,
    read_date_line,
    resolve_anaphors,
    sentence_dates,
    stay_date,
)
from bnkg.builder.records import DateMention, DateValue, Sentence, SentenceRecord
from bnkg.errors import MappingError
from bnkg.mappings.calendar import Calendar, load_calendar

CAL: Calendar = load_calendar(Path(calendar_module.__file__).parent)


def P(iso: str) -> DateValue:
    return DateValue(iso, "day")


def found(text: str, published: str | None = "2024-06-21", direction: str = "past") -> list[tuple[str, str | None]]:
    """(mention text, value) pairs; 2024-06-21 is a Friday."""
    pub = P(published) if published else None
    return [(m.text, m.value.value if m.value else None)
            for m in find_dates(text, pub, CAL, direction=direction)]  # type: ignore[arg-type]


def one(text: str, published: str | None = "2024-06-21", direction: str = "past") -> DateMention:
    pub = P(published) if published else None
    ms = find_dates(text, pub, CAL, direction=direction)  # type: ignore[arg-type]
    assert len(ms) == 1, ms
    return ms[0]


def value(text: str, published: str | None = "2024-06-21", direction: str = "past") -> str | None:
    m = one(text, published, direction)
    return m.value.value if m.value else None


# --- absolute dates ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expr", [
    ("দুই দেশের চুক্তি ১৯ জুন ২০২৪ তারিখে সই হয়।", "১৯ জুন ২০২৪"),
    ("চুক্তিটি ১৯ জুন, ২০২৪ পিয়ংইয়ংয়ে সই হয়।", "১৯ জুন, ২০২৪"),
    ("বৈঠকটি হয় জুন ১৯, ২০২৪ সালে।", "জুন ১৯, ২০২৪ সালে"),
    ("সংবাদ সংস্থার খবরে তারিখ ছিল 19 June 2024।", "19 June 2024"),
    ("নথিতে লেখা 2024-06-19, সই করেন দুই নেতা।", "2024-06-19"),
    ("স্বাক্ষরের তারিখ ১৯/০৬/২০২৪ বলে জানানো হয়।", "১৯/০৬/২০২৪"),
    ("আদেশটি 19-06-2024 থেকে কার্যকর।", "19-06-2024"),
    ("১৯শে জুন ২০২৪ বৈঠক হয়।", "১৯শে জুন ২০২৪"),
    ("চুক্তিতে সই হয় 19.06.2024 তারিখে।", "19.06.2024"),
])
def test_absolute_day(sentence: str, expr: str) -> None:
    m = one(sentence)
    assert m.text == expr and m.value == DateValue("2024-06-19", "day") and not m.relative


@pytest.mark.parametrize("sentence, expr", [
    ("মস্কোয় আলোচনা হয় জুন ২০২৪ নাগাদ।", "জুন ২০২৪"),
    ("২০২৪ সালের জুনে পুতিন পিয়ংইয়ং যান।", "২০২৪ সালের জুনে"),
    ("জুন মাসে ২০২৪ দুই নেতা বৈঠক করেন।", "জুন মাসে ২০২৪"),
    ("২০২৪ সালের জুন মাসে সফরটি হয়।", "২০২৪ সালের জুন মাসে"),
])
def test_absolute_month(sentence: str, expr: str) -> None:
    m = one(sentence)
    assert m.text == expr and m.value == DateValue("2024-06", "month") and not m.relative


@pytest.mark.parametrize("sentence, expr, year", [
    ("২০২৪ সালে দুই দেশ প্রতিরক্ষা চুক্তি করে।", "২০২৪ সালে", "2024"),
    ("২০২২ সালে যুদ্ধ শুরু হয়।", "২০২২ সালে", "2022"),
    ("২০০৬ সাল থেকে নিষেধাজ্ঞা চলছে।", "২০০৬ সাল", "2006"),
    ("১৯৬১ সালের চুক্তিটি নবায়ন করা হয়নি।", "১৯৬১ সালের", "1961"),
    ("২০২৩-এর বৈঠকে এ নিয়ে কথা হয়।", "২০২৩-এর", "2023"),
])
def test_absolute_year(sentence: str, expr: str, year: str) -> None:
    m = one(sentence)
    assert m.text == expr and m.value == DateValue(year, "year") and not m.relative


def test_full_date_after_year_phrase() -> None:
    assert value("১৯৫০ সালের ২৫ জুন যুদ্ধ শুরু হয়।") == "1950-06-25"


def test_invalid_calendar_dates_are_not_dates() -> None:
    assert found("৩১ জুন ২০২৪ তারিখে কিছুই ঘটেনি।") == []
    assert found("৩০ ফেব্রুয়ারি বলে কোনো দিন নেই।") == []
    assert found("২০২৪ সালের ৩১ জুনে কিছুই ঘটেনি।") == []
    assert found("গত বছরের ২৯ ফেব্রুয়ারি কিছুই ঘটেনি।") == []  # 2023 was not a leap year
    assert found("নথিতে 2024-02-30 লেখা ছিল।") == []


# --- day and month without a year ----------------------------------------------------------------

def test_day_month_takes_the_year_of_publication() -> None:
    m = one("পুতিন ১৯ জুন পিয়ংইয়ং পৌঁছান।")
    assert m.value == DateValue("2024-06-19", "day") and m.relative
    m = one("বৈঠকটি হয় (১৯ জুন)।")
    assert m.text == "১৯ জুন" and m.value == DateValue("2024-06-19", "day")


def test_day_month_after_publication_goes_back_a_year_in_the_past() -> None:
    assert value("২৫ জুন বৈঠকটি হয়েছিল।") == "2023-06-25"
    assert value("২৫ জুন বৈঠকটি হবে।", direction="future") == "2024-06-25"


def test_day_month_before_publication_goes_forward_a_year_in_the_future() -> None:
    assert value("১৯ জুন আবার বৈঠক হবে।", direction="future") == "2025-06-19"
    assert value("আগামী ১৯ জুন বৈঠক হবে।") == "2025-06-19"
    assert value("গত ২৫ জুন বৈঠক হয়।") == "2023-06-25"


def test_day_month_without_publication_date_is_none() -> None:
    m = one("পুতিন ১৯ জুন পিয়ংইয়ং পৌঁছান।", published=None)
    assert m.value is None and m.relative


def test_ordinal_day_word() -> None:
    assert value("পহেলা জানুয়ারি থেকে নতুন নিয়ম চালু হয়।") == "2024-01-01"


# --- weekdays (2024-06-21 is a Friday) -------------------------------------------------------------

def test_last_weekday_is_strictly_before_publication() -> None:
    assert value("গত বুধবার দুই মন্ত্রী বৈঠক করেন।") == "2024-06-19"
    assert value("গত শুক্রবার দুই মন্ত্রী বৈঠক করেন।") == "2024-06-14"
    assert value("বিগত সোমবার আলোচনা হয়।") == "2024-06-17"


def test_bare_weekday_in_the_past_may_be_the_publication_day() -> None:
    assert value("শুক্রবার ক্রেমলিন এ তথ্য জানায়।") == "2024-06-21"
    assert value("বুধবার ক্রেমলিন এ তথ্য জানায়।") == "2024-06-19"
    assert value("বৃহষ্পতিবারও আলোচনা চলে।") == "2024-06-20"


def test_next_and_future_weekdays() -> None:
    assert value("আগামী শুক্রবার তিনি মস্কো যাবেন।") == "2024-06-28"
    assert value("আগামী সোমবার তিনি মস্কো যাবেন।") == "2024-06-24"
    assert value("শুক্রবার তিনি মস্কো যাবেন।", direction="future") == "2024-06-21"
    assert value("রোববার তিনি মস্কো যাবেন।", direction="future") == "2024-06-23"


def test_weekday_with_bracketed_date_is_one_mention() -> None:
    m = one("শনিবার(১২ জুলাই )রাশিয়ার মন্ত্রণালয় বিবৃতি দেয়।", published="2025-07-13")
    assert m.text == "শনিবার(১২ জুলাই )" and m.value == DateValue("2025-07-12", "day")
    m = one("গত বুধবার (১৯ জুন) চুক্তিটি সই হয়।")
    assert m.text == "গত বুধবার (১৯ জুন)" and m.value == DateValue("2024-06-19", "day")
    m = one("আজ বৃহস্পতিবার (৭ সেপ্টেম্বর) মুখপাত্র সাংবাদিকদের বলেন।", published="2023-09-07")
    assert m.text == "আজ বৃহস্পতিবার (৭ সেপ্টেম্বর)" and m.value == DateValue("2023-09-07", "day")
    assert value("মঙ্গলবার, ১৮ জুন ২০২৪ পুতিন পৌঁছান।") == "2024-06-18"


def test_bracketed_date_wins_over_a_wrong_weekday() -> None:
    assert value("মঙ্গলবার (১৯ জুন) চুক্তিটি সই হয়।") == "2024-06-19"


def test_weekday_picks_the_year_of_a_bracketed_date() -> None:
    # Read the day before: the past rule alone would give 2023-06-19, a Monday.
    assert value("বুধবার (১৯ জুন) চুক্তিটি সই হয়।", published="2024-06-18") == "2024-06-19"


def test_weekday_with_time_of_day() -> None:
    m = one("শুক্রবার রাতে এক ভাষণে তিনি এ কথা বলেন।", published="2024-06-22")
    assert m.text == "শুক্রবার রাতে" and m.value == DateValue("2024-06-21", "day")


def test_date_followed_by_bracketed_weekday() -> None:
    m = one("১৯ জুন (বুধবার) চুক্তি সই হয়।")
    assert m.text == "১৯ জুন (বুধবার)" and m.value == DateValue("2024-06-19", "day")


# --- day words -------------------------------------------------------------------------------------

def test_day_words() -> None:
    assert value("আজ দুই নেতা বৈঠকে বসছেন।") == "2024-06-21"
    assert value("গতকাল দুই নেতা বৈঠক করেন।") == "2024-06-20"
    assert value("আগামীকাল দুই নেতা বৈঠকে বসবেন।") == "2024-06-22"
    assert value("গতকালের বৈঠকে চুক্তি হয়।") == "2024-06-20"
    assert value("গত পরশু বৈঠক হয়।") == "2024-06-19"
    assert value("আগামী পরশু বৈঠক হবে।") == "2024-06-23"
    assert value("পরশু বৈঠক হবে।", direction="future") == "2024-06-23"
    assert value("পরশু বৈঠক হয়েছে।") == "2024-06-19"


# --- months ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("phrase", ["গত জুন মাসে", "গত জুনে", "গত জুন"])
def test_last_month_name(phrase: str) -> None:
    assert value(f"পুতিন {phrase} পিয়ংইয়ং সফর করেন।", published="2025-07-04") == "2025-06"
    assert value(f"পুতিন {phrase} পিয়ংইয়ং সফর করেন।", published="2025-03-04") == "2024-06"
    assert value(f"পুতিন {phrase} পিয়ংইয়ং সফর করেন।", published="2025-06-30") == "2024-06"


def test_next_month_name() -> None:
    assert value("আগামী সেপ্টেম্বরে তিনি মস্কো যাবেন।") == "2024-09"
    assert value("আগামী মার্চে তিনি মস্কো যাবেন।") == "2025-03"
    assert value("আগামী জানুয়ারিতে আলোচনা হবে।", published="2024-12-02") == "2025-01"


def test_bare_month_name() -> None:
    assert value("জুনে চুক্তিটি সই হয়।", published="2025-03-04") == "2024-06"
    assert value("জুন মাসে চুক্তিটি সই হয়।", published="2025-07-04") == "2025-06"
    assert value("জুন মাসে চুক্তিটি সই হয়।", published="2025-06-04") == "2025-06"
    assert value("জুলাইয়ের শুরুতে সফর হবে।", published="2025-06-04", direction="future") == "2025-07"
    assert value("মার্চে সফর হবে।", published="2025-06-04", direction="future") == "2026-03"


def test_uninflected_bare_month_is_not_a_date() -> None:
    # "মার্চ" is also a (protest) march; "মে" alone is too short to trust.
    assert found("বিরোধীরা লং মার্চ করে।") == []
    assert found("May this year be better.") == []


@pytest.mark.parametrize("phrase", ["চলতি মাসে", "এ মাসে", "এই মাসে", "চলতি মাসের শুরুতে"])
def test_this_month(phrase: str) -> None:
    assert found(f"{phrase} দুই দেশের বৈঠক হবে।")[0][1] == "2024-06"


def test_last_and_next_month() -> None:
    assert value("গত মাসে তিনি মস্কো যান।", published="2025-01-10") == "2024-12"
    assert value("আগামী মাসে তিনি মস্কো যাবেন।", published="2024-12-05") == "2025-01"
    assert value("গত মাসের ১২ তারিখে বৈঠক হয়।", published="2025-01-10") == "2024-12-12"


# --- years -----------------------------------------------------------------------------------------

def test_relative_years() -> None:
    m = one("গত বছর দুই দেশ চুক্তি করে।")
    assert m.value == DateValue("2023", "year") and m.relative
    assert value("চলতি বছর আরও বৈঠক হবে।") == "2024"
    assert value("এ বছর আরও বৈঠক হবে।") == "2024"
    assert value("আগামী বছর আরও বৈঠক হবে।") == "2025"
    assert value("গেল বছর আরও বৈঠক হয়।") == "2023"


@pytest.mark.parametrize("sentence, expr, expected", [
    ("গত বছর নভেম্বরে তিনি মস্কো যান।", "গত বছর নভেম্বরে", "2023-11"),
    ("গত বছরের নভেম্বরে তিনি মস্কো যান।", "গত বছরের নভেম্বরে", "2023-11"),
    ("এ বছরের মার্চে দুই দেশ চুক্তি করে।", "এ বছরের মার্চে", "2024-03"),
    ("চলতি বছরের মে মাসে আলোচনা শুরু হয়।", "চলতি বছরের মে মাসে", "2024-05"),
    ("গত বছরের ১০ ডিসেম্বর বৈঠক হয়।", "গত বছরের ১০ ডিসেম্বর", "2023-12-10"),
])
def test_year_and_month_is_one_mention(sentence: str, expr: str, expected: str) -> None:
    m = one(sentence)
    assert m.text == expr and m.value is not None and m.value.value == expected


# --- Bangla calendar -------------------------------------------------------------------------------

@pytest.mark.parametrize("expr, expected", [
    ("২৬ বৈশাখ ১৪৩২", "2025-05-09"),
    ("১ বৈশাখ ১৪৩১", "2024-04-14"),
    ("১ পৌষ ১৪৩১", "2024-12-16"),    # Victory Day
    ("৮ ফাল্গুন ১৪৩১", "2025-02-21"),  # 21 February
    ("১২ চৈত্র ১৪৩১", "2025-03-26"),  # Independence Day
    ("৩০ ফাল্গুন ১৪৩০", "2024-03-14"),  # ফাল্গুন has 30 days when February has 29
    ("১ চৈত্র ১৪৩০", "2024-03-15"),
    ("৩১ আশ্বিন ১৪৩১", "2024-10-16"),  # the sixth month still has 31 days
    ("৩০ চৈত্র ১৪৩১", "2025-04-13"),
])
def test_bangla_calendar(expr: str, expected: str) -> None:
    m = one(f"বৈঠকটি হয় {expr} তারিখে।")
    assert m.text == expr and m.value == DateValue(expected, "day") and not m.relative


def test_bangla_calendar_rejects_impossible_days() -> None:
    assert found("৩০ ফাল্গুন ১৪৩১ বলে কোনো দিন নেই।") == []  # February 2025 has 28 days


def test_bangla_day_month_resolves_against_publication() -> None:
    assert value("পহেলা বৈশাখ উৎসব হয়।") == "2024-04-14"
    assert value("পহেলা বৈশাখ উৎসব হয়।", published="2024-04-10") == "2023-04-14"


# --- never invent ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "গত বুধবার চুক্তিটি সই হয়।", "বুধবার চুক্তিটি সই হয়।", "আজ বৈঠক হচ্ছে।", "গতকাল বৈঠক হয়।",
    "গত জুন মাসে সফর হয়।", "জুনে সফর হয়।", "চলতি মাসে সফর হবে।", "গত বছর সফর হয়।",
    "গত বছরের নভেম্বরে সফর হয়।", "বুধবার (১৯ জুন) সফর হয়।", "গত সপ্তাহে সফর হয়।",
])
def test_no_publication_date_no_value(sentence: str) -> None:
    m = one(sentence, published=None)
    assert m.value is None and m.relative


def test_week_expressions_are_a_month_only_when_every_reading_of_the_week_is_in_it() -> None:
    # 2024-06-21: "last week" is some 7 days within 06-08 .. 06-20, whatever day a week starts on
    assert found("গত সপ্তাহে দুই দেশের কর্মকর্তারা বৈঠক করেন।") == [("গত সপ্তাহে", "2024-06")]
    assert found("আগামী সপ্তাহে বৈঠক হবে।", direction="future") == [("আগামী সপ্তাহে", None)]  # may be July
    assert found("গত সপ্তাহে বৈঠক হয়।", published="2024-07-03") == [("গত সপ্তাহে", None)]  # June or July
    assert found("চলতি সপ্তাহে বৈঠক হবে।", published="2024-07-15") == [("চলতি সপ্তাহে", "2024-07")]
    # which week a weekday belongs to is not said
    assert found("গত সপ্তাহের বুধবার বৈঠক হয়।")[0][1] is None


def test_the_weekend_is_a_month_when_every_day_it_may_mean_is_in_it() -> None:
    # 2025-07-14 is a Monday: the weekend before it is 11-13 July
    assert found("সপ্তাহান্তে দুই মন্ত্রী বৈঠক করেন।", "2025-07-14") == [("সপ্তাহান্তে", "2025-07")]
    assert found("গত সপ্তাহান্তে দুই মন্ত্রী বৈঠক করেন।", "2025-07-14") == [("গত সপ্তাহান্তে", "2025-07")]
    # 2025-06-02, a Monday: 30 May - 1 June
    assert found("সপ্তাহান্তে দুই মন্ত্রী বৈঠক করেন।", "2025-06-02") == [("সপ্তাহান্তে", None)]
    assert found("আগামী সপ্তাহান্তে বৈঠক হবে।", "2025-07-14", "future") == [("আগামী সপ্তাহান্তে", "2025-07")]
    assert found("সপ্তাহান্তে বৈঠক হয়।", None) == [("সপ্তাহান্তে", None)]


def anaphors(text: str, base: str | None, published: str | None = "2025-07-14") -> list[tuple[str, str | None]]:
    pub = P(published) if published else None
    b = DateValue(base, "day" if len(base) == 10 else "month" if len(base) == 7 else "year") if base else None
    return [(m.text, m.value.value if m.value else None)
            for m in resolve_anaphors(find_dates(text, pub, CAL), b, CAL)]


def test_anaphoric_dates_count_from_the_narratives_date() -> None:
    assert anaphors("পরদিন দুই নেতা আবার বৈঠকে বসেন।", "2025-07-11") == [("পরদিন", "2025-07-12")]
    assert anaphors("তার আগের দিন তিনি পিয়ংইয়ং পৌঁছান।", "2025-07-01") == [("আগের দিন", "2025-06-30")]
    assert anaphors("সেদিনই প্রতিনিধিদলটি ফিরে যায়।", "2025-07-11") == [("সেদিনই", "2025-07-11")]
    assert anaphors("এর পরের মাসে বাণিজ্য চুক্তি সই হয়।", "2023-10") == [("পরের মাসে", "2023-11")]
    assert anaphors("এর পরের মাসে বাণিজ্য চুক্তি সই হয়।", "2023-12-20") == [("পরের মাসে", "2024-01")]
    assert anaphors("ওই বছরের সেপ্টেম্বরে তিনি মস্কো যান।", "2019") == [("ওই বছরের সেপ্টেম্বরে", "2019-09")]
    assert anaphors("পরের বছর তিনি আবার যান।", "2019-04-25") == [("পরের বছর", "2020")]


def test_anaphoric_dates_need_a_date_to_count_from() -> None:
    assert anaphors("পরদিন দুই নেতা আবার বৈঠকে বসেন।", None) == [("পরদিন", None)]
    assert anaphors("পরদিন দুই নেতা আবার বৈঠকে বসেন।", "2025-07") == [("পরদিন", None)]  # which day?
    # an earlier date of the same sentence comes first
    assert anaphors("শুক্রবার তিনি পৌঁছান এবং পরদিন বৈঠকে বসেন।", "2025-06-01") == [
        ("শুক্রবার", "2025-07-11"), ("পরদিন", "2025-07-12")]
    # "পরের" and "ওই" without a unit are no date
    assert anaphors("পরের বৈঠকে ওই প্রস্তাব তোলা হবে।", "2025-07-11") == []


def test_events_take_the_narratives_next_day_and_month() -> None:
    from bnkg.builder.article import ArticleReader

    text = "\n".join([
        "ওনসানে ল্যাভরভ", "প্রকাশিত: ১৪ জুলাই ২০২৫", "",
        "শুক্রবার পিয়ংইয়ং পৌঁছান রাশিয়ার পররাষ্ট্রমন্ত্রী সের্গেই ল্যাভরভ।",
        "পরদিন কিম জং উনের সঙ্গে বৈঠক করেন তিনি।",
        "গত বছরের অক্টোবরে রাশিয়া ও উত্তর কোরিয়া একটি বাণিজ্য চুক্তি সই করে।",
        "এর পরের মাসে পিয়ংইয়ং সফর করেন চোয়ে সন হুই।", ""])
    rec = ArticleReader().read_string(text, "t.txt")
    meeting = next(m for m in rec.meetings if "lavrov" in m.participants)
    assert meeting.date == DateValue("2025-07-12", "day")
    assert {(v.visitor, v.date.value if v.date else None) for v in rec.visits} >= {("lavrov", "2025-07-11")}
    assert [a.date for a in rec.agreements] == [DateValue("2024-10", "month")]


def test_a_stay_that_has_ended_lay_just_before_publication() -> None:
    p = P("2024-11-20")
    month = (True, DateValue("2024-11", "month"))
    assert stay_date(["পাঁচ", "দিনের", "মস্কো"], ["শেষ", "করেছেন"], p, CAL) == month
    assert stay_date(["দুদিনের"], ["শেষে", "দেশে"], p, CAL) == month
    assert stay_date(["১০", "দিনব্যাপী"], ["সমাপ্ত"], p, CAL) == month
    assert stay_date(["চার", "দিনের"], ["রয়েছেন"], p, CAL) == month  # going on: 17-23 November
    # the days may reach into another month; no publication date; not said to be over: a stay, no date
    assert stay_date(["সাত", "দিনের"], ["শেষ"], P("2024-11-06"), CAL) == (True, None)
    assert stay_date(["চার", "দিনের"], ["রয়েছেন"], P("2024-11-28"), CAL) == (True, None)
    assert stay_date(["পাঁচ", "দিনের"], ["শেষ"], None, CAL) == (True, None)
    assert stay_date(["পাঁচ", "দিনের"], ["শুরু", "করেছেন"], p, CAL) == (True, None)
    assert stay_date(["রাষ্ট্রীয়"], ["শেষ"], p, CAL) == (False, None)


def test_an_ended_stay_dates_the_visit() -> None:
    from bnkg.builder.article import ArticleReader

    text = "\n".join(["মস্কো ছাড়লেন চোয়ে", "প্রকাশিত: ২০ নভেম্বর ২০২৪", "",
                      "পাঁচ দিনের রাশিয়া সফর শেষ করেছেন উত্তর কোরিয়ার পররাষ্ট্রমন্ত্রী চোয়ে সন হুই।", ""])
    rec = ArticleReader().read_string(text, "t.txt")
    assert [(v.visitor, v.destination, v.date) for v in rec.visits] == [
        ("choe_son_hui", "russia", DateValue("2024-11", "month"))]
    # a stay not said to be over is not dated by the day the narrative is at
    text = "\n".join(["মস্কোয় চোয়ে", "প্রকাশিত: ২০ নভেম্বর ২০২৪", "",
                      "মঙ্গলবার ক্রেমলিনে পুতিনের সঙ্গে বৈঠক করেছেন উত্তর কোরিয়ার পররাষ্ট্রমন্ত্রী চোয়ে সন হুই।",
                      "সাত দিনের রাশিয়া সফরে গিয়েছেন চোয়ে সন হুই।", ""])
    rec = ArticleReader().read_string(text, "t.txt")
    assert [(v.visitor, v.date) for v in rec.visits if v.date is None] == [("choe_son_hui", None)]


@pytest.mark.parametrize("sentence", [
    "গত ২৪ বছরে এই প্রথম তিনি পিয়ংইয়ং গেলেন।",
    "গত কয়েক বছরে সম্পর্ক জোরদার হয়েছে।",
    "কয়েক দিন আগে তিনি ফিরে আসেন।",
    "পরীক্ষার দুই দিন পর বৈঠক হয়।",
    "২ দিন ১১ ঘন্টা আগে খবরটি প্রকাশিত হয়।",
    "চার ঘণ্টাব্যাপী বৈঠক হয়।",
    "আগামী ৫ বছরে বাণিজ্য বাড়বে।",
])
def test_durations_are_not_dates(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize("sentence", [
    "সীমান্তে ৬,০০০ সেনা পাঠানো হয়।",
    "ইউক্রেন এফ-১৬ যুদ্ধবিমান পেয়েছে।",
    "ঋণ ১০০ বিলিয়ন ডলার ছাড়িয়েছে।",
    "১৯৯০-এর দশকে সম্পর্ক শীতল ছিল।",
    "৭১ সালে দেশ স্বাধীন হয়।",  # two-digit year: the century is not written
    "তার মেয়ে মস্কোয় থাকেন।",  # মে + য়ে
    "২০২৪ জন সেনা প্রশিক্ষণ নেয়।",
])
def test_numbers_that_are_not_dates(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize("sentence", [
    "জুলাই-আগস্টে মহড়া চলবে।",
    "২০২২-২০২৩ সালে বাণিজ্য বেড়েছে।",
])
def test_ranges_are_skipped(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize(("sentence", "direction", "expected"), [
    ("১০-১২ জুন সম্মেলন হবে।", "future", [("১০-১২ জুন", "2025-06-10")]),
    ("গত ১০-১২ জুন সম্মেলন হয়েছে।", "past", [("১০-১২ জুন", "2024-06-10")]),
    ("১৯ থেকে ২৩ জুন সফর চলছে।", "past", [("১৯ থেকে ২৩ জুন", "2024-06-19")]),  # under way on the page's day
    ("আগামী ২৫ থেকে ২৭ জুন সফর করবেন।", "future", [("২৫ থেকে ২৭ জুন", "2024-06-25")]),
])
def test_rv8_a_span_of_days_of_one_month_is_dated_by_its_first_day(
        sentence: str, direction: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence, direction=direction) == expected


# --- offsets, order, both digit systems, NFC --------------------------------------------------------

def test_offsets_index_the_article() -> None:
    article = "শিরোনাম\n\nগত বুধবার (১৯ জুন) চুক্তি হয় এবং ২০২৫ সালে তা কার্যকর হবে।"
    sentence = article[9:]
    ms = find_dates(sentence, P("2024-06-21"), CAL, offset=9)
    assert [article[m.start:m.end] for m in ms] == ["গত বুধবার (১৯ জুন)", "২০২৫ সালে"]
    assert all(m.text == article[m.start:m.end] for m in ms)


def test_ascii_and_bengali_digits_agree() -> None:
    assert value("বৈঠক হয় 19 জুন 2024 তারিখে।") == value("বৈঠক হয় ১৯ জুন ২০২৪ তারিখে।") == "2024-06-19"
    assert value("গত মাসের 12 তারিখে বৈঠক হয়।") == "2024-05-12"


def test_precomposed_ya_matches_after_nfc() -> None:
    # U+09DF (precomposed য়) decomposes under NFC; the calendar's words are NFC too.
    raw = "জানু\u09dfারিতে বৈঠক হয়।"
    assert value(unicodedata.normalize("NFC", raw)) == "2024-01"
    assert all(unicodedata.is_normalized("NFC", w) for w in CAL.lexicon)


def test_mentions_are_in_order_and_do_not_overlap() -> None:
    text = "গতকাল বৃহস্পতিবার বৈঠক হয়, ২০১৮ সালে প্রথম এবং গত বছরের নভেম্বরে দ্বিতীয় বৈঠক হয়েছিল।"
    ms = find_dates(text, P("2024-06-21"), CAL)
    assert [m.text for m in ms] == ["গতকাল বৃহস্পতিবার", "২০১৮ সালে", "গত বছরের নভেম্বরে"]
    assert [m.value.value for m in ms if m.value] == ["2024-06-20", "2018", "2023-11"]


# --- publication lines -----------------------------------------------------------------------------

@pytest.mark.parametrize("line, day, time", [
    ("প্রকাশিত: ১২ জুলাই ২০২৫ ১৯:১৭", "2025-07-12", "19:17"),
    ("প্রকাশিত:\n১২ জুলাই ২০২৫ ১৯:১৭\nআপডেট:\n১২ জুলাই ২০২৫ ২৩:৫৪", "2025-07-12", "19:17"),
    ("প্রকাশ : ০৭ সেপ্টেম্বর ২০২৩, ০৭:২৯ পিএম", "2023-09-07", "19:29"),
    ("প্রকাশের সময়: 20-06-2024 03:28:57 am", "2024-06-20", "03:28:57"),
    ("১৪ সেপ্টেম্বর ২০২৩, ১৩:৪৫আপডেট : ১৪ সেপ্টেম্বর ২০২৩, ১৩:৫২", "2023-09-14", "13:45"),
    ("আপডেট: ১০ জুন ২০২৪, ১০:১০", "2024-06-10", "10:10"),
    ("শুক্রবার, ০৯ মে ২০২৫", "2025-05-09", None),
    ("Published: 2024-06-20T03:28:57+06:00", "2024-06-20", "03:28:57"),
    ("১২ জুলাই ২০২৫, ০৭:১৫ এএম", "2025-07-12", "07:15"),
    ("১২ জুলাই ২০২৫, ১২:০৫ এএম", "2025-07-12", "00:05"),
    ("প্রকাশঃ ৩ মার্চ ২০২৪, রাত ১০:১৫", "2024-03-03", "22:15"),
    ("শুক্রবার, ০৯ মে ২০২৫\n২৬ বৈশাখ ১৪৩২", "2025-05-09", None),
    ("২৬ বৈশাখ ১৪৩২", "2025-05-09", None),
    ("সোমবার, ০৩ মার্চ, ২০২৫ ১০:৩০ টা", "2025-03-03", "10:30"),
    ("২১শে জুন, ২০২৪", "2024-06-21", None),
    ("২5 এপ্রিল 2019", "2019-04-25", None),
])
def test_parse_published(line: str, day: str, time: str | None) -> None:
    assert parse_published(line, CAL) == (DateValue(day, "day"), time)


@pytest.mark.parametrize("line", ["প্রকাশিত: জুন ২০২৪", "আপডেট: ২ ঘণ্টা আগে", "গত বুধবার", "", "১৯ জুন"])
def test_parse_published_needs_a_full_date(line: str) -> None:
    assert parse_published(line, CAL) is None


@pytest.mark.parametrize("line", [
    "প্রকাশিত: ১২ জুলাই ২০২৫ ১৯:১৭",
    "প্রকাশ : ০৭ সেপ্টেম্বর ২০২৩, ০৭:২৯ পিএম",
    "প্রকাশের সময়: 20-06-2024 03:28:57 am",
    "১৪ সেপ্টেম্বর ২০২৩, ১৩:৪৫আপডেট : ১৪ সেপ্টেম্বর ২০২৩, ১৩:৫২",
    "হালনাগাদ: ১০ জুন ২০২৪, ১০:১০",
    "শুক্রবার, ০৯ মে ২০২৫",
    "২৬ বৈশাখ ১৪৩২",
    "শুক্রবার, ০৯ মে ২০২৫ | ২৬ বৈশাখ ১৪৩২ বঙ্গাব্দ | ১১ জিলকদ ১৪৪৬ হিজরি",
    "Published: 2024-06-20T03:28:57+06:00",
    "Updated: 20 June 2024, 10:15 PM",
    "প্রকাশিত:",
    "  ১২ জুলাই ২০২৫  ",
    "সোমবার, ০৩ মার্চ, ২০২৫ ১০:৩০ টা",
    "Mar 3, 2025",
])
def test_date_lines(line: str) -> None:
    assert read_date_line(line, CAL).only_date


@pytest.mark.parametrize("line", [
    "১২ জুলাই ২০২৫ পুতিন পিয়ংইয়ং সফর করেন।",
    "গত বুধবার (১৯ জুন) চুক্তিটি সই হয়।",
    "রাশিয়ার সঙ্গে সম্পর্ক গভীর করতে চান কিম",
    "ঢাকা, ১২ জুলাই ২০২৫",
    "১২৩৪৫",
    "",
])
def test_not_date_lines(line: str) -> None:
    assert not read_date_line(line, CAL).only_date


def test_day_ending_written_apart_and_abbreviated_english_month() -> None:
    assert found("২১ শে জুন বৈঠক হয়।") == [("২১ শে জুন", "2024-06-21")]
    assert found("৩ রা জুন বৈঠক হয়।") == [("৩ রা জুন", "2024-06-03")]
    assert found("চুক্তিটি Jun. 19, 2024 তারিখে সই হয়।") == [("Jun. 19, 2024", "2024-06-19")]
    assert found("৫ শেয়ার বিক্রি হয়।") == []


def test_day_of_the_month_with_tarikh() -> None:
    # P is 2024-06-21
    assert found("জুনের ১৯ তারিখে দুই নেতা বৈঠক করেন।") == [("জুনের ১৯ তারিখে", "2024-06-19")]
    assert found("গত ১৯ তারিখে দুই নেতা বৈঠক করেন।") == [("গত ১৯ তারিখে", "2024-06-19")]
    assert found("২৫ তারিখে দুই নেতা বৈঠক করেন।") == [("২৫ তারিখে", "2024-05-25")]  # not yet this month
    assert found("২৫ তারিখে দুই নেতা বৈঠক করবেন।", direction="future") == [("২৫ তারিখে", "2024-06-25")]
    assert found("১৯ তারিখে বৈঠক হয়।", published=None) == [("১৯ তারিখে", None)]
    assert found("জুনের ৩১ তারিখে বৈঠক হয়।") == [] and found("১৯ জনের দল আসে।") == []


def test_vague_times_are_mentions_without_a_value() -> None:
    assert found("সম্প্রতি দুই দেশের মন্ত্রীরা বৈঠক করেন।") == [("সম্প্রতি", None)]
    assert found("শিগগিরই তিনি মস্কো যাবেন।", direction="future") == [("শিগগিরই", None)]


def test_a_date_line_and_a_bangla_calendar_date_are_read_in_one_pass() -> None:
    assert read_date_line("বৃহস্পতিবার, ১৪ মার্চ ২০২৪ | ৩০ ফাল্গুন ১৪৩০ বঙ্গাব্দ", CAL) == (True, True)
    assert read_date_line("ফাল্গুন ১৪৩০", CAL).bangla
    assert read_date_line("বৃহস্পতিবার, ১৪ মার্চ ২০২৪", CAL) == (True, False)
    assert read_date_line("৩০ ফাল্গুন বসন্ত উৎসব হয়।", CAL) == (False, False)
    assert read_date_line("", CAL) == (False, False)


# --- loader ----------------------------------------------------------------------------------------

def test_loader_rejects_a_bad_calendar(tmp_path: Path) -> None:
    source = (Path(calendar_module.__file__).parent / "calendar.yaml").read_text(encoding="utf-8")
    (tmp_path / "calendar.yaml").write_text(source.replace("  12: [ডিসেম্বর, ডিসেম্বার]\n", ""), encoding="utf-8")
    with pytest.raises(MappingError, match="months"):
        load_calendar(tmp_path)
    (tmp_path / "calendar.yaml").write_text(source.replace("[31, 31, 31, 31, 31, 31,", "[31, 31, 31, 31, 31, 30,"),
                                            encoding="utf-8")
    with pytest.raises(MappingError, match="365"):
        load_calendar(tmp_path)


def test_inflected_forms_come_from_the_data() -> None:
    for word in ("জুলাইয়ের", "জানুয়ারিতে", "আগস্টে", "অগাস্টের", "বুধবারও", "বছরের", "সালের", "রাতে", "আজকের"):
        assert CAL.lookup(word) is not None, word
    assert CAL.lookup("JUNE") is not None and CAL.lookup("মেয়ে") is None


# --- properties ------------------------------------------------------------------------------------

_PIECES = st.sampled_from([
    "জুন", "জুনে", "মে", "মার্চে", "জুলাই", "-", "আগস্টে", "বৈশাখ", "ফাল্গুন", "বুধবার", "শুক্রবার", "গত", "আগামী",
    "চলতি", "এ", "আজ", "গতকাল", "পরশু", "বছর", "বছরের", "মাসে", "সালের", "সালে", "সপ্তাহে", "তারিখে", "রাতে",
    "(", ")", ",", "।", ":", "/", " ", " ", " ", "১৯", "৩১", "২০২৪", "১৪৩২", "০৬", "29", "2024", "৬,০০০", "১৯শে",
    "2024-02-30", "১৯/০৬/২০২৪", "৩০/০২/২০২৪", "১২:৩০", "পিএম", "দিন", "আগে", "কয়েক", "সেনা", "এর", "দশকে",
])
_MIXED = st.lists(_PIECES, max_size=14).map("".join)
_ANY = st.one_of(st.text(max_size=60), _MIXED, st.text(alphabet="জুনমেগতবারসাল০১২৩৪৫৬৭৮৯ -(),", max_size=40))
_PUBLISHED = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31)).map(
    lambda d: DateValue(d.isoformat(), "day")))


def _valid(v: DateValue) -> bool:
    if v.precision == "day":
        return date.fromisoformat(v.value).isoformat() == v.value
    if v.precision == "month":
        y, m = v.value.split("-")
        return len(y) == 4 and 1 <= int(m) <= 12 and len(m) == 2
    return len(v.value) == 4 and v.value.isdigit()


@settings(max_examples=400, deadline=None)
@given(text=_ANY, published=_PUBLISHED, offset=st.integers(0, 1000),
       direction=st.sampled_from(["past", "future"]))
def test_find_dates_properties(text: str, published: DateValue | None, offset: int, direction: str) -> None:
    ms = find_dates(text, published, CAL, offset=offset, direction=direction)  # type: ignore[arg-type]
    last_end = offset
    for m in ms:
        assert text[m.start - offset:m.end - offset] == m.text and m.text
        assert m.start >= last_end  # in order, non-overlapping
        last_end = m.end
        if m.value is not None:
            assert _valid(m.value), m
        if published is None and m.relative:
            assert m.value is None, m


@settings(max_examples=200, deadline=None)
@given(text=_ANY)
def test_published_and_date_line_never_raise(text: str) -> None:
    result = parse_published(text, CAL)
    if result is not None:
        assert result[0].precision == "day" and _valid(result[0])
        assert result[1] is None or len(result[1]) in (5, 8)
    read_date_line(text, CAL)


# -- the dates stage: a sentence record read in both tenses ------------------------------------
def test_the_dates_stage_reads_a_sentence_as_past_and_as_future_with_article_offsets() -> None:
    sent = Sentence(3, 100, 131, "বুধবার কিম মস্কো সফর করবেন।")
    rec = sentence_dates(SentenceRecord(sent, ()), P("2024-06-20"), CAL)  # a Thursday
    assert [(d.start, d.end, d.text) for d in rec.dates] == [(100, 106, "বুধবার")]
    assert [d.value for d in rec.dates] == [DateValue("2024-06-19", "day")]
    assert [d.value for d in rec.future_dates] == [DateValue("2024-06-26", "day")]
    assert [(d.start, d.text) for d in rec.future_dates] == [(100, "বুধবার")]
    assert rec.sentence == sent and rec.mentions == ()


def test_the_dates_stage_invents_nothing_without_a_publication_date() -> None:
    rec = sentence_dates(SentenceRecord(Sentence(0, 0, 14, "গত জুনে বৈঠক হয়।"), ()), None, CAL)
    assert [(d.text, d.value) for d in rec.dates] == [("গত জুনে", None)]
    assert [(d.text, d.value) for d in rec.future_dates] == [("গত জুনে", None)]
    assert sentence_dates(SentenceRecord(Sentence(0, 0, 2, "।।"), ()), P("2024-06-20"), CAL).dates == ()


# rf1 -- "N units ago", counted back from the publication date -----------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("দুই মাস আগে দুই নেতা বৈঠক করেন।", ("দুই মাস আগে", "2024-04")),  # a month ago: that month
    ("৩ বছর আগে তিনি মস্কো যান।", ("৩ বছর আগে", "2021")),
    ("পাঁচ দিন আগে চুক্তি সই হয়।", ("পাঁচ দিন আগে", "2024-06-16")),
    ("তিন সপ্তাহ আগে তিনি পৌঁছান।", ("তিন সপ্তাহ আগে", None)),  # a time of its own, not resolved
])
def test_rf1_count_ago_from_publication(sentence: str, expected: tuple[str, str | None]) -> None:
    assert found(sentence) == [expected]


def test_rf1_count_ago_of_another_event_or_before_a_year_is_no_date() -> None:
    assert found("সফরের দুই দিন আগে তিনি ফোন করেন।") == []
    assert found("দশ বছর আগে ২০১৪ সালে তিনি আসেন।") == [("২০১৪ সালে", "2014")]


def test_rf1_count_ago_without_publication_is_unresolved() -> None:
    assert found("দুই মাস আগে বৈঠক হয়।", published=None) == [("দুই মাস আগে", None)]


def test_rf1_last_month_name_and_next_weekday() -> None:
    assert found("গত জুনে চুক্তি সই হয়।", "2024-11-12") == [("গত জুনে", "2024-06")]
    assert found("আগামী শুক্রবার বৈঠক হবে।", "2024-11-12", "future") == [("আগামী শুক্রবার", "2024-11-15")]


@pytest.mark.parametrize("sentence, expected", [
    ("মাসখানেক আগে দুই নেতা বৈঠক করেন।", [("মাসখানেক আগে", "2024-05")]),  # about a month ago: that month
    ("বছরখানেক আগে তিনি মস্কো যান।", [("বছরখানেক আগে", "2023")]),
    ("সফরের মাসখানেক আগে তিনি ফোন করেন।", []),  # counted from another event: no date
    ("মাসখানেক ধরে আলোচনা চলছে।", []),  # no "ago": a length of time
])
def test_rd2_about_one_unit_ago(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(sentence) == expected


# -- the scan's shortcut: a date is looked for only at a word that may start one ----------------------
_OWN = ("গত ১৯ জুন বুধবার দুই নেতা বৈঠক করেন, তিন মাস আগে চুক্তি হয়।",
        "মাসখানেক আগে ২০২৩ সালের জুলাইয়ে ও ২০২৪-০৬-১৯ তারিখে আলোচনা হয়, পরদিন ১২ শ্রাবণ ১৪৩১ প্রকাশ।",
        "আগামী সপ্তাহে, জুন ২০২৪ বা দুই বছর আগে ও ৫ দিন পরে সফর হবে; ওই মাসে কিছু হয়নি।")


def test_a_word_that_may_start_no_date_starts_none() -> None:
    """_scan skips the words _may_start rules out; neither reader finds a date at one of them, in
    either tense (our sentences, and every line of the held-out pages)."""
    pages = sorted((Path(__file__).parents[1] / "data").glob("heldout*/*.txt"))
    lines = [*_OWN, *(ln for p in pages for ln in p.read_text(encoding="utf-8").splitlines() if ln.strip())]
    p = date(2024, 6, 21)
    skipped = 0
    for line in lines:
        toks = dates_module._tokens(line, CAL)
        for i in range(len(toks)):
            if dates_module._may_start(toks, i, CAL):
                continue
            skipped += 1
            assert dates_module._ago(toks, i, p, CAL) is None, (line, toks[i].text)
            for direction in ("past", "future"):
                assert dates_module._match(toks, i, p, direction, CAL) is None, (line, toks[i].text)
    assert skipped > 1000 and len(lines) > 100


# --- rv10: the Bangla calendar before its 2019 revision ---------------------------------------------

@pytest.mark.parametrize(("line", "day"), [
    ("প্রকাশ: ২৯ ফাল্গুন ১৪২১", "2015-03-13"),  # the 1987 revision: ফাল্গুন began on 13 February
    ("২ পৌষ ১৪২৫", "2018-12-16"),  # Victory Day, 2 পৌষ before 1426
    ("১ পৌষ ১৪৩১", "2024-12-16"),  # … and 1 পৌষ since
    ("৩০ ফাল্গুন ১৪২২", "2016-03-13"),  # a 30th of ফাল্গুন (31 in a leap year) before 1426
])
def test_rv10_a_bangla_date_before_1426_counts_the_older_month_lengths(line: str, day: str) -> None:
    hit = parse_published(line, CAL)
    assert hit is not None and hit[0] == DateValue(day, "day")
