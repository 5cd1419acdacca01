"""Round 12 reading rules (helper rv12): visits, meetings, agreements — each on invented sentences."""

from __future__ import annotations

import pytest

from bnkg.builder.article import ArticleReader
from bnkg.builder.records import ArticleRecord

from .test_events import read


def trips(rec: ArticleRecord) -> set[tuple[str, str]]:
    return {(v.visitor, v.destination) for v in rec.visits}


# ----------------------------------------------------------------------------------- came from

@pytest.mark.parametrize("body", [
    "মঙ্গলবার মস্কোয় এক অনুষ্ঠানে রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন এবং পিয়ংইয়ং থেকে উড়ে আসা উত্তর কোরিয়ার "
    "নেতা কিম জং উন উপস্থিত ছিলেন।",
    "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন মঙ্গলবার ভাষণ দেন। পিয়ংইয়ং থেকে আগত উত্তর কোরিয়ার নেতা কিম জং উন "
    "সেদিন ভ্লাদিভস্তকে ছিলেন।",
    "উত্তর কোরিয়ার নেতা কিম জং উন গতকাল পিয়ংইয়ং থেকে উড়ে এসেছেন মস্কোয়।",
])
def test_rv12_one_come_from_a_place_visits_the_place_told_not_the_origin(reader: ArticleReader, body: str) -> None:
    rec = read(reader, body)
    assert ("kim_jong_un", "russia") in trips(rec)
    assert not any(v.destination == "north_korea" for v in rec.visits)


def test_rv12_an_origin_is_no_place_of_the_meeting(reader: ArticleReader) -> None:
    rec = read(reader, "বুধবার মস্কোয় দুই দেশের চুক্তি সই হয়েছে। রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন এবং পিয়ংইয়ং থেকে "
                       "উড়ে আসা উত্তর কোরিয়ার নেতা কিম জং উন চুক্তিতে স্বাক্ষর করেন।")
    assert all(m.place != "pyongyang" for m in rec.meetings)
    assert ("kim_jong_un", "russia") in trips(rec)
    assert ("putin", "north_korea") not in trips(rec)


# ----------------------------------------------------------------------------------- regions

@pytest.mark.parametrize("body", [
    "উত্তর কোরিয়ার নেতা কিম জং উন চলতি মাসেই রাশিয়ার সুদূর পূর্বাঞ্চলে যেতে পারেন।",
    "উত্তর কোরিয়ার নেতা কিম জং উন আগামী সপ্তাহে রাশিয়ার সুদূর প্রাচ্যে যাবেন।",
    "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন শিগগিরই উত্তর কোরিয়ার উত্তরাঞ্চলে যাচ্ছেন।",
])
def test_rv12_a_trip_to_a_region_of_a_state_is_a_visit_to_the_state(reader: ArticleReader, body: str) -> None:
    rec = read(reader, body)
    assert len(rec.visits) == 1
    v = rec.visits[0]
    assert v.visitor in ("kim_jong_un", "putin") and v.destination != rec.visits[0].visitor
    assert v.status == "Planned"
    assert v.destination == ("russia" if v.visitor == "kim_jong_un" else "north_korea")


# ----------------------------------------------------------------------------------- a group goes

@pytest.mark.parametrize("body", [
    "একই দিনে রাশিয়ার একটি সরকারি প্রতিনিধিদল পিয়ংইয়ংয়ে গিয়েছে। দলটির নেতৃত্বে আছেন রুশ প্রতিরক্ষামন্ত্রী আন্দ্রেই বেলোউসভ।",
    "রাশিয়ার একটি সামরিক প্রতিনিধি দল মঙ্গলবার পিয়ংইয়ং গেছে। দলের নেতৃত্ব দিচ্ছেন রুশ প্রতিরক্ষামন্ত্রী আন্দ্রেই বেলোউসভ।",
])
def test_rv12_a_delegation_gone_in_the_plain_verb_is_visited_by_its_leader(reader: ArticleReader, body: str) -> None:
    rec = read(reader, body)
    assert trips(rec) == {("belousov", "north_korea")}


# ----------------------------------------------------------------------------------- memoranda in speech

@pytest.mark.parametrize("body", [
    "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন পিয়ংইয়ং সফরে গেছেন। আগামী মাসে দুই দেশের মধ্যে পর্যটন সহযোগিতার একটি স্মারক সই "
    "হবে বলে সাংবাদিকদের জানান তিনি।",
    "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন পিয়ংইয়ং সফরে গেছেন। শিগগিরই দুই দেশের মধ্যে স্বাস্থ্য খাতে মউ সই হবে বলে "
    "জানিয়েছেন পুতিন।",
])
def test_rv12_a_memorandum_to_be_signed_in_reported_words_has_no_speaker_as_signatory(
        reader: ArticleReader, body: str) -> None:
    rec = read(reader, body)
    assert [(a.parties, a.signatories, a.status) for a in rec.agreements] == [
        (("north_korea", "russia"), (), "Planned")]


