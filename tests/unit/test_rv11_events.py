"""Round 11 reading rules (helper rv11): visits, meetings, agreements, dates — each on invented sentences."""

from __future__ import annotations

import pytest

from bnkg.builder.article import ArticleReader
from bnkg.builder.records import DateValue

from .test_events import read


def day(value: str) -> DateValue:
    return DateValue(value, "day")


# ----------------------------------------------------------------------------------- datelines

@pytest.mark.parametrize("body", [
    "ঢাকা, ১৩ সেপ্টেম্বর (বাসস ডেস্ক) : মস্কোয় পৌঁছে বুধবার রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের সঙ্গে বৈঠক "
    "করেছেন উত্তর কোরিয়ার নেতা কিম জং উন।",
    "কলকাতা, ১৩ সেপ্টেম্বর (ওয়েব ডেস্ক): রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন ও উত্তর কোরিয়ার নেতা কিম জং উন "
    "বুধবার বৈঠক করেছেন।",
    "ঢাকা, ১৩ সেপ্টেম্বর (নিজস্ব প্রতিবেদক) — উত্তর কোরিয়ার নেতা কিম জং উন বুধবার রুশ প্রেসিডেন্ট ভ্লাদিমির "
    "পুতিনের সঙ্গে আলোচনা করেছেন।",
])
def test_rv11_a_desk_datelines_place_is_the_outlets_home_not_the_events(reader: ArticleReader, body: str) -> None:
    rec = read(reader, body)
    assert [m.participants for m in rec.meetings] == [("kim_jong_un", "putin")]
    assert rec.meetings[0].place in (None, "moscow")
    assert all(v.destination == "russia" for v in rec.visits)


def test_rv11_a_wire_dateline_in_none_of_the_parties_states_is_where_it_was_written(reader: ArticleReader) -> None:
    rec = read(reader, "সিউল, ১৩ সেপ্টেম্বর (ইয়োনহাপ) — উত্তর কোরিয়ার নেতা কিম জং উন বুধবার রুশ প্রেসিডেন্ট "
                       "ভ্লাদিমির পুতিনের সঙ্গে বৈঠক করেছেন।")
    assert [(m.participants, m.place) for m in rec.meetings] == [(("kim_jong_un", "putin"), None)]
    assert rec.visits == ()


def test_rv11_a_wire_datelines_place_is_where_the_news_is(reader: ArticleReader) -> None:
    rec = read(reader, "মস্কো, ১৩ সেপ্টেম্বর (রয়টার্স) — উত্তর কোরিয়ার নেতা কিম জং উন বুধবার রুশ প্রেসিডেন্ট "
                       "ভ্লাদিমির পুতিনের সঙ্গে বৈঠক করেছেন।")
    assert [(v.visitor, v.destination, v.place) for v in rec.visits] == [("kim_jong_un", "russia", "moscow")]


@pytest.mark.parametrize("body", [
    "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন ও কিম জং উনের শীর্ষ বৈঠক আগামী মাসে হওয়ার কথা থাকলেও তা নিয়ে ওয়াশিংটন ও "
    "পিয়ংইয়ংয়ের মধ্যে মতভেদ দেখা দিয়েছে।",
    "টোকিওর বিরুদ্ধে কড়া বক্তব্য দেওয়ার পর বুধবার কিম জং উনের সঙ্গে বৈঠক করেন ভ্লাদিমির পুতিন।",
])
def test_rv11_a_capital_before_a_postposition_is_its_government_not_a_place(reader: ArticleReader, body: str) -> None:
    rec = read(reader, body)
    assert [(m.participants, m.place) for m in rec.meetings] == [(("kim_jong_un", "putin"), None)]
    assert rec.visits == ()


