"""Reading rules of helper rl: dates, claims, pronouns, names, titles — each on invented sentences."""

from __future__ import annotations

import pytest

from bnkg.builder.article import ArticleReader
from bnkg.builder.records import DateValue

from .test_events import read  # noqa: F401  (the shared page layout)

BODY = "উত্তর কোরিয়ার নেতা কিম জং উন গত বুধবার রাশিয়া সফর করেন।"


# ------------------------------------------------------------------------------ print mastheads

@pytest.mark.parametrize(("masthead", "day"), [
    ("শনিবার, ১৪ আষাঢ় ১৪১৫ বঙ্গাব্দ, ২৮ জুন ২০০৮", "2008-06-28"),
    ("বৃহস্পতিবার ১০ শ্রাবণ ১৪২০ | ২৫ জুলাই, ২০১৩", "2013-07-25"),
    ("৮ অগ্রহায়ণ ১৪৩০ বঙ্গাব্দ • বৃহস্পতিবার, ২৩ নভেম্বর ২০২৩", "2023-11-23"),
])
def test_rl_a_masthead_leading_with_the_bangla_date_is_the_issue_date(reader: ArticleReader, masthead: str,
                                                                     day: str) -> None:
    page = (f"দৈনিক নতুন আলো\nপ্রথম পাতা | দেশ | বিদেশ | সম্পাদকীয় | খেলা\n{masthead}\n\n"
            f"মস্কো ও পিয়ংইয়ংয়ের সম্পর্ক নিয়ে নতুন প্রতিবেদন\n\n{BODY}\n")
    assert reader.read_string(page, "test.txt").article.published == DateValue(day, "day")


def test_rl_a_header_leading_with_the_gregorian_day_stays_a_crawl_stamp(reader: ArticleReader) -> None:
    page = ("দৈনিক নতুন আলো\nপ্রথম পাতা | দেশ | বিদেশ | সম্পাদকীয় | খেলা\nশনিবার, ২৮ জুন ২০০৮ | ১৪ আষাঢ় ১৪১৫\n\n"
            f"মস্কো ও পিয়ংইয়ংয়ের সম্পর্ক নিয়ে নতুন প্রতিবেদন\n\n{BODY}\n")
    assert reader.read_string(page, "test.txt").article.published is None