def test_rv12_a_memorial_is_no_memorandum(reader: ArticleReader) -> None:
    rec = read(reader, "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন পিয়ংইয়ং সফরে গেছেন। সেখানে একটি স্মারক ডাকটিকিট প্রকাশ করা হয়।")
    assert rec.agreements == ()


# ----------------------------------------------------------------------------------- a leader's plane

@pytest.mark.parametrize("body", [
    "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন বুধবার রওনা দেন। বৃহস্পতিবার ভোরে তাঁর বিমান পিয়ংইয়ংয়ে নামে।",
    "বুধবার রাতে পুতিনের বিশেষ বিমান উত্তর কোরিয়ার রাজধানী পিয়ংইয়ংয়ে নামল।",
    "উত্তর কোরিয়ার নেতা কিম জং উনের সাঁজোয়া ট্রেন মঙ্গলবার ভ্লাদিভস্তকে ঢুকল।",
])
def test_rv12_a_leaders_plane_or_train_arriving_is_his_visit(reader: ArticleReader, body: str) -> None:
    rec = read(reader, body)
    assert trips(rec) in ({("putin", "north_korea")}, {("kim_jong_un", "russia")})
    assert all(v.status == "Occurred" for v in rec.visits)


def test_rv12_a_name_given_is_no_landing(reader: ArticleReader) -> None:
    rec = read(reader, "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের বিমান সংস্থা পিয়ংইয়ং নামে একটি নতুন রুট চালু করেছে।")
    assert rec.visits == ()


# ----------------------------------------------------------------------------------- invited to an event

@pytest.mark.parametrize("body", [
    "কিম জং উনকে আগামী বছর মস্কোয় বিজয় দিবসের কুচকাওয়াজে আমন্ত্রণ জানিয়েছেন রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন।",
    "উত্তর কোরিয়ার নেতা কিম জং উনকে ভ্লাদিভস্তকে অর্থনৈতিক ফোরামে আমন্ত্রণ জানানো হয়েছে।",
])
def test_rv12_a_guest_invited_to_an_event_at_a_place_abroad_plans_a_visit(reader: ArticleReader, body: str) -> None:
    rec = read(reader, body)
    assert [(v.visitor, v.destination, v.status) for v in rec.visits] == [("kim_jong_un", "russia", "Planned")]


# ----------------------------------------------------------------------------------- signed with a capital

@pytest.mark.parametrize("body", [
    "মস্কোর সঙ্গে গত বছর সই হওয়া প্রতিরক্ষা চুক্তি কারও বিরুদ্ধে নয়, বলেন উত্তর কোরিয়ার নেতা কিম জং উন।",
    "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন বলেন, পিয়ংইয়ংয়ের সাথে স্বাক্ষরিত চুক্তি পুরোপুরি আত্মরক্ষামূলক।",
])
def test_rv12_an_agreement_signed_with_a_capital_has_its_state_as_a_party(reader: ArticleReader, body: str) -> None:
    rec = read(reader, body)
    assert [a.parties for a in rec.agreements] == [("north_korea", "russia")]


# ----------------------------------------------------------------------------------- an interview's turns

@pytest.mark.parametrize("body", [
    "রফিকুল ইসলাম: মার্কিন পররাষ্ট্রমন্ত্রী কন্ডোলিৎসা রাইস এখন মস্কোয় আছেন, আজ সের্গেই ল্যাভরভের সঙ্গে তাঁর বৈঠক "
    "হওয়ার কথা।",
    "রফিকুল ইসলাম: হ্যাঁ, মার্কিন পররাষ্ট্রমন্ত্রী কন্ডোলিৎসা রাইস বৃহস্পতিবার সের্গেই ল্যাভরভের সঙ্গে দেখা করেছেন।",
])
def test_rv12_the_speaker_of_an_interviews_turn_is_in_no_meeting_it_tells(reader: ArticleReader, body: str) -> None:
    rec = read(reader, body)
    assert [m.participants for m in rec.meetings] == [("condoleezza_rice", "lavrov")]


# ----------------------------------------------------------------------------------- a term's date

@pytest.mark.parametrize("body", [
    "বুধবার মস্কোয় রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের সঙ্গে কিম জং উনের বৈঠক হয়। বৈঠক শেষে দুই দেশ একটি বাণিজ্য "
    "চুক্তিতে সই করে, যার আওতায় রাশিয়া চলতি বছর উত্তর কোরিয়াকে গম পাঠাবে।",
    "বুধবার মস্কোয় রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের সঙ্গে কিম জং উনের বৈঠক হয়। সেদিন দুই দেশ একটি জ্বালানি চুক্তি "
    "সই করেছে, যার মাধ্যমে আগামী বছর থেকে তেল সরবরাহ শুরু হবে।",
])
def test_rv12_a_date_of_the_agreements_terms_is_not_its_signing_day(reader: ArticleReader, body: str) -> None:
    rec = read(reader, body)
    assert [(a.parties, a.date.value if a.date else None, a.status) for a in rec.agreements] == [
        (("north_korea", "russia"), "2023-09-13", "Occurred")]


