"""rd12: reading dates, claims and persons — each test on invented Bengali pages and sentences."""

from __future__ import annotations

import pytest

from bnkg.builder.article import ArticleReader
from bnkg.builder.records import Article, ArticleRecord, DateValue
from bnkg.builder.segment import segment
from bnkg.mappings import Mappings, default_mappings

HEADLINE = "মস্কো ও পিয়ংইয়ংয়ের সম্পর্ক নিয়ে নতুন প্রতিবেদন"
BODY = ("রাশিয়ার পররাষ্ট্রমন্ত্রী সের্গেই লাভরভ বুধবার পিয়ংইয়ংয়ে পৌঁছেছেন। তিনি সেখানে উত্তর কোরিয়ার নেতাদের সঙ্গে "
        "বৈঠক করবেন বলে জানা গেছে। দুই দেশের মধ্যে সহযোগিতা বাড়ানোর বিষয়ে আলোচনা হবে।")


@pytest.fixture(scope="module")
def mappings() -> Mappings:
    return default_mappings()


@pytest.fixture(scope="module")
def reader() -> ArticleReader:
    return ArticleReader()


def _seg(mappings: Mappings, *lines: str) -> Article:
    return segment("\n".join(lines) + "\n", "/x/page.txt", mappings)


def read(reader: ArticleReader, body: str, published: str | None = "১৪ সেপ্টেম্বর ২০২৩") -> ArticleRecord:
    head = f"{HEADLINE}\n\n" + (f"প্রকাশিত: {published}\n\n" if published else "")
    return reader.read_string(head + body + "\n", "test.txt")


# ------------------------------------------------------------------ publication dates


@pytest.mark.parametrize(("stamp", "day"), [
    ("লাইভ ব্লগ শুরু: 07.11.2025 10:15 IST | লিখছেন: বিশ্ব ডেস্ক", "2025-11-07"),
    ("লাইভ আপডেট শুরু: ০৭.১১.২০২৫, সকাল ১০টা", "2025-11-07"),
    ("Live blog started: 07.11.2025 10:15 IST", "2025-11-07"),
], ids=["bn-live-blog", "bn-live-updates", "en-live-blog"])
def test_rd12_a_live_blogs_start_stamp_is_its_date_not_its_headline(mappings: Mappings, stamp: str, day: str) -> None:
    art = _seg(mappings, "খবর বাংলা", "LIVE: " + HEADLINE, stamp, "", BODY)
    assert art.published == DateValue(day, "day")
    assert art.headline is not None and HEADLINE in art.headline


@pytest.mark.parametrize("footer", [
    "Print edition: Friday, November 7, 2025 | দৈনিক খবরপত্র, ৪৫ মতিঝিল, ঢাকা",
    "প্রিন্ট সংস্করণ: শুক্রবার, ৭ নভেম্বর ২০২৫ | দৈনিক খবরপত্র, ২২০ চৌরঙ্গী রোড, কলকাতা",
    "ছাপা সংস্করণ: ৭ নভেম্বর ২০২৫ | খবরপত্র",
], ids=["en-with-address", "bn-with-address", "bn-outlet"])
def test_rd12_a_print_edition_stamp_in_the_footer_with_the_imprint_beside_it(mappings: Mappings, footer: str) -> None:
    art = _seg(mappings, "দৈনিক খবরপত্র", "", HEADLINE, "", "নিজস্ব প্রতিবেদক", "", BODY, "", BODY, "",
               "আরও পড়ুন", "» বাজারে চালের দাম বাড়ল", "» সড়কে দুর্ঘটনায় নিহত তিন", "", "মন্তব্য করুন | শেয়ার", "", footer)
    assert art.published == DateValue("2025-11-07", "day")


@pytest.mark.parametrize("line", [
    "ঢাকা ও মস্কো | 07 Nov 2025 18:20 | ওয়েব ডেস্ক",
    "কলকাতা এবং নয়াদিল্লি | ০৭ নভেম্বর ২০২৫ | নিজস্ব প্রতিবেদক",
    "Delhi and Moscow | Nov 7, 2025",
], ids=["o-places-en-month", "ebong-places", "en-and"])
def test_rd12_a_two_city_dateline_beside_the_date(mappings: Mappings, line: str) -> None:
    art = _seg(mappings, "খবর বাংলা", "", HEADLINE, "", line, "", BODY)
    assert art.published == DateValue("2025-11-07", "day")