@pytest.mark.parametrize(("body", "parts"), [
    ("বুধবার ভ্লাদিমির পুতিন ও কিম জং উন ক্রেমলিনে বৈঠক করেন, পরে সের্গেই শোইগু সাংবাদিকদের সামনে এক বিবৃতি "
     "পড়ে শোনান।", ("kim_jong_un", "putin")),
    ("বুধবার ভ্লাদিমির পুতিন কিম জং উনের সঙ্গে বৈঠক করেন, তারপর সের্গেই ল্যাভরভকে বিমানবন্দরে পাঠানো হয়।",
     ("kim_jong_un", "putin")),
    ("বুধবার ক্রেমলিনে বৈঠক করেন রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন, উত্তর কোরিয়ার নেতা কিম জং উন ও বেলারুশের "
     "প্রেসিডেন্ট আলেকজান্ডার লুকাশেঙ্কো।", ("kim_jong_un", "lukashenko", "putin")),
])
def test_rv11_a_person_of_a_later_clause_is_no_participant(reader: ArticleReader, body: str,
                                                           parts: tuple[str, ...]) -> None:
    assert [m.participants for m in read(reader, body).meetings] == [parts]


# ----------------------------------------------------------------------------------- setting off

@pytest.mark.parametrize(("body", "visit"), [
    ("আগামীকাল ভ্লাদিমির পুতিন জাপানের ওকিনাওয়ার উদ্দেশে রওনা হবেন, যেখানে শিল্পোন্নত দেশগুলোর সম্মেলন শুরু হচ্ছে।",
     ("putin", "japan", "Planned")),
    ("সোমবার সকালে কিম জং উন বিশেষ ট্রেনে রাশিয়ার পথে রওনা দেন।", ("kim_jong_un", "russia", "Occurred")),
    ("মঙ্গলবার রাতে সের্গেই ল্যাভরভ পিয়ংইয়ংয়ের উদ্দেশে যাত্রা করেন।", ("lavrov", "north_korea", "Occurred")),
    ("দুই দিনের সফর শেষে বৃহস্পতিবার মস্কো ছাড়েন চোয়ে সন হুই।", ("choe_son_hui", "russia", "Occurred")),
    ("তিন দিনের রাষ্ট্রীয় সফর শেষে শুক্রবার পিয়ংইয়ং ত্যাগ করেন ভ্লাদিমির পুতিন।", ("putin", "north_korea", "Occurred")),
])
def test_rv11_setting_off_for_or_leaving_a_place_is_a_visit(reader: ArticleReader, body: str, visit: tuple[str, str, str]) -> None:
    assert [(v.visitor, v.destination, v.status) for v in read(reader, body).visits] == [visit]


# ----------------------------------------------------------------------------------- hosts

@pytest.mark.parametrize(("body", "parts"), [
    ("রুশ প্রতিরক্ষামন্ত্রী সের্গেই শোইগু মঙ্গলবার পিয়ংইয়ংয়ে পৌঁছেছেন। কেসিএনএ জানিয়েছে, সফরে দুই দেশের সামরিক "
     "সহযোগিতা নিয়ে কথা হবে। বুধবার রুশ অতিথিকে নিজ দপ্তরে অভ্যর্থনা জানান কিম জং উন।", ("kim_jong_un", "shoigu")),
    ("উত্তর কোরিয়ার পররাষ্ট্রমন্ত্রী চোয়ে সন হুই সোমবার মস্কোয় পৌঁছান। তাস জানিয়েছে, সফরে দুই দেশের বাণিজ্য নিয়ে "
     "কথা হবে। মঙ্গলবার ক্রেমলিনে উত্তর কোরীয় মন্ত্রীকে স্বাগত জানান ভ্লাদিমির পুতিন।", ("choe_son_hui", "putin")),
    ("রুশ প্রতিরক্ষামন্ত্রী আন্দ্রেই বেলোউসভ শুক্রবার পিয়ংইয়ং পৌঁছান। কেসিএনএ জানায়, শনিবার রুশ অতিথির সঙ্গে "
     "বৈঠক করেন কিম জং উন।", ("belousov", "kim_jong_un")),
    ("রুশ প্রতিরক্ষামন্ত্রী আন্দ্রেই বেলোউসভ শুক্রবার পিয়ংইয়ং পৌঁছান। শনিবার অতিথির সঙ্গে বৈঠক করেন কিম জং উন।",
     ("belousov", "kim_jong_un")),
])
def test_rv11_the_host_welcoming_a_guest_named_by_its_state_meets_that_visitor(reader: ArticleReader, body: str,
                                                                               parts: tuple[str, ...]) -> None:
    assert [m.participants for m in read(reader, body).meetings] == [parts]