# ----------------------------------------------------------------------------------- attending an event abroad

@pytest.mark.parametrize(("body", "status"), [
    ("রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের আমন্ত্রণ গ্রহণ করেছেন কিম জং উন, আগামী বছর মস্কোয় বিজয় দিবসের কুচকাওয়াজে "
     "যোগ দিতে।", "Planned"),
    ("উত্তর কোরিয়ার নেতা কিম জং উন আগামী মে মাসে মস্কোয় বিজয় দিবসের প্যারেডে উপস্থিত থাকবেন।", "Planned"),
    ("গত বছর ভ্লাদিভস্তকে পূর্বাঞ্চলীয় অর্থনৈতিক ফোরামে অংশ নেন উত্তর কোরিয়ার নেতা কিম জং উন।", "Occurred"),
])
def test_rv12_attending_an_event_at_a_place_abroad_is_a_visit(reader: ArticleReader, body: str, status: str) -> None:
    rec = read(reader, body)
    assert [(v.visitor, v.destination, v.status) for v in rec.visits] == [("kim_jong_un", "russia", status)]


def test_rv12_joining_an_army_is_no_event_attended(reader: ArticleReader) -> None:
    rec = read(reader, "উত্তর কোরিয়ার হাজারো সেনা রাশিয়ার সেনাবাহিনীতে যোগ দিয়েছেন বলে জানান কিম জং উন।")
    assert rec.visits == ()


# ----------------------------------------------------------------------------------- a site of a state

@pytest.mark.parametrize("body", [
    "রুশ প্রতিরক্ষামন্ত্রী আন্দ্রেই বেলোউসভ বুধবার উত্তর কোরিয়ার কালমা রিসোর্টে গিয়েছেন।",
    "রুশ প্রতিরক্ষামন্ত্রী আন্দ্রেই বেলোউসভ বুধবার উত্তর কোরিয়ার একটি বিমানঘাঁটিতে গেছেন।",
    "রুশ প্রতিরক্ষামন্ত্রী আন্দ্রেই বেলোউসভ বুধবার উত্তর কোরিয়ার সীমান্তবর্তী একটি গ্রামে যান।",
])
def test_rv12_a_site_we_do_not_know_told_with_its_state_is_a_visit_there(reader: ArticleReader, body: str) -> None:
    rec = read(reader, body)
    assert [(v.visitor, v.destination, v.status) for v in rec.visits] == [("belousov", "north_korea", "Occurred")]


# ----------------------------------------------------------------------------------- back from abroad

@pytest.mark.parametrize(("body", "trip"), [
    ("উত্তর কোরিয়ার নেতা কিম জং উন বুধবার মস্কো থেকে ফিরে এসেছেন।", ("kim_jong_un", "russia")),
    ("মস্কো থেকে ফিরে উত্তর কোরিয়ার পররাষ্ট্রমন্ত্রী চোয়ে সন হুই দলের বৈঠকে যোগ দেন।", ("choe_son_hui", "russia")),
    ("রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন বুধবার পিয়ংইয়ং থেকে মস্কোয় ফিরলেন।", ("putin", "north_korea")),
])
def test_rv12_back_from_a_place_abroad_one_was_there(reader: ArticleReader, body: str, trip: tuple[str, str]) -> None:
    rec = read(reader, body)
    assert [(v.visitor, v.destination, v.status) for v in rec.visits] == [(*trip, "Occurred")]


def test_rv12_back_from_home_is_no_visit(reader: ArticleReader) -> None:
    rec = read(reader, "উত্তর কোরিয়ার নেতা কিম জং উন পিয়ংইয়ং থেকে ফিরে এসেছেন।")
    assert rec.visits == ()


# ----------------------------------------------------------------------------------- one meeting after another

@pytest.mark.parametrize(("body", "second"), [
    ("মস্কোয় রুশ পররাষ্ট্রমন্ত্রী সের্গেই লাভরভের সঙ্গে বৈঠকের পর উত্তর কোরিয়ার পররাষ্ট্রমন্ত্রী চোয়ে সন হুই রুশ "
     "প্রেসিডেন্ট ভ্লাদিমির পুতিনের সঙ্গেও বৈঠক করেন।", ("choe_son_hui", "putin")),
    ("রুশ প্রতিরক্ষামন্ত্রী আন্দ্রেই বেলোউসভের সাথে আলোচনার পর কিম জং উন রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের সঙ্গে "
     "দেখা করেন।", ("kim_jong_un", "putin")),
])
def test_rv12_the_partner_of_a_meeting_told_in_an_after_clause_is_not_at_the_next(
        reader: ArticleReader, body: str, second: tuple[str, str]) -> None:
    rec = read(reader, body)
    assert second in [m.participants for m in rec.meetings]
    assert all(len(m.participants) == 2 for m in rec.meetings)
