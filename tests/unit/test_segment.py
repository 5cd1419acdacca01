"""bnkg.builder.segment on invented pages: headline, publication date, body, sentences.

Every page here is written for the tests (no scraped text); the chrome imitates what Bangla news
sites print around an article.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bnkg.builder import dates as dates_module
from bnkg.builder.article import ArticleReader
from bnkg.builder.read import read_text
from bnkg.builder.records import Article, DateValue, Sentence, Token
from bnkg.builder.segment import (
    NOTE_BROKEN,
    NOTE_CUT_OFF,
    NOTE_LATIN_STOPS,
    NOTE_NO_SENTENCE_END,
    NOTE_WRAPPED,
    SegmentMemo,
    segment,
    sentence_records,
    split_sentences,
    tokenize,
)
from bnkg.errors import MappingError
from bnkg.mappings import Mappings, default_mappings
from bnkg.mappings.calendar import Calendar
from bnkg.mappings.chrome import GROUPS, load_chrome, required_texts, strip_bullets

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


# ------------------------------------------------------------------ fixtures


@pytest.fixture(scope="module")
def mappings() -> Mappings:
    return default_mappings()


def _seg(mappings: Mappings, *lines: str) -> Article:
    text = "\n".join(lines) + "\n"
    art = segment(text, "/some/dir/page.txt", mappings)
    _check_offsets(art)
    return art


def _check_offsets(art: Article) -> None:
    text = art.text
    if art.headline is not None:
        assert art.headline_span is not None
        s, e = art.headline_span
        assert text[s:e] == art.headline == art.headline.strip()
    b0, b1 = art.body_span
    assert 0 <= b0 <= b1 <= len(text)
    prev = b0
    for i, sent in enumerate(art.sentences):
        assert sent.index == i
        assert text[sent.start:sent.end] == sent.text
        assert sent.text == sent.text.strip() and sent.text
        assert prev <= sent.start < sent.end <= b1
        prev = sent.end


def _body(art: Article) -> str:
    return art.text[art.body_span[0]:art.body_span[1]]


# ----------------------------------------------------------------------- invented page parts

HEADLINE = "পিয়ংইয়ংয়ে রুশ প্রতিনিধিদলের সঙ্গে বৈঠক করলেন কিম"
P1 = ("রাশিয়ার একটি উচ্চপর্যায়ের প্রতিনিধিদল উত্তর কোরিয়ার রাজধানী পিয়ংইয়ংয়ে পৌঁছেছে। "
      "বিমানবন্দরে তাদের স্বাগত জানান দেশটির পররাষ্ট্রমন্ত্রী।")
P2 = ("বৈঠকে দুই দেশের সামরিক সহযোগিতা নিয়ে আলোচনা হয় বলে জানিয়েছে রাষ্ট্রীয় বার্তা সংস্থা। "
      "তবে বিস্তারিত কিছু জানানো হয়নি।")
P3 = "বিশ্লেষকেরা বলছেন, এই সফর দুই দেশের সম্পর্ককে আরও ঘনিষ্ঠ করবে।"
BODY = (P1, "", P2, "", P3)
RELATED = ("বাজারে সবজির দাম কিছুটা কমেছে", "নগরীতে টানা বৃষ্টিতে জলাবদ্ধতা",
           "শেষ মুহূর্তের গোলে জিতল দল!", "নতুন বছরে বাড়ছে বিদ্যুতের দাম")
TICKER = " : ".join(["আজ শহরে বিদ্যুৎ থাকবে না", "নতুন সেতুর উদ্বোধন আগামীকাল",
                     "পরীক্ষার ফল প্রকাশ হবে বৃহস্পতিবার", "বৃষ্টির সম্ভাবনা রয়েছে"] * 4)


# --------------------------------------------------------------------------- headline & date

def test_headline_after_a_ticker_line(mappings: Mappings) -> None:
    assert len(TICKER) > 300
    art = _seg(mappings, TICKER, "", HEADLINE, "", "আন্তর্জাতিক ডেস্ক - প্রতিনিধি", "",
               "প্রকাশিত: ১০ জুন ২০২৪, ১০:৩০", "", *BODY, "", "মন্তব্য করুন")
    assert art.headline == HEADLINE
    assert art.published == DateValue("2024-06-10", "day") and art.published_time == "10:30"
    assert _body(art).startswith("রাশিয়ার একটি") and _body(art).endswith("ঘনিষ্ঠ করবে।")


def test_crawl_date_header_before_headline_is_ignored(mappings: Mappings) -> None:
    art = _seg(mappings, "X", "বুধবার, ১২ জুন ২০২৪", "২৯ জ্যৈষ্ঠ ১৪৩১", "", HEADLINE, "",
               "আন্তর্জাতিক ডেস্ক", "", *BODY)
    assert art.headline == HEADLINE
    assert art.published is None and art.published_time is None


@pytest.mark.parametrize(("line", "day"), [
    ("রাজশাহী, মঙ্গলবার, ১১ মার্চ ২০০৩, ২৬ ফাল্গুন ১৪০৯", "2003-03-11"),  # a print edition's masthead
    ("শিলিগুড়ি | শনিবার ৮ অগস্ট ২০০৯ | ২৩ শ্রাবণ ১৪১৬", "2009-08-08"),
    ("২২ নভেম্বর ২০১৯, ০৭:৪০", "2019-11-22"),  # a date with its minute is no crawl stamp
])
def test_issue_date_above_the_headline_when_no_other(mappings: Mappings, line: str, day: str) -> None:
    art = _seg(mappings, "সাপ্তাহিক দর্পণ", line, "", HEADLINE, "", "নিজস্ব প্রতিবেদক", "", *BODY)
    assert art.headline == HEADLINE and art.published == DateValue(day, "day")


def test_issue_date_gives_way_to_the_articles_own(mappings: Mappings) -> None:
    art = _seg(mappings, "রাজশাহী, মঙ্গলবার, ১১ মার্চ ২০০৩", "", HEADLINE, "১০ মার্চ ২০০৩, ২১:১০", "", *BODY)
    assert art.published == DateValue("2003-03-10", "day")


def test_unlabelled_date_after_headline(mappings: Mappings) -> None:
    art = _seg(mappings, "বুধবার, ১২ জুন ২০২৪", "", HEADLINE, "নিজস্ব প্রতিবেদক",
               "১০ জুন ২০২৪, ১৩:৪৫", "", *BODY)
    assert art.published == DateValue("2024-06-10", "day")


def test_published_label_split_over_two_lines(mappings: Mappings) -> None:
    art = _seg(mappings, HEADLINE, "প্রকাশিত:", "১০ জুলাই ২০২৪ ১৯:১৭", "আপডেট:", "১১ জুলাই ২০২৪ ০৯:০০", "",
               *BODY)
    assert art.headline == HEADLINE
    assert art.published == DateValue("2024-07-10", "day") and art.published_time == "19:17"


def test_update_date_is_not_the_publication_date(mappings: Mappings) -> None:
    assert _seg(mappings, HEADLINE, "আপডেট:", "১১ জুলাই ২০২৪ ০৯:০০", "", *BODY).published is None
    art = _seg(mappings, HEADLINE, "আপডেট: ১১ জুলাই ২০২৪ | প্রকাশ: ০৯ জুলাই ২০২৪", "", *BODY)
    assert art.published == DateValue("2024-07-09", "day")


def test_labelled_date_above_the_headline(mappings: Mappings) -> None:
    art = _seg(mappings, "অনলাইন ডেস্ক", "প্রকাশ : ০৭ সেপ্টেম্বর ২০২৩, ১৯:২৯", "অনলাইন সংস্করণ", "",
               HEADLINE, "", "কিম ও পুতিনের ফাইল ছবি", "", *BODY)
    assert art.headline == HEADLINE
    assert art.published == DateValue("2023-09-07", "day")


def test_date_beside_a_desk_byline(mappings: Mappings) -> None:
    art = _seg(mappings, HEADLINE, "আন্তর্জাতিক ডেস্ক |  ১৪ মার্চ, ২০২৪", "", *BODY)
    assert art.headline == HEADLINE and art.published == DateValue("2024-03-14", "day")
    art = _seg(mappings, HEADLINE, "১৪ মার্চ ২০২৪, ০৯:১৫ / নিজস্ব প্রতিবেদক", "", *BODY)
    assert art.published == DateValue("2024-03-14", "day") and art.published_time == "09:15"


@pytest.mark.parametrize("line", ["Kolkata, Mar 3, 2025", "ঢাকা, সোমবার, ০৩ মার্চ ২০২৫", "Dhaka, 3 March 2025"])
def test_dateline_with_a_place(mappings: Mappings, line: str) -> None:
    art = _seg(mappings, HEADLINE, line, "", *BODY)
    assert art.headline == HEADLINE and art.published == DateValue("2025-03-03", "day")


def test_reporter_and_place_beside_the_date(mappings: Mappings) -> None:
    art = _seg(mappings, HEADLINE, "রহিম উদ্দিন, ঢাকা | ০৩ মার্চ ২০২৫", "", *BODY)
    assert art.headline == HEADLINE and art.published == DateValue("2025-03-03", "day")


def test_agency_dateline_opening_the_first_paragraph(mappings: Mappings) -> None:
    art = _seg(mappings, HEADLINE, "", "মস্কো, ৩ মার্চ, ২০২৫ (বাসস) : " + P1, P2)
    assert art.published == DateValue("2025-03-03", "day")
    art = _seg(mappings, HEADLINE, "", "মস্কো, ৩ মার্চ (বাসস) : " + P1, P2)  # no year: no date
    assert art.published is None
    art = _seg(mappings, HEADLINE, "", "গত বছর, ৩ মার্চ ২০২৪ (রবিবার) পুতিন পিয়ংইয়ং যান। " + P1, P2)
    assert art.published is None


@pytest.mark.parametrize(("line", "time"), [
    ("প্রকাশ: ০৩ মার্চ ২৫ । ১০:৩০ | আপডেট: ০৪ মার্চ ২৫", "10:30"),  # a danda inside a date line
    ("নিজস্ব সংবাদদাতা কলকাতা ০৩ মার্চ ২০২৫ ১০:৩০", "10:30"),  # a byline with no separator
    ("Published by: Rina Sen Posted: March 3, 2025 10:30 am", "10:30"),  # the second label has the date
    ("Written By Rina Sen | Last Updated: Mar 3, 2025, 10:30 AM IST", "10:30"),  # an update stamp after a byline
    ("আপলোড সময় : ০৩ মার্চ ২০২৫, ১০:৩০", "10:30"),
    ("৩ রা মার্চ ২০২৫ খ্রি. ১০:৩০", "10:30"),  # an ending apart from the day; a date line ending in '.'
    ("Mar. 3, 2025 10:30", "10:30"),
])
def test_date_lines_of_other_outlets(mappings: Mappings, line: str, time: str) -> None:
    art = _seg(mappings, HEADLINE, line, "", *BODY)
    assert art.headline == HEADLINE
    assert art.published == DateValue("2025-03-03", "day") and art.published_time == time


def test_publication_date_printed_under_the_article(mappings: Mappings) -> None:
    art = _seg(mappings, HEADLINE, "", *BODY, "", "প্রকাশিত: ১৪ মার্চ ২০২৪, ১০:০০", "মন্তব্য করুন")
    assert art.published == DateValue("2024-03-14", "day")
    art = _seg(mappings, HEADLINE, "", *BODY, "", "আরও খবর", "প্রকাশিত: ১৪ মার্চ ২০২৪, ১০:০০")  # another item's
    assert art.published is None


def test_a_sentence_with_a_date_is_no_dateline(mappings: Mappings) -> None:
    art = _seg(mappings, HEADLINE, "মস্কোয় বৈঠক হবে, ৩ মার্চ ২০২৫", "", *BODY)
    assert art.published is None


def test_weekday_line_with_a_clock_word(mappings: Mappings) -> None:
    art = _seg(mappings, HEADLINE, "সোমবার, ০৩ মার্চ, ২০২৫ ১০:৩০ টা", "", *BODY)
    assert art.published == DateValue("2025-03-03", "day") and art.published_time == "10:30"


def test_ordinals_and_mixed_digits_on_the_date_line(mappings: Mappings) -> None:
    assert _seg(mappings, HEADLINE, "প্রকাশিত: ২১শে জুন, ২০২৪", "", *BODY).published == DateValue("2024-06-21", "day")
    assert _seg(mappings, HEADLINE, "প্রকাশ: ৩রা মার্চ 2025", "", *BODY).published == DateValue("2025-03-03", "day")


def test_update_stamp_above_a_view_counter(mappings: Mappings) -> None:
    art = _seg(mappings, HEADLINE, "", "  এ বি নিউজ", "- আপডেট সময় : ০৭:৪৭:৩৬ অপরাহ্ন, রবিবার, ১৭ সেপ্টেম্বর ২০২৩",
               "- / ১২৩৪ বার পড়া হয়েছে", *BODY)
    assert art.published == DateValue("2023-09-17", "day")
    assert art.headline == HEADLINE  # not the outlet's name under it


def test_a_short_headline_stays_the_headline(mappings: Mappings) -> None:
    art = _seg(mappings, "বিশ্ব", "পুতিন-কিম বৈঠক", "প্রকাশিত: ১৪ মার্চ ২০২৪", "", *BODY)
    assert art.headline == "পুতিন-কিম বৈঠক"
    art = _seg(mappings, "বাজারে সবজির দাম কিছুটা কমেছে আজ", "", "পুতিন-কিম বৈঠক", "", *BODY)  # no date below
    assert art.headline == "পুতিন-কিম বৈঠক"


@pytest.mark.parametrize("stamp", ["৪ সপ্তাহ আগে", "২ ঘণ্টা আগে", "3 days ago"])
def test_an_aggregators_relative_stamp_is_not_the_headline(mappings: Mappings, stamp: str) -> None:
    art = _seg(mappings, HEADLINE, stamp, *BODY)
    assert art.headline == HEADLINE and art.published is None


def test_masthead_date_beside_a_bangla_date_or_a_menu_is_not_the_articles(mappings: Mappings) -> None:
    art = _seg(mappings, HEADLINE, "বৃহস্পতিবার, ১৪ মার্চ ২০২৪", "৩০ ফাল্গুন ১৪৩০", "", *BODY)
    assert art.published is None
    art = _seg(mappings, HEADLINE, "বৃহস্পতিবার, ১৪ মার্চ ২০২৪ | ৩০ ফাল্গুন ১৪৩০", "", *BODY)
    assert art.published is None
    art = _seg(mappings, HEADLINE, "১৪ মার্চ ২০২৪", "প্রচ্ছদ | জাতীয় | আন্তর্জাতিক | খেলা", "", *BODY)
    assert art.published is None
    art = _seg(mappings, HEADLINE, "প্রকাশ: ১৪ মার্চ ২০২৪ | ৩০ ফাল্গুন ১৪৩০", "", *BODY)  # labelled: the article's
    assert art.published == DateValue("2024-03-14", "day")
    art = _seg(mappings, HEADLINE, "প্রচ্ছদ » আন্তর্জাতিক", "১৪ মার্চ ২০২৪", "", *BODY)  # a breadcrumb
    assert art.published == DateValue("2024-03-14", "day")


def test_headline_skips_byline_caption_and_labels(mappings: Mappings) -> None:
    art = _seg(mappings, "প্রচ্ছদ | জাতীয় | আন্তর্জাতিক | খেলা", HEADLINE, "ঢাকা প্রতিনিধি",
               "বৈঠকের একটি মুহূর্ত। ছবি : সংগৃহীত", "প্রকাশিত:", "", *BODY)
    assert art.headline == HEADLINE


def test_question_headline(mappings: Mappings) -> None:
    q = "পুতিন কি আবার পিয়ংইয়ং যাচ্ছেন?"
    art = _seg(mappings, q, "আন্তর্জাতিক ডেস্ক", "প্রকাশিত: ১০ জুন ২০২৪", "", *BODY)
    assert art.headline == q
    assert _body(art).startswith("রাশিয়ার একটি")
    assert art.published == DateValue("2024-06-10", "day")


def test_page_without_chrome(mappings: Mappings) -> None:
    art = _seg(mappings, HEADLINE, "", *BODY)
    assert art.headline == HEADLINE and art.published is None
    assert len(art.sentences) == 5


def test_no_date_is_never_guessed(mappings: Mappings) -> None:
    art = _seg(mappings, HEADLINE, "", "১৯ জুন ২০২৪ তারিখে পুতিন ও কিম একটি চুক্তি সই করেন।", *BODY)
    assert art.published is None


def test_no_prose_at_all(mappings: Mappings) -> None:
    art = _seg(mappings, HEADLINE, "আন্তর্জাতিক ডেস্ক", *RELATED[:2])
    assert art.headline == HEADLINE
    assert art.body_span == (0, 0) and art.sentences == ()
    art = _seg(mappings, "X", "১২")
    assert art.headline is None and art.sentences == ()


def test_identity_fields(mappings: Mappings) -> None:
    art = _seg(mappings, HEADLINE, *BODY)
    assert art.source_file == "page.txt"
    assert art.content_hash == hashlib.sha256(art.text.encode()).hexdigest()


# ------------------------------------------------------------------------------------- body

END_MARKERS = [
    "মন্তব্য করুন", "Facebook Comments Box", "আরও খবর", "আরও পড়ুন", "আরো পড়ুন:", "সম্পর্কিত",
    "সম্পর্কিত বিষয়:", "সর্বশেষ খবর", "সর্বাধিক পঠিত", "  • জনপ্রিয়", "শেয়ার করুন", "Share",
    "সব খবর সবার আগে পেতে গুগল নিউজে আমাদের অনুসরণ করুন", "দৈনিক আপডেট পেতে আমাদের ফেসবুক পেজ ফলো করুন",
    "এমআর/কেএস", "রহিম /সাথী", "/আরকে/", "টিএইচ/", "এ বিভাগের আরও খবর", "আপনার মতামত লিখুন",
    "ট্যাগ: রাশিয়া, উত্তর কোরিয়া",
]


@pytest.mark.parametrize("marker", END_MARKERS)
def test_body_stops_at_end_marker(mappings: Mappings, marker: str) -> None:
    teaser = "অন্য এক খবরে বলা হয়েছে, দেশের উত্তরাঞ্চলে ভারী বৃষ্টির কারণে কয়েকটি জেলায় বন্যা দেখা দিয়েছে।"
    art = _seg(mappings, HEADLINE, "", *BODY, "", marker, *RELATED, teaser)
    assert _body(art).endswith("ঘনিষ্ঠ করবে।")
    assert art.body_span[1] <= art.text.index(marker)
    assert len(art.sentences) == 5


def test_body_stops_after_three_non_prose_lines(mappings: Mappings) -> None:
    art = _seg(mappings, HEADLINE, "", *BODY, "", *RELATED[:3], "কাল থেকে বাড়ছে ট্রেনের ভাড়া।")
    assert _body(art).endswith("ঘনিষ্ঠ করবে।")
    assert all("ভাড়া" not in s.text for s in art.sentences)


def test_numbered_related_list_not_in_body(mappings: Mappings) -> None:
    numbered = [x for i, r in enumerate(RELATED, 1) for x in (r, "", "১" + "০১২৩"[i % 4])]
    art = _seg(mappings, HEADLINE, "", *BODY, "", "  • সর্বশেষ", "  • জনপ্রিয়", "", *numbered)
    assert all(r not in _body(art) for r in RELATED)


def test_inline_read_more_link_does_not_end_the_body(mappings: Mappings) -> None:
    art = _seg(mappings, HEADLINE, "", P1, "", "আরও পড়ুন: সিউলে রুশ রাষ্ট্রদূতকে তলব", "", P2, "", P3)
    assert _body(art).endswith("ঘনিষ্ঠ করবে।")
    assert not any("তলব" in s.text for s in art.sentences)
    assert len(art.sentences) == 5


@pytest.mark.parametrize(("heading", "bullet", "rule"), [
    ("আরও পড়ুন", "» ", "-" * 30), ("══ আরও পড়ুন ══", " ◆ ", "═" * 10), ("আরো পড়ুন:", "→ ", "* * *"),
    ("আরও পড়ুন", "• ", ""),
])
def test_a_bulleted_read_more_block_between_paragraphs_does_not_end_the_body(
        mappings: Mappings, heading: str, bullet: str, rule: str) -> None:
    links = [bullet + r for r in RELATED[:3]]
    art = _seg(mappings, HEADLINE, "", P1, "", rule, heading, *links, rule, "", P2, "", P3)
    assert _body(art).endswith("ঘনিষ্ঠ করবে।")
    assert not any(r in s.text for r in RELATED for s in art.sentences)
    assert len(art.sentences) == 5


def test_a_long_bulleted_list_after_read_more_still_ends_the_body(mappings: Mappings) -> None:
    links = ["» " + r + f" {i}" for i in range(2) for r in RELATED]  # more links than a block between paragraphs
    teaser = "অন্য এক খবরে বলা হয়েছে, দেশের উত্তরাঞ্চলে ভারী বৃষ্টির কারণে কয়েকটি জেলায় বন্যা দেখা দিয়েছে।"
    art = _seg(mappings, HEADLINE, "", *BODY, "", "আরও পড়ুন", *links, "", teaser)
    assert _body(art).endswith("ঘনিষ্ঠ করবে।")


@pytest.mark.parametrize("heading", ["পাঠকের মতামত (২)", "মন্তব্য (১৪)", "Comments (3)", "পাঠকদের মন্তব্য [5]"])
def test_a_comments_heading_with_its_count_ends_the_body(mappings: Mappings, heading: str) -> None:
    comment = "রহিম, খুলনা: এত দীর্ঘ যাত্রার কথা শুনে অবাক হলাম, আমাদের রেলেরও শেখা উচিত।"
    art = _seg(mappings, HEADLINE, "", *BODY, "", "আরও পড়ুন", *("• " + r for r in RELATED[:3]), "", heading, comment)
    assert _body(art).endswith("ঘনিষ্ঠ করবে।")
    assert not any("রহিম" in s.text for s in art.sentences)


def test_captions_and_ads_inside_the_body_are_skipped(mappings: Mappings) -> None:
    art = _seg(mappings, HEADLINE, "", P1, "বৈঠকের একটি মুহূর্ত। ছবি: রয়টার্স", "বিজ্ঞাপন",
               "ফাইল ছবি", P2, P3)
    assert _body(art).endswith("ঘনিষ্ঠ করবে।")
    assert not any("ছবি" in s.text or "বিজ্ঞাপন" in s.text for s in art.sentences)


@pytest.mark.parametrize("attribution", ["সূত্র: রয়টার্স", "তথ্যসূত্র: বার্তা সংস্থা এএফপি", "খবর বিবিসির"])
def test_attribution_lines_stay_in_the_body(mappings: Mappings, attribution: str) -> None:
    middle = _seg(mappings, HEADLINE, "", P1, attribution, P2, P3, "মন্তব্য করুন")
    assert any(s.text == attribution for s in middle.sentences)
    trailing = _seg(mappings, HEADLINE, "", *BODY, "", attribution, "", "এমআর/কেএস", "সম্পর্কিত", *RELATED)
    assert trailing.sentences[-1].text == attribution
    assert _body(trailing).endswith(attribution)


def test_largest_prose_region_wins(mappings: Mappings) -> None:
    teaser = "শুক্রবার থেকে নতুন সময়সূচিতে চলবে ট্রেন।"
    art = _seg(mappings, teaser, "আরও খবর", *RELATED, "", HEADLINE, "", *BODY, "মন্তব্য করুন")
    assert art.headline == HEADLINE
    assert _body(art).startswith("রাশিয়ার একটি")


def test_readers_comments_after_the_article_are_not_the_body(mappings: Mappings) -> None:
    comment = "পাঠকের মন্তব্য: খবরটি ভালো লাগল। আরও বিস্তারিত জানতে চাই। ধন্যবাদ।"
    art = _seg(mappings, HEADLINE, "", *BODY, "মন্তব্য", comment, "", comment)
    assert _body(art).startswith("রাশিয়ার একটি") and _body(art).endswith("ঘনিষ্ঠ করবে।")


def test_author_block_and_photo_credits_are_not_the_headline(mappings: Mappings) -> None:
    q = "পিয়ংইয়ং কেন মস্কোর এত কাছে?"
    art = _seg(mappings, "প্রচ্ছদ", "আন্তর্জাতিক", q, "ছবির উৎস, সংগৃহীত", "ছবির ক্যাপশান, বৈঠকের একটি মুহূর্ত",
               "লেখা,", "রহিম উদ্দিন", "পদবী, সংবাদদাতা", "১২ জুলাই ২০২৪", *BODY)
    assert art.headline == q
    assert art.published == DateValue("2024-07-12", "day")
    assert not any("ছবির" in s.text for s in art.sentences)


def test_html_page_end_to_end(mappings: Mappings, tmp_path: Path) -> None:
    html = (f"<html><head><title>{HEADLINE} | দৈনিক</title><script>var a = 1;</script></head><body>"
            "<nav><ul><li>প্রচ্ছদ</li><li>আন্তর্জাতিক</li></ul></nav><div>রবিবার, ১৪ জুলাই ২০২৪</div>"
            f"<article><h1>{HEADLINE}</h1><div><span>আন্তর্জাতিক ডেস্ক</span> <time>প্রকাশিত: ১২ জুলাই ২০২৪, "
            f"১০:১৫</time></div><figure><figcaption>ফাইল ছবি: রয়টার্স</figcaption></figure><p>{P1}</p>"
            f"<p>{P2}</p><div>বিজ্ঞাপন</div><p>সূত্র: রয়টার্স</p></article><h3>আরও খবর</h3>"
            f"<ul><li>{RELATED[0]}</li><li>{RELATED[1]}</li></ul></body></html>")
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    art = segment(read_text(path), str(path), mappings)
    _check_offsets(art)
    assert art.headline == HEADLINE
    assert art.published == DateValue("2024-07-12", "day") and art.published_time == "10:15"
    assert [s.text for s in art.sentences][-1] == "সূত্র: রয়টার্স" and len(art.sentences) == 5


def test_html_markup_publication_time(mappings: Mappings, tmp_path: Path) -> None:
    head = ('<html><head><meta property="article:published_time" content="2024-07-12T10:15:00+06:00">'
            f"<title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1>")
    path = tmp_path / "page.html"
    path.write_text(head + f"<p>{P1}</p><p>{P2}</p></body></html>", encoding="utf-8")
    art = segment(read_text(path), str(path), mappings)
    assert art.headline == HEADLINE
    assert art.published == DateValue("2024-07-12", "day") and art.published_time == "10:15:00"
    path.write_text(head + f"<div>প্রকাশিত: ১১ জুলাই ২০২৪</div><p>{P1}</p><p>{P2}</p></body></html>", encoding="utf-8")
    assert segment(read_text(path), str(path), mappings).published == DateValue("2024-07-11", "day")  # the page's own
    path.write_text(head.replace("2024-07-12T10:15:00+06:00", "12 July") + f"<p>{P1}</p></body></html>", encoding="utf-8")
    assert segment(read_text(path), str(path), mappings).published is None


# -------------------------------------------------------------------------------- sentences

def test_paragraph_cut_off_after_a_sentence_is_read(mappings: Mappings) -> None:
    cut = "প্রতিনিধিদলটি মঙ্গলবার মস্কো পৌঁছায়। সেখানে তাদের স্বাগত জানান রাশিয়ার"
    art = _seg(mappings, HEADLINE, "", P1, "", cut)
    assert [s.text for s in art.sentences][-2:] == ["প্রতিনিধিদলটি মঙ্গলবার মস্কো পৌঁছায়।",
                                                    "সেখানে তাদের স্বাগত জানান রাশিয়ার"]


def test_a_headline_with_a_danda_inside_stays_the_headline(mappings: Mappings) -> None:
    h = "মস্কোয় কিম। পুতিনের সঙ্গে বৈঠক আজ"
    art = _seg(mappings, h, "", *BODY)
    assert art.headline == h and art.sentences[0].text.startswith("রাশিয়ার একটি")


def test_long_paragraph_with_latin_full_stops_cut_off_is_read(mappings: Mappings) -> None:
    sentence = "রাশিয়ার প্রতিনিধিদলটি দুই দিনের সফরে পিয়ংইয়ংয়ে অবস্থান করবে বলে জানিয়েছে দেশটির বার্তা সংস্থা"
    para = ". ".join([sentence] * 4) + " এবং সেখানে তারা"
    assert len(para) > 300
    art = _seg(mappings, HEADLINE, "", para)
    assert len(art.sentences) == 4 and art.sentences[0].text == sentence + "."


def test_page_without_a_sentence_end_reads_its_longest_paragraph(mappings: Mappings) -> None:
    cut = "উত্তর কোরিয়ার পররাষ্ট্রমন্ত্রী সোমবার মস্কোয় পৌঁছে রুশ কর্মকর্তাদের সঙ্গে আলোচনা শুরু করেছেন বলে"
    art = _seg(mappings, "প্রচ্ছদ | জাতীয় | আন্তর্জাতিক | খেলা", HEADLINE, "আন্তর্জাতিক ডেস্ক", "", cut)
    assert art.headline == HEADLINE and [s.text for s in art.sentences] == [cut]
    assert NOTE_NO_SENTENCE_END in art.notes and NOTE_CUT_OFF in art.notes


def test_a_headline_and_a_ticker_are_no_article(mappings: Mappings) -> None:
    assert _seg(mappings, HEADLINE, "", TICKER).sentences == ()
    assert _seg(mappings, HEADLINE).sentences == ()


def test_broken_character_at_the_end_of_a_cut_page(mappings: Mappings) -> None:
    art = _seg(mappings, HEADLINE, "", P1, "", "প্রতিনিধিদলটি মঙ্গলবার মস্কো পৌঁছায়। সেখানে তাদের স্বাগত জানা\ufffd")
    assert art.sentences[-1].text == "সেখানে তাদের স্বাগত জানা"
    assert set(art.notes) == {NOTE_CUT_OFF, NOTE_BROKEN}


def test_notes_of_a_tidy_page_and_of_latin_full_stops(mappings: Mappings) -> None:
    assert _seg(mappings, HEADLINE, "", *BODY).notes == ()
    assert _seg(mappings, HEADLINE, "", *BODY, "সূত্র : রয়টার্স").notes == ()
    art = _seg(mappings, HEADLINE, "", "রুশ প্রতিনিধিদলটি পিয়ংইয়ং পৌঁছেছে. তাদের স্বাগত জানান কিম. পরে বৈঠক হয়.")
    assert len(art.sentences) == 3 and art.notes == (NOTE_LATIN_STOPS,)


def test_build_summary_names_what_was_odd(tmp_path: Path) -> None:
    from bnkg.builder.corpus.pipeline import build_result
    from bnkg.progress import BuildSummary

    (tmp_path / "a.txt").write_text("\n".join([HEADLINE, "", P1, "", "প্রতিনিধিদলটি মঙ্গলবার মস্কো পৌঁছায়। সেখানে তাদের স্বাগত জানান রাশিয়ার"]),
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("\n".join([HEADLINE, "", *BODY]), encoding="utf-8")
    result = build_result([tmp_path])
    text = BuildSummary.of(result, "out.trig", len(result.dataset)).text()
    assert "built 2 article(s), skipped 0" in text
    assert f"bnkg: read 1 × {NOTE_CUT_OFF} (a.txt)" in text


def test_hard_wrapped_paragraphs_are_joined(mappings: Mappings) -> None:
    import textwrap

    wrapped = textwrap.fill(" ".join((P1, P2)), 55).split("\n")
    short = textwrap.fill(P3, 55).split("\n")
    assert len(wrapped) >= 3 and len(short) == 2
    art = _seg(mappings, HEADLINE, "", *wrapped, "", *short, "", "সূত্র: রয়টার্স")
    assert [" ".join(s.text.split()) for s in art.sentences] == [
        "রাশিয়ার একটি উচ্চপর্যায়ের প্রতিনিধিদল উত্তর কোরিয়ার রাজধানী পিয়ংইয়ংয়ে পৌঁছেছে।",
        "বিমানবন্দরে তাদের স্বাগত জানান দেশটির পররাষ্ট্রমন্ত্রী।",
        "বৈঠকে দুই দেশের সামরিক সহযোগিতা নিয়ে আলোচনা হয় বলে জানিয়েছে রাষ্ট্রীয় বার্তা সংস্থা।",
        "তবে বিস্তারিত কিছু জানানো হয়নি।", P3, "সূত্র: রয়টার্স"]
    assert art.headline == HEADLINE and NOTE_WRAPPED in art.notes


def test_a_list_of_headlines_is_not_a_wrapped_paragraph(mappings: Mappings) -> None:
    art = _seg(mappings, HEADLINE, "", *BODY, "", *RELATED)
    assert NOTE_WRAPPED not in art.notes and all(r not in _body(art) for r in RELATED)


def test_sentences_split_on_danda_question_and_exclamation(mappings: Mappings) -> None:
    line = "তিনি কি আসবেন? কেউ জানে না!! তবে প্রস্তুতি চলছে। আলোচনা চলবে॥ কাল আবার বৈঠক৷"
    art = _seg(mappings, HEADLINE, "", line)
    assert [s.text for s in art.sentences] == [
        "তিনি কি আসবেন?", "কেউ জানে না!!", "তবে প্রস্তুতি চলছে।", "আলোচনা চলবে॥", "কাল আবার বৈঠক৷"]
    tail = "এক কথা। শেষ কথা"
    assert [tail[s:e] for s, e in split_sentences(tail, mappings.chrome)] == ["এক কথা।", "শেষ কথা"]


def test_danda_without_space_still_splits(mappings: Mappings) -> None:
    art = _seg(mappings, HEADLINE, "", "বৈঠক শেষে তাঁরা ফিরে যান।উত্তর কোরিয়া কিছু জানায়নি।")
    assert [s.text for s in art.sentences] == ["বৈঠক শেষে তাঁরা ফিরে যান।", "উত্তর কোরিয়া কিছু জানায়নি।"]


def test_quotes_stay_with_their_sentence(mappings: Mappings) -> None:
    art = _seg(mappings, HEADLINE, "", "পুতিন বলেন, ‘আমরা পাশে থাকব।’ এরপর তিনি চলে যান। (বিস্তারিত আসছে।)")
    assert [s.text for s in art.sentences] == [
        "পুতিন বলেন, ‘আমরা পাশে থাকব।’", "এরপর তিনি চলে যান।", "(বিস্তারিত আসছে।)"]


def test_full_stop_rules(mappings: Mappings) -> None:
    art = _seg(mappings, HEADLINE, "", "ডা. রহমান ও মো. করিম সভায় ছিলেন. পরে তাঁরা ফিরে যান। মূল্য ২.৫ শতাংশ বাড়ে।")
    assert [s.text for s in art.sentences] == [
        "ডা. রহমান ও মো. করিম সভায় ছিলেন.", "পরে তাঁরা ফিরে যান।", "মূল্য ২.৫ শতাংশ বাড়ে।"]


def test_full_stop_after_a_number_or_a_closing_quote(mappings: Mappings) -> None:
    art = _seg(mappings, HEADLINE, "", "চুক্তিটি সই হয় ২০২৪. পরে তা অনুমোদিত হয়. দফা ১. প্রথম দফায় ‘সহযোগিতা’. শেষ কথা.")
    assert [s.text for s in art.sentences] == [
        "চুক্তিটি সই হয় ২০২৪.", "পরে তা অনুমোদিত হয়.", "দফা ১. প্রথম দফায় ‘সহযোগিতা’.", "শেষ কথা."]


def test_full_stop_inside_closing_quotes_ends_the_sentence(mappings: Mappings) -> None:
    art = _seg(mappings, HEADLINE, "", 'মন্ত্রী বলেন, "আমরা আলোচনায় রাজি." পরে সংসদেও একই কথা ওঠে. শেষে ভোট হয়.')
    assert [s.text for s in art.sentences] == [
        'মন্ত্রী বলেন, "আমরা আলোচনায় রাজি."', "পরে সংসদেও একই কথা ওঠে.", "শেষে ভোট হয়."]
    art = _seg(mappings, HEADLINE, "", 'তিনি "ডা." লিখে সই করেন। পরে ফেরেন।')  # an abbreviation in quotes
    assert [s.text for s in art.sentences] == ['তিনি "ডা." লিখে সই করেন।', "পরে ফেরেন।"]


def test_space_before_danda_and_trailing_spaces(mappings: Mappings) -> None:
    art = _seg(mappings, HEADLINE, "", "  চুক্তিও করেছে উত্তর কোরিয়া ।   পরে আরও আলোচনা হবে। \t ")
    assert [s.text for s in art.sentences] == ["চুক্তিও করেছে উত্তর কোরিয়া ।", "পরে আরও আলোচনা হবে।"]


def test_split_sentences_spans(mappings: Mappings) -> None:
    line = " এক কথা। দুই কথা? ’ তিন কথা। \"চার কথা।\" ’পাঁচ কথা"
    spans = split_sentences(line, mappings.chrome)
    assert [line[s:e] for s, e in spans] == ["এক কথা।", "দুই কথা? ’", "তিন কথা।", "\"চার কথা।\"", "’পাঁচ কথা"]


# ------------------------------------------------------------------------------ chrome.yaml

def test_chrome_invalid_regex_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "chrome.yaml").write_text("end:\n  regex: ['(unclosed']\n", encoding="utf-8")
    with pytest.raises(MappingError, match="chrome.yaml"):
        load_chrome(tmp_path)


def test_chrome_patterns_are_nfc(tmp_path: Path) -> None:
    decomposed = "আরও পড\u09bcুন"  # ড + nukta, as NFC writes ড়
    (tmp_path / "chrome.yaml").write_text(f"soft_end:\n  lines: ['{decomposed}']\n", encoding="utf-8")
    chrome = load_chrome(tmp_path)
    assert chrome.matches("soft_end", "আরও পড়ুন".replace("\u09dc", "\u09a1\u09bc"))
    assert chrome.matches("soft_end", "  • আরও পড\u09bcুন:")



@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(line=st.one_of(st.text(alphabet="আরওখবশেয়ারকরুন পড়ুন:•|-১২ABCsharex", max_size=30),
                      st.sampled_from(["আরও পড়ুন", "শেয়ার করুন", "• সম্পর্কিত খবর", "Share", "বিজ্ঞাপন", "১"])))
def test_chrome_groups_joined_match_as_their_patterns(line: str) -> None:
    chrome = default_mappings().chrome
    assert chrome.joined and chrome.guarded  # the shipped patterns can all be joined
    seen = strip_bullets(line)
    for group in GROUPS:
        one_by_one = bool(seen) and any(p.fullmatch(seen) for p in getattr(chrome, group))
        assert chrome.matches(group, line) == one_by_one, (group, line)


@pytest.mark.parametrize(("source", "texts"), [
    (".{0,80}(অনুসরণ|ফলো) করুন.*", [{"অনুসরণ", "ফলো"}, {" করুন"}]),
    ("[^।]{0,9}[:ঃ]\\s*(খবর)+", [{":", "ঃ"}, {"খবর"}]),
    (".*(ক|খ)গ", [{"ক", "খ"}, {"গ"}]),
    (".*(ছবি|Photo)", []),  # a text with case: no shortcut (under IGNORECASE "PHOTO" matches too)
    (".*(ছবি)?", []),  # optional: nothing a match must hold
    (".*(?-i:খবর)", []),  # flags of its own: not read
])
def test_the_texts_a_chrome_pattern_requires(source: str, texts: list[set[str]]) -> None:
    assert [set(t) for t in required_texts(re.compile(source, re.IGNORECASE))] == texts


def test_a_guarded_chrome_pattern_is_tried_only_on_lines_with_its_texts(tmp_path: Path) -> None:
    (tmp_path / "chrome.yaml").write_text(
        "end:\n  lines: ['মন্তব্য']\n  contains: ['ফাইল ছবি']\n  regex: ['.{0,40}(ফেসবুক|Facebook) পেজ ফলো করুন']\n"
        "menu:\n  regex: ['[^|]{1,20}(\\s*[|]\\s*[^|]{1,20}){2,}']\n", encoding="utf-8")
    chrome = load_chrome(tmp_path)
    assert set(chrome.guarded) == {"end", "menu"} and "menu" not in chrome.joined
    for line, end, menu in [("মন্তব্য", True, False), ("এটি ফাইল ছবি", True, False),
                            ("আমাদের FACEBOOK পেজ ফলো করুন", True, False), ("আমাদের পেজ ফলো", False, False),
                            ("প্রচ্ছদ | দেশ | বিশ্ব", False, True), ("প্রচ্ছদ দেশ বিশ্ব", False, False)]:
        assert (chrome.matches("end", line), chrome.matches("menu", line)) == (end, menu), line


def test_chrome_patterns_that_cannot_be_joined_are_tried_one_by_one(tmp_path: Path) -> None:
    (tmp_path / "chrome.yaml").write_text("skip:\n  regex: ['(?P<n>a+)', '(?P<n>b+)']\n", encoding="utf-8")
    chrome = load_chrome(tmp_path)
    assert "skip" not in chrome.joined
    assert chrome.matches("skip", "aaa") and chrome.matches("skip", "bb") and not chrome.matches("skip", "ab")

# ---------------------------------------------------------------------------------- examples

@pytest.mark.parametrize(("name", "headline", "published", "time"), [
    ("lavrov-pyongyang.txt", "পিয়ংইয়ংয়ে চোয়ে সন হুইয়ের সঙ্গে বৈঠক করলেন ল্যাভরভ", "2024-10-12", "18:20"),
    ("kim-russia-visit.txt", "আগামী মাসে রাশিয়া সফরে যেতে পারেন কিম জং উন", "2023-09-05", "11:45"),
    ("moscow-agreement.txt", "মস্কোয় রাশিয়া-উত্তর কোরিয়া অর্থনৈতিক সহযোগিতা চুক্তি সই", "2024-11-20", "09:15"),
])
def test_examples(mappings: Mappings, name: str, headline: str, published: str, time: str) -> None:
    path = EXAMPLES / name
    art = segment(read_text(path), str(path), mappings)
    _check_offsets(art)
    assert art.source_file == name
    assert art.headline == headline
    assert art.published == DateValue(published, "day") and art.published_time == time
    assert 8 <= len(art.sentences) <= 20
    assert art.sentences[-1].text.startswith("সূত্র:")
    body = _body(art)
    assert "মন্তব্য করুন" not in body and "ছবি:" not in body and "ডেস্ক" not in body


# ---------------------------------------------------------------------------------- properties

_PIECES = [HEADLINE, P1, P2, P3, TICKER, *RELATED, *END_MARKERS, "", " ", "X", "১২", "প্রকাশিত:",
           "১০ জুন ২০২৪, ১০:৩০", "বুধবার, ১২ জুন ২০২৪", "আন্তর্জাতিক ডেস্ক", "সূত্র: রয়টার্স",
           "আরও পড়ুন: সিউলে রুশ রাষ্ট্রদূতকে তলব", "ছবি: সংগৃহীত", "।", "?!", "’", "ডা. মো."]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_never_raises_on_arbitrary_text(text: str) -> None:
    art = segment(text, "x.txt", default_mappings())
    assert art.text == text
    _check_offsets(art)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(alphabet="কখগ ািু।?!.\n‘’১২/:", max_size=30)),
                max_size=25),
       st.sampled_from(["\n", "\n\n", " ", "।", ""]))
def test_offsets_valid_on_page_like_text(pieces: list[str], sep: str) -> None:
    art = segment(sep.join(pieces), "x.txt", default_mappings())
    _check_offsets(art)



# ------------------------------------------------------------------ one tokenisation per sentence
ONE_PARAGRAPH = ("পুতিন ও কিমের নতুন চুক্তি\n\nপ্রকাশিত: ২০ জুন ২০২৪\n\n"
                 "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন বুধবার পিয়ংইয়ং সফরে যান। সেখানে তিনি কিম জং উনের সঙ্গে বৈঠক "
                 "করেন। দুই নেতা একটি প্রতিরক্ষা চুক্তিতে সই করেন। ক্রেমলিনের মুখপাত্র দিমিত্রি পেসকভ বলেন, কিম "
                 "আগামী মাসে মস্কো সফর করবেন।\n")


def test_each_sentence_is_split_into_words_once_and_read_for_dates_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """segment → dates → mentions → events hand one SentenceRecord on: however many rules look at
    a sentence (a visit, a meeting, an agreement, a claim, a planned visit's future date), its words
    are split once (:func:`tokenize`, wherever a module holds it) and its dates tokenised once."""
    words: list[str] = []
    calendar: list[str] = []
    real_words, real_calendar = tokenize, dates_module._tokens

    def count_words(sentence: Sentence) -> tuple[Token, ...]:
        words.append(sentence.text)
        return real_words(sentence)

    def count_calendar(text: str, cal: Calendar) -> list:
        calendar.append(text)
        return real_calendar(text, cal)

    for name, module in list(sys.modules.items()):
        if name.startswith("bnkg") and getattr(module, "tokenize", None) is real_words:
            monkeypatch.setattr(module, "tokenize", count_words)
    monkeypatch.setattr(dates_module, "_tokens", count_calendar)
    rec = ArticleReader().read_string(ONE_PARAGRAPH, "t.txt")
    sentences = [s.text for s in rec.article.sentences]
    assert len(sentences) == 4
    assert sorted(words) == sorted(sentences)
    assert sorted(t for t in calendar if t in sentences) == sorted(sentences)
    assert [(v.visitor, v.status) for v in rec.visits] == [("putin", "Occurred"), ("kim_jong_un", "Planned")]
    assert [v.date for v in rec.visits] == [DateValue("2024-06-19", "day"), DateValue("2024-07", "month")]
    assert len(rec.meetings) == len(rec.agreements) == len(rec.claims) == 1


def test_sentence_records_carry_words_with_article_offsets(mappings: Mappings) -> None:
    art = segment(ONE_PARAGRAPH, "t.txt", mappings)
    records = sentence_records(art)
    assert [r.sentence for r in records] == list(art.sentences)
    for r in records:
        assert (r.index, r.start, r.end, r.text) == (r.sentence.index, r.sentence.start, r.sentence.end, r.sentence.text)
        assert [art.text[t.start:t.end] for t in r.tokens] == [t.text for t in r.tokens]
        assert r.dates == r.future_dates == r.mentions == ()  # the later stages fill them
    assert [t.text for t in records[2].tokens] == ["দুই", "নেতা", "একটি", "প্রতিরক্ষা", "চুক্তিতে", "সই", "করেন"]


def test_a_sentence_without_words_has_no_tokens() -> None:
    assert tokenize(Sentence(0, 5, 8, "।।!")) == ()


# -- words: one tokenisation per sentence, offsets kept ------------------------------------------
def test_a_word_is_glued_to_the_previous_one_by_exactly_one_hyphen() -> None:
    text = "-চোয়ে-এর হুই‐এর সন‑কে কিম--এর জং - উন-"
    toks = tokenize(Sentence(0, 100, 100 + len(text), text))
    assert [(t.text, t.hyphen_before) for t in toks] == [
        ("চোয়ে", False), ("এর", True), ("হুই", False), ("এর", True), ("সন", False), ("কে", True),
        ("কিম", False), ("এর", False), ("জং", False), ("উন", False)]
    assert [(t.start, t.end) for t in toks][:2] == [(101, 106), (107, 109)]


# rf1 -- the issue date in a site's header, by its menu ------------------------------------------

MENU = "প্রথম পাতা | দেশ | বিদেশ | খেলাধুলা | বিনোদন | মতামত"


@pytest.mark.parametrize(("line", "day"), [
    ("সোমবার, ৯ মার্চ ২০২৬", "2026-03-09"),  # weekday first, above the section's name
    ("৯ মার্চ ২০২৬, সোমবার", "2026-03-09"),  # the day, then the weekday
])
def test_rf1_header_date_by_the_menu_is_the_issue_date(mappings: Mappings, line: str, day: str) -> None:
    art = _seg(mappings, "দৈনিক নদীর ডাক", MENU, line, "", "বিদেশ", "", HEADLINE, "", *BODY)
    assert art.headline == HEADLINE and art.published == DateValue(day, "day")


def test_rf1_header_date_gives_way_to_the_articles_own(mappings: Mappings) -> None:
    art = _seg(mappings, "দৈনিক নদীর ডাক", MENU, "সোমবার, ৯ মার্চ ২০২৬", "", HEADLINE,
               "প্রকাশিত: ৭ মার্চ ২০২৬", "", *BODY)
    assert art.published == DateValue("2026-03-07", "day")


@pytest.mark.parametrize("dateline", ["রয়টার্স, মস্কো", "এএফপি, কিয়েভ", "AFP | Seoul"])
def test_rf1_wire_dateline_right_above_the_text_is_not_the_headline(mappings: Mappings, dateline: str) -> None:
    art = _seg(mappings, "দৈনিক নদীর ডাক", MENU, "সোমবার, ৯ মার্চ ২০২৬", "", HEADLINE, "", dateline, "", *BODY)
    assert art.headline == HEADLINE


def test_rf1_short_headline_stays_when_the_line_above_is_no_headline(mappings: Mappings) -> None:
    art = _seg(mappings, "দৈনিক নদীর ডাক", MENU, "সোমবার, ৯ মার্চ ২০২৬", "", "কিম-পুতিন বৈঠক", "", *BODY)
    assert art.headline == "কিম-পুতিন বৈঠক"


# rd -------------------------------------------------------------------- kinds found on heldout5

def _footer_page(*footer: str) -> tuple[str, ...]:
    return ("খবর২৪ | প্রচ্ছদ | দেশ | বিদেশ | খেলা",
            "",
            "সীমান্তে নতুন রেলসেতুর উদ্বোধন করল দুই দেশ",
            "",
            "রাশিয়া ও উত্তর কোরিয়ার সীমান্ত নদীর ওপর নতুন রেলসেতু চালু হয়েছে। দুই দেশের মন্ত্রীরা ফিতা কেটে সেতুটি খুলে দেন।",
            "",
            "Related",
            "• তুরস্কে ভূমিকম্পে ক্ষয়ক্ষতি",
            "• বাজারে চালের দাম স্থির",
            "",
            *footer)


def test_rd_a_footer_stamp_below_related_news_is_the_date(mappings: Mappings) -> None:
    art = _seg(mappings, *_footer_page("প্রকাশ: 2025-03-07 18:20 BST | হালনাগাদ: 2025-03-08 09:00 BST",
                                       "গোপনীয়তা | যোগাযোগ"))
    assert (art.published, art.published_time) == (DateValue("2025-03-07", "day"), "18:20")


@pytest.mark.parametrize("footer", [
    ("প্রকাশ: 2025-03-07 18:20 | হালনাগাদ: 2025-03-08 09:00", "প্রকাশ: 2025-03-05 11:00 | হালনাগাদ: 2025-03-05 12:00"),
    ("প্রকাশ: 2025-03-07 18:20",),  # a listed item's date, maybe
])
def test_rd_a_date_below_related_news_that_is_no_single_stamp_is_none(mappings: Mappings, footer: tuple[str, ...]) -> None:
    assert _seg(mappings, *_footer_page(*footer)).published is None


_OPED = "সীমান্তের রেলসেতু কি বদলে দেবে দুই দেশের বাণিজ্য?"
_OPED_BODY = "রাশিয়া ও উত্তর কোরিয়ার সীমান্তে নতুন রেলসেতু চালু হয়েছে, কিন্তু বাণিজ্যের কাঠামো বদলায়নি। পণ্যের বড় অংশ এখনো জ্বালানি।"


@pytest.mark.parametrize("signature", ["তাহমিনা রশিদ", "তাহমিনা রশিদ, গবেষক"])
def test_rd_an_op_eds_author_above_the_piece_is_no_headline(mappings: Mappings, signature: str) -> None:
    art = _seg(mappings, "মতামত | উপসম্পাদকীয়", "", _OPED, "", signature, "", _OPED_BODY)
    assert art.headline == _OPED


def test_rd_an_agency_credit_under_the_date_is_no_headline(mappings: Mappings) -> None:
    art = _seg(mappings, _OPED, "", "শনিবার, ১৫ মার্চ ২০২৫", "বার্তা সংস্থা", "", _OPED_BODY)
    assert (art.headline, art.published) == (_OPED, DateValue("2025-03-15", "day"))


def test_rd_a_labelled_news_ticker_above_the_headline_is_no_prose(mappings: Mappings) -> None:
    ticker = ("চলমান: নদীভাঙনে ঘর হারাল আরও চল্লিশটি পরিবার ■ শীতকালীন সবজির দাম কমতে শুরু করেছে "
              "■ বইমেলার প্রস্তুতি নিয়ে বৈঠক আজ বিকেলে")
    art = _seg(mappings, "খবর২৪ | প্রচ্ছদ | দেশ | বিদেশ", ticker, "", _OPED, "", _OPED_BODY)
    assert art.headline == _OPED and ticker not in [s.text for s in art.sentences]
    barred = "সর্বশেষ: নদীভাঙনে ঘর হারাল চল্লিশ পরিবার | সবজির দাম কমছে | বইমেলার প্রস্তুতি বৈঠক আজ"
    assert _seg(mappings, barred, "", _OPED, "", _OPED_BODY).headline == _OPED
@pytest.mark.parametrize(("dateline", "day"), [
    ("খাবারভস্ক, ১৩ মার্চ: ", "2024-03-14"),  # the day before: the issue's date
    ("খাবারভস্ক, ১৪ মার্চ: ", "2024-03-14"),
    ("খাবারভস্ক, ২ জানুয়ারি: ", None),  # far from it: a crawl stamp after all
    ("", None),  # no dateline to vouch for it
])
def test_rd2_a_masthead_date_the_bodys_dateline_agrees_with_is_the_issues(
        mappings: Mappings, dateline: str, day: str | None) -> None:
    art = _seg(mappings, "প্রচ্ছদ | দেশ | বিদেশ | খেলা", "বৃহস্পতিবার ১৪ মার্চ ২০২৪ | ৩০ ফাল্গুন ১৪৩০", "",
               HEADLINE, "", dateline + P1, "", P2, "", P3)
    assert art.published == (DateValue(day, "day") if day else None)


# ------------------------------------------------------------- the memo of page lines (issue 17)

_MENU = "প্রচ্ছদ | জাতীয় | আন্তর্জাতিক | খেলা | বিনোদন"
_MEMO_PAGES = [
    "\n".join([_MENU, "সর্বশেষ খবর", f"{headline}", "নিজস্ব প্রতিবেদক", f"প্রকাশিত: {day}", "",
               f"{place} থেকে আসা খবরে জানা যায়, দুই দেশের প্রতিনিধিরা আলোচনা করেছেন। বৈঠক চলবে আরও দুই দিন।",
               "আরও পড়ুন", "অন্য এক খবরের শিরোনাম এখানে", "মন্তব্য করুন", _MENU]) + "\n"
    for headline, day, place in [("সীমান্তে নতুন সড়ক নিয়ে দুই দেশের আলোচনা", "০৩ মার্চ ২০২৫", "মস্কো"),
                                 ("বন্দর নিয়ে নতুন চুক্তির খসড়া তৈরি", "০৪ মার্চ ২০২৫", "পিয়ংইয়ং"),
                                 ("রেল যোগাযোগ নিয়ে বৈঠক শেষ হলো আজ", "০৫ মার্চ ২০২৫", "ভ্লাদিভস্তক")]]


def test_a_segment_memo_changes_no_article(mappings: Mappings) -> None:
    """The memo of line kinds and dates, kept across pages, gives the article each page gives alone."""
    memo = SegmentMemo()
    for _ in range(2):  # the second time every line is in the memo
        for k, text in enumerate(_MEMO_PAGES):
            assert segment(text, f"p{k}.txt", mappings, memo) == segment(text, f"p{k}.txt", mappings)
    assert memo.kinds[_MENU] == "chrome" and memo.kinds["মন্তব্য করুন"] == "end"
    assert memo.parsed["প্রকাশিত: ০৩ মার্চ ২০২৫"] == ("published", (DateValue("2025-03-03", "day"), None))
    assert segment(_MEMO_PAGES[0], "p.txt", mappings, memo).published == DateValue("2025-03-03", "day")


def test_a_segment_memo_starts_afresh_past_its_limit(mappings: Mappings) -> None:
    memo = SegmentMemo(limit=4)
    first = segment(_MEMO_PAGES[0], "a.txt", mappings, memo)
    assert len(memo.kinds) > 4  # (checked before each page, not after each line)
    second = segment(_MEMO_PAGES[1], "b.txt", mappings, memo)
    assert set(memo.kinds) == {line.strip() for line in _MEMO_PAGES[1].split("\n")}  # the first page's are gone
    assert (first, second) == (segment(_MEMO_PAGES[0], "a.txt", mappings), segment(_MEMO_PAGES[1], "b.txt", mappings))


def test_an_article_reader_keeps_one_memo_for_its_pages() -> None:
    reader = ArticleReader()
    records = [reader.read_string(text, f"p{k}.txt") for k, text in enumerate(_MEMO_PAGES)]
    assert reader.memo.kinds[_MENU] == "chrome"
    assert records == [ArticleReader().read_string(text, f"p{k}.txt") for k, text in enumerate(_MEMO_PAGES)]


# ------------------------------------------------------- rv8: datelines, menus, tickers, stamps

_RV8_BODY = ("সীমান্তের রেলসেতু নিয়ে দুই দেশের কর্মকর্তারা আলোচনায় বসেছেন। বৈঠকে সেতুর রক্ষণাবেক্ষণ "
             "ও পণ্য পরিবহনের খরচ কমানোর বিষয়ে কথা হয়েছে।")


@pytest.mark.parametrize(("dateline", "day"), [
    ("খাবারভস্ক (রাশিয়া), 7 মার্চ 2012 (রয়টার্স) — ", "2012-03-07"),  # Latin digits, the country in brackets
    ("খাবারভস্ক (রাশিয়া), ৭ মার্চ ২০১২ (এএফপি) : ", "2012-03-07"),
    ("খাবারভস্ক (রাশিয়া) — ", None),  # no date
])
def test_rv8_a_wire_dateline_with_its_country_in_brackets_dates_the_page(
        mappings: Mappings, dateline: str, day: str | None) -> None:
    art = _seg(mappings, "খবর২৪ | প্রচ্ছদ | দেশ | বিদেশ", "", _OPED, "", dateline + _RV8_BODY)
    assert art.headline == _OPED
    assert art.published == (DateValue(day, "day") if day else None)


def test_rv8_a_menu_bar_as_long_as_a_paragraph_is_chrome(mappings: Mappings) -> None:
    menu = "সরাসরি সম্প্রচার | সর্বশেষ | বাংলাদেশ | বিশ্ব | বাণিজ্য | খেলাধুলা | বিনোদন | ভিডিও"
    art = _seg(mappings, "খবর২৪ টিভি", menu, "", "বিশ্ব", "", _OPED, "", _RV8_BODY)
    assert art.headline == _OPED
    assert [s.text for s in art.sentences][0].startswith("সীমান্তের রেলসেতু")
    # a paragraph that writes its sentence ends as "|" is no menu
    barred = ("সীমান্তের রেলসেতু নিয়ে দুই দেশের কর্মকর্তারা আলোচনায় বসেছেন | বৈঠকে সেতুর রক্ষণাবেক্ষণ নিয়ে কথা হয়েছে | "
              "পণ্য পরিবহনের খরচ কমানো হবে বলে জানানো হয়েছে |")
    assert _seg(mappings, _OPED, "", barred).sentences


@pytest.mark.parametrize("bullet", ["▶", "✦"])
def test_rv8_a_ticker_with_triangle_or_star_bullets_is_no_prose(mappings: Mappings, bullet: str) -> None:
    ticker = (f"{bullet} আজকের শিরোনাম: নদীভাঙনে ঘর হারাল আরও চল্লিশটি পরিবার  {bullet} শীতকালীন সবজির দাম "
              "কমতে শুরু করেছে বাজারে")
    art = _seg(mappings, "খবর২৪ | প্রচ্ছদ | দেশ | বিদেশ", ticker, "", _OPED, "", _RV8_BODY)
    assert art.headline == _OPED and not any("নদীভাঙনে" in s.text for s in art.sentences)


@pytest.mark.parametrize(("stamps", "day"), [
    (("আপডেট: মঙ্গলবার, ১১ মার্চ, ২০২৫ | ২৭ ফাল্গুন ১৪৩১",), "2025-03-11"),  # the page's only date
    (("আপডেট: মঙ্গলবার, ১১ মার্চ, ২০২৫", "আপডেট: বুধবার, ১২ মার্চ, ২০২৫"), None),  # which one?
])
def test_rv8_an_updated_stamp_alone_above_the_headline_dates_the_page(
        mappings: Mappings, stamps: tuple[str, ...], day: str | None) -> None:
    art = _seg(mappings, "খবর২৪ | প্রচ্ছদ | দেশ | বিদেশ", *stamps, "", _OPED, "", "আন্তর্জাতিক ডেস্ক", "", _RV8_BODY)
    assert art.headline == _OPED
    assert art.published == (DateValue(day, "day") if day else None)


@pytest.mark.parametrize(("lead", "day"), [
    ("খাবারভস্ক ৭ মার্চ ২০১২ (রয়টার্স) — ", "2012-03-07"),  # a place we know, no comma
    ("গত ৭ মার্চ ২০১২ (বুধবার) ", None),  # no place: a sentence that opens with a date
    ("রুশ প্রতিনিধিদল ৭ মার্চ ২০১২ (বুধবার) ", None),
])
def test_rv8_a_dateline_without_a_comma_needs_a_place_we_know(mappings: Mappings, lead: str, day: str | None) -> None:
    art = _seg(mappings, _OPED, "", lead + _RV8_BODY)
    assert art.published == (DateValue(day, "day") if day else None)


# ------------------------------------------------------------------ rv9: dates of archived issues, footer stamps

def test_rv9_archived_issue_header_date_is_the_issue_date(mappings: Mappings) -> None:
    """A weekday date beside a Bangla-calendar date is a crawl stamp — unless the page says it is an
    archived issue: then it is the issue's date."""
    art = _seg(mappings, "সাপ্তাহিক দর্পণ :: পুরোনো সংখ্যা", "", "মঙ্গলবার, ১১ মার্চ ২০০৩ / ২৬ ফাল্গুন ১৪০৯", "",
               HEADLINE, "", "নিজস্ব প্রতিবেদক", "", *BODY)
    assert art.headline == HEADLINE and art.published == DateValue("2003-03-11", "day")
    crawl = _seg(mappings, "সাপ্তাহিক দর্পণ", "", "মঙ্গলবার, ১১ মার্চ ২০০৩ / ২৬ ফাল্গুন ১৪০৯", "",
                 HEADLINE, "", "নিজস্ব প্রতিবেদক", "", *BODY)
    assert crawl.published is None


def test_rv9_published_stamp_in_the_footer_below_undated_list(mappings: Mappings) -> None:
    art = _seg(mappings, HEADLINE, "", "নিজস্ব প্রতিবেদক", "", *BODY, "", "আরও খবর", *RELATED, "",
               "প্রকাশিত: ০৭.১১.২০২৫ | ০৯:১৫", "মতামত লিখতে লগইন করুন", "© দর্পণ")
    assert art.published == DateValue("2025-11-07", "day")
    dated = _seg(mappings, HEADLINE, "", "নিজস্ব প্রতিবেদক", "", *BODY, "", "আরও খবর",
                 RELATED[0], "প্রকাশিত: ০৫.১১.২০২৫", RELATED[1], "প্রকাশিত: ০৭.১১.২০২৫", "© দর্পণ")
    assert dated.published is None  # the listed items' own dates
    last = _seg(mappings, HEADLINE, "", "নিজস্ব প্রতিবেদক", "", *BODY, "", "আরও খবর", *RELATED, "",
                "প্রকাশিত: ০৭.১১.২০২৫ | ০৯:১৫")
    assert last.published is None  # no footer: maybe the last listed item's


# ------------------------------------------------------------------ rv10: the page's stamp in its footer

@pytest.mark.parametrize(("footer", "day"), [
    # the copyright on the stamp's own line
    (("মতামত দিন", "মুদ্রণের তারিখ: ১৪ আগস্ট ২০২৫, বৃহস্পতিবার | © দৈনিক সীমান্ত"), "2025-08-14"),
    # the imprint below it, the stamp unlabelled but for its weekday (with a Bangla-calendar date)
    (("মন্তব্য করুন", "বৃহস্পতিবার, ১৪ আগস্ট ২০২৫ | ৩০ শ্রাবণ ১৪৩২",
      "সম্পাদক ও প্রকাশক: নাসির আহমেদ | বার্তা বিভাগ: মতিঝিল, ঢাকা"), "2025-08-14"),
    # the imprint above it, the site's social pages below
    (("ভারপ্রাপ্ত সম্পাদক : শামীমা নাসরিন", "প্রকাশিত : ১৪.০৮.২০২৫", "ফেসবুক | এক্স | ইউটিউব"), "2025-08-14"),
    # only an update stamp in the footer: used when the page prints no other date
    (("সর্বশেষ হালনাগাদ: ১৪ আগস্ট ২০২৫ ১৮:৪০", "Privacy Policy | About Us"), "2025-08-14"),
    # an unlabelled date without a weekday may be the last listed item's
    (("১৪ আগস্ট ২০২৫", "© দৈনিক সীমান্ত"), None),
    # no footer beside the labelled stamp
    (("প্রকাশিত: ১৪.০৮.২০২৫", "মন্তব্য লিখতে লগইন করুন"), None),
])
def test_rv10_the_pages_stamp_beside_its_footer(mappings: Mappings, footer: tuple[str, ...], day: str | None) -> None:
    art = _seg(mappings, HEADLINE, "", "নিজস্ব প্রতিবেদক", "", *BODY, "", "আরও খবর", *RELATED, "", *footer)
    assert art.published == (DateValue(day, "day") if day else None)


def test_rv10_a_footer_date_that_repeats_the_header_crawl_stamp_is_none(mappings: Mappings) -> None:
    stamp = "বৃহস্পতিবার, ১৪ আগস্ট ২০২৫ | ৩০ শ্রাবণ ১৪৩২"
    art = _seg(mappings, "দৈনিক সীমান্ত", stamp, "", HEADLINE, "", "নিজস্ব প্রতিবেদক", "", *BODY, "", "আরও খবর",
               *RELATED, "", stamp, "© দৈনিক সীমান্ত")
    assert art.published is None