@pytest.mark.parametrize("body", [
    "রুশ প্রতিরক্ষামন্ত্রী সের্গেই শোইগু মঙ্গলবার পিয়ংইয়ংয়ে পৌঁছেছেন। তবে কিম জং উন রুশ প্রতিনিধিদলকে সাক্ষাৎ "
    "দেবেন কিনা, তা এখনও জানানো হয়নি।",
    "রুশ প্রতিরক্ষামন্ত্রী সের্গেই শোইগু মঙ্গলবার পিয়ংইয়ংয়ে পৌঁছেছেন। কিম জং উন তাঁর সঙ্গে দেখা করবেন কি না, "
    "সে বিষয়ে কিছু বলা হয়নি।",
])
def test_rv11_a_meeting_nobody_says_will_happen_is_none(reader: ArticleReader, body: str) -> None:
    assert read(reader, body).meetings == ()


# ----------------------------------------------------------------------------------- denied, reported

@pytest.mark.parametrize("body", [
    "ভ্লাদিমির পুতিন ও কিম জং উনের বৈঠকের খবর নাকচ করেছে ক্রেমলিন।",
    "পুতিনের সঙ্গে কিম জং উনের গোপন বৈঠকের খবর অস্বীকার করেছে মস্কো।",
    "কিম জং উনের মস্কো সফর হওয়ার গুঞ্জন উড়িয়ে দিয়েছেন দিমিত্রি পেসকভ।",
    "রাশিয়া ও উত্তর কোরিয়ার মধ্যে অস্ত্র চুক্তি সইয়ের দাবিকে ভিত্তিহীন বলেছে ক্রেমলিন।",
    "দিমিত্রি পেসকভ বলেন, পুতিন ও কিম জং উনের মধ্যে কোনো বৈঠক হয়নি।",
    "ক্রেমলিন জানিয়েছে, পুতিনের পিয়ংইয়ং সফরের বিষয়ে এখনো কোনো সিদ্ধান্ত হয়নি।",
    "কিম জং উনের সঙ্গে বৈঠকের ব্যাপারে কোনো সিদ্ধান্ত নেওয়া হয়নি বলে জানান দিমিত্রি পেসকভ।",
])
def test_rv11_a_denied_event_is_no_fact(reader: ArticleReader, body: str) -> None:
    rec = read(reader, body)
    assert (rec.visits, rec.meetings, rec.agreements) == ((), (), ())
    assert rec.claims  # the denial is a claim


@pytest.mark.parametrize("body", [
    "মঙ্গলবার ভ্লাদিমির পুতিন ও কিম জং উনের মধ্যে আলোচনা হয়েছে বলে জানিয়েছে তাস।",
    "তাস জানিয়েছে, মঙ্গলবার ভ্লাদিমির পুতিন ও কিম জং উনের মধ্যে বৈঠক হয়েছে।",
])
def test_rv11_a_meeting_a_source_reports_is_a_meeting_and_a_claim(reader: ArticleReader, body: str) -> None:
    rec = read(reader, body)
    assert [(m.participants, m.status) for m in rec.meetings] == [(("kim_jong_un", "putin"), "Occurred")]
    assert [c.claimant for c in rec.claims] == ["tass"]


# ----------------------------------------------------------------------------------- the page's date

