"""rC: publication dates in forms read since session 11 — each test on invented pages."""

from __future__ import annotations

import pytest

from bnkg.builder.records import DateValue
from bnkg.mappings import Mappings, default_mappings

from .test_events import HEADLINE
from .test_rd12_reading import BODY, seg


@pytest.fixture(scope="module")
def mappings() -> Mappings:
    return default_mappings()


@pytest.mark.parametrize("line", [
    "নিজস্ব প্রতিনিধি, মস্কো, 7 November 2025",
    "বিশেষ সংবাদদাতা, নয়াদিল্লি, 07 Nov 2025 —",
    "কূটনৈতিক প্রতিবেদক, ঢাকা, ৭ নভেম্বর ২০২৫",
    "রহিম উদ্দিন, কলকাতা, Nov 7, 2025",
], ids=["byline-place-en", "byline-place-short-dash", "byline-place-bn", "name-place-en-comma"])
def test_rC_a_byline_and_place_then_the_date(mappings: Mappings, line: str) -> None:
    art = seg(mappings, "খবর বাংলা", "", HEADLINE, "", line, "", BODY)
    assert art.published == DateValue("2025-11-07", "day")


def test_rC_a_sentence_with_commas_and_a_date_is_no_byline(mappings: Mappings) -> None:
    line = "সরকার, বিরোধী দল ও নাগরিক সমাজের প্রতিনিধিরা আলোচনায় বসবেন, 7 November 2025"
    art = seg(mappings, "খবর বাংলা", "", HEADLINE, "", line, "", BODY)
    assert art.published is None


@pytest.mark.parametrize("line", [
    "সম্প্রচার: ৭ নভেম্বর ২০২৫, রাত ১০টা",
    "প্রচারিত: ০৭.১১.২০২৫",
    "সম্প্রচারের তারিখ: শুক্রবার, ৭ নভেম্বর ২০২৫ | রাত ৯টা",
    "প্রচারের তারিখ: 7 November 2025",
], ids=["somprochar", "procharito", "somprochar-tarikh", "prochar-tarikh"])
def test_rC_a_broadcast_date_label(mappings: Mappings, line: str) -> None:
    art = seg(mappings, "খবর বাংলা টিভি", "", "'রাতের সংলাপ' | পর্ব ১২", "বিষয়: " + HEADLINE, line, "", BODY)
    assert art.published == DateValue("2025-11-07", "day")


@pytest.mark.parametrize("line", [
    "MOSCOW, November 7, 2025 (TASS) —",
    "BEIJING, Nov 7, 2025 (Xinhua) — সিনহুয়ার প্রতিবেদন অবলম্বনে",
    "মস্কো, ৭ নভেম্বর ২০২৫ (বাসস) :",
], ids=["en-wire", "en-wire-with-credit", "bn-wire"])
@pytest.mark.parametrize("above", [True, False], ids=["above-headline", "below-headline"])
def test_rC_a_wire_dateline_on_its_own_line(mappings: Mappings, line: str, above: bool) -> None:
    lines = ("খবর বাংলা", line, "", HEADLINE) if above else ("খবর বাংলা", "", HEADLINE, "", line)
    art = seg(mappings, *lines, "", BODY)
    assert art.published == DateValue("2025-11-07", "day")


def test_rC_a_bracket_without_a_dated_place_is_no_wire_dateline(mappings: Mappings) -> None:
    art = seg(mappings, "খবর বাংলা", "", HEADLINE, "", "বিশ্ব ডেস্ক (ঢাকা) —", "", BODY)
    assert art.published is None


@pytest.mark.parametrize("footer", [
    "সাপ্তাহিক খবরপত্র | বর্ষ ৮, সংখ্যা ২২ | শুক্রবার, 7 November 2025 | ঢাকা",
    "Weekly Khaborpotro | Vol. 8, No. 22 | Friday, November 7, 2025",
    "পাক্ষিক খবরপত্র • খণ্ড ৩ • ৭ নভেম্বর ২০২৫",
], ids=["bn-volume-number-en-month", "en-volume-number", "bn-khondo"])
def test_rC_a_footer_issue_line_with_volume_and_number(mappings: Mappings, footer: str) -> None:
    art = seg(mappings, "খবরপত্র", "", HEADLINE, "", BODY, "", BODY, "", "চিঠিপত্র বিভাগে মতামত পাঠান", "", footer)
    assert art.published == DateValue("2025-11-07", "day")


def test_rC_a_footer_line_with_two_dates_beside_a_number_is_none(mappings: Mappings) -> None:
    footer = "সাপ্তাহিক খবরপত্র | সংখ্যা ২২ | 7 November 2025 | 14 November 2025"
    art = seg(mappings, "খবরপত্র", "", HEADLINE, "", BODY, "", BODY, "", footer)
    assert art.published is None


@pytest.mark.parametrize("line", ["MOSCOW, Nov 5 (Reuters) -", "SEOUL, November 5 (Yonhap) —", "মস্কো, ৫ নভেম্বর (বাসস) :"],
                         ids=["en-short-month", "en-month", "bn"])
@pytest.mark.parametrize("other", [
    ("খবর বাংলা", "শুক্রবার, ৭ নভেম্বর ২০২৫ | ২২ কার্তিক ১৪৩২", "", HEADLINE),
    ("খবর বাংলা", "", HEADLINE),
], ids=["header-stamp", "update-stamp-below"])
def test_rC_a_yearless_wire_dateline_takes_its_year_from_the_page(mappings: Mappings, line: str,
                                                                  other: tuple[str, ...]) -> None:
    tail = ("", "আপডেট: ০৭.১১.২০২৫ ১০:০০") if len(other) == 3 else ()
    art = seg(mappings, *other, "", line, "", BODY, *tail)
    assert art.published == DateValue("2025-11-05", "day")


def test_rC_a_yearless_wire_dateline_alone_is_no_date(mappings: Mappings) -> None:
    art = seg(mappings, "খবর বাংলা", "", HEADLINE, "", "MOSCOW, Nov 5 (Reuters) -", "", BODY)
    assert art.published is None


def test_rC_a_yearless_wire_dateline_far_from_the_pages_date_is_no_date(mappings: Mappings) -> None:
    art = seg(mappings, "খবর বাংলা", "শুক্রবার, ২৮ নভেম্বর ২০২৫ | ১৩ অগ্রহায়ণ ১৪৩২", "", HEADLINE, "",
               "MOSCOW, Nov 5 (Reuters) -", "", BODY)
    assert art.published is None