COLUMN = ("বাজার বার্তা — অর্থনীতির খবর\nবাজার | শেয়ার | ব্যাংক\n\n"
          "রাশিয়া ও উত্তর কোরিয়ার বাণিজ্য নিয়ে সাপ্তাহিক কলাম\n\nমো. রফিকুল ইসলাম\n\n"
          "চট্টগ্রাম বন্দরে এ সপ্তাহে রাশিয়া থেকে আসা গমের চালান বেড়েছে। আমদানিকারকেরা বলছেন, ভাড়া কমায় "
          "তাঁরা নতুন করে চুক্তির কথা ভাবছেন।\n\nতবে ব্যাংকগুলো এখনো ঋণপত্র খুলতে দ্বিধায় আছে। বিশ্লেষকেরা "
          "মনে করেন, নিষেধাজ্ঞার ঝুঁকি বুঝেই সিদ্ধান্ত নিতে হবে।\n\nআরও পড়ুন\n• পোশাক রপ্তানিতে নতুন বাজার\n"
          "• ডলারের দাম স্থিতিশীল\n")


@pytest.mark.parametrize("footer", [
    "Last updated: 05/03/2025 10:15 | বাজার বার্তা, মতিঝিল, ঢাকা",
    "Updated on 05.03.2025, 10:15 AM | বাজার বার্তা",
    "Published: 2025-03-05 10:15 | বাজার বার্তা, ঢাকা",
])
def test_rv11_a_labelled_stamp_closing_the_page_is_its_date(reader: ArticleReader, footer: str) -> None:
    rec = reader.read_string(COLUMN + footer + "\n", "t.txt")
    assert rec.article.published == day("2025-03-05")


@pytest.mark.parametrize(("body", "visit"), [
    ("মস্কোর ভনুকোভো বিমানবন্দরে উত্তর কোরিয়ার পররাষ্ট্রমন্ত্রী চোয়ে সন হুইকে অভ্যর্থনা জানান রুশ উপপররাষ্ট্রমন্ত্রী।",
     ("choe_son_hui", "russia", "Occurred")),
    ("মঙ্গলবার রাতে পিয়ংইয়ংয়ে সের্গেই শোইগুকে স্বাগত জানান উত্তর কোরিয়ার প্রতিরক্ষা মন্ত্রণালয়ের কর্মকর্তারা।",
     ("shoigu", "north_korea", "Occurred")),
    ("আগামী সপ্তাহে ভ্লাদিমির পুতিন মস্কোয় কিম জং উনকে স্বাগত জানাবেন।", ("kim_jong_un", "russia", "Planned")),
])
def test_rv11_a_guest_welcomed_at_a_foreign_place_visits_it_whoever_welcomes(reader: ArticleReader, body: str,
                                                                            visit: tuple[str, str, str]) -> None:
    assert [(v.visitor, v.destination, v.status) for v in read(reader, body).visits] == [visit]


@pytest.mark.parametrize(("body", "n"), [
    ("সের্গেই ল্যাভরভ ও চোয়ে সন হুই বুধবার একটি যৌথ বিবৃতিতে স্বাক্ষর করেন।", 1),
    ("রাশিয়া ও উত্তর কোরিয়ার পররাষ্ট্রমন্ত্রীরা একটি যৌথ বিবৃতি সই করেছেন।", 1),
    ("বৈঠক শেষে দুই পক্ষের যৌথ বিবৃতিতে বলা হয়েছে, সহযোগিতা বাড়বে।", 0),  # quoted, not signed
])
def test_rv11_a_signed_joint_statement_is_an_agreement(reader: ArticleReader, body: str, n: int) -> None:
    rec = read(reader, body)
    assert [a.parties for a in rec.agreements] == [("north_korea", "russia")] * n


@pytest.mark.parametrize(("body", "visit"), [
    ("মঙ্গলবার সকালে মস্কোয় এলেন কিম জং উন।", ("kim_jong_un", "russia", day("2023-09-12"))),
    ("বুধবার পিয়ংইয়ং আসেন সের্গেই ল্যাভরভ।", ("lavrov", "north_korea", day("2023-09-13"))),
    ("মঙ্গলবার রাতে ভ্লাদিভস্তকে নামলেন কিম জং উন।", ("kim_jong_un", "russia", day("2023-09-12"))),
])
def test_rv11_coming_or_landing_right_after_a_place_is_a_visit(reader: ArticleReader, body: str,
                                                              visit: tuple[str, str, DateValue]) -> None:
    assert [(v.visitor, v.destination, v.date) for v in read(reader, body).visits] == [visit]


def test_rv11_a_date_before_having_finished_is_that_events(reader: ArticleReader) -> None:
    rec = read(reader, "মঙ্গলবার বেইজিংয়ে শি জিনপিংয়ের সঙ্গে আলোচনা সেরে পিয়ংইয়ং আসেন ভ্লাদিমির পুতিন।")
    dates = {v.destination: v.date for v in rec.visits}
    assert dates == {"china": day("2023-09-12"), "north_korea": None}


@pytest.mark.parametrize(("body", "status"), [
    ("রাশিয়ার পরিবহনমন্ত্রী আগামী মাসে পিয়ংইয়ং সফরে যাবেন; সেখানে দুই শহরের মধ্যে ফ্লাইট বাড়ানো নিয়ে একটি চুক্তি "
     "সইয়ের পরিকল্পনাও রয়েছে।", "Planned"),
    ("উত্তর কোরিয়ার একটি বাণিজ্য প্রতিনিধিদল গত সপ্তাহে মস্কো সফর করে এবং সেখানে একটি সমঝোতা স্মারকে সই করে।",
     "Occurred"),
])
def test_rv11_an_agreement_signed_on_a_visit_is_the_visitors_state_and_the_hosts(reader: ArticleReader, body: str,
                                                                                 status: str) -> None:
    assert [(a.parties, a.status) for a in read(reader, body).agreements] == [(("north_korea", "russia"), status)]


def test_rv11_a_sentence_with_a_date_and_a_dash_is_no_dateline(reader: ArticleReader) -> None:
    rec = read(reader, "বুধবার বেইজিংয়ে ভ্লাদিমির পুতিন ও কিম জং উন বৈঠক করেন — চীনের প্রেসিডেন্টের আমন্ত্রণে।")
    assert [(m.participants, m.place) for m in rec.meetings] == [(("kim_jong_un", "putin"), "beijing")]


def test_rv11_the_two_who_sign_are_those_meeting_earlier_in_the_sentence(reader: ArticleReader) -> None:
    rec = read(reader, "আজ দুপুরে সের্গেই ল্যাভরভের সঙ্গে চোয়ে সন হুইয়ের আনুষ্ঠানিক বৈঠক হবে এবং সেখানেই সাংস্কৃতিক "
                       "বিনিময় কর্মসূচিতে সই করবেন দুই মন্ত্রী।")
    assert [(a.parties, a.signatories, a.status) for a in rec.agreements] == [
        (("north_korea", "russia"), ("choe_son_hui", "lavrov"), "Planned")]


def test_rv11_a_programme_one_side_signs_is_no_agreement(reader: ArticleReader) -> None:
    assert read(reader, "আজ রুশ সংস্কৃতিমন্ত্রী ভ্লাদিমির মেদিনস্কি একটি বিনিময় কর্মসূচিতে সই করবেন।").agreements == ()


@pytest.mark.parametrize(("body", "visitor"), [
    ("ভ্লাদিভস্তকে যাওয়ার আগে বুধবার পিয়ংইয়ংয়ে চোয়ে সন হুই ও অন্য কর্মকর্তাদের নিয়ে বৈঠক করেন কিম জং উন।",
     "kim_jong_un"),
    ("পিয়ংইয়ংয়ে আসার আগে মঙ্গলবার বেইজিংয়ে চীনের পররাষ্ট্রমন্ত্রী ওয়াং ইয়ির সঙ্গে আলোচনা করেন সের্গেই ল্যাভরভ।",
     "lavrov"),
])
def test_rv11_a_before_going_clause_has_the_main_verbs_subject(reader: ArticleReader, body: str, visitor: str) -> None:
    assert {v.visitor for v in read(reader, body).visits} == {visitor}
