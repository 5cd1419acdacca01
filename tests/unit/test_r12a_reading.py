"""Round 12 reading rules (helper r12a): accusations without an accusation verb (a crime, defiance,
abetting or lawlessness predicated of an actor, dealings between a pair, goods gone from or bought
from a state, a state labelled, the denier of "এ অভিযোগ", a pair accused after the subject) and event
kinds (a pair by title, a plan or agreement signed in the passive, a signatory told after, agreements,
visits and meetings told otherwise) — each on invented sentences."""

from __future__ import annotations

import pytest

from bnkg.builder.article import ArticleReader
from bnkg.builder.records import ArticleRecord

from .test_events import PUB_2024, read

# ----------------------------------------------------------------------------------- a pair by title


@pytest.mark.parametrize("body", [
    "রুশ প্রতিরক্ষামন্ত্রী আন্দ্রেই বেলোউসভ মঙ্গলবার পিয়ংইয়ং পৌঁছেছেন। সেখানে উত্তর কোরিয়ার প্রতিরক্ষামন্ত্রী নো কোয়াং চোল "
    "বিমানবন্দরে উপস্থিত ছিলেন। পরে দুই প্রতিরক্ষামন্ত্রীর মধ্যে বৈঠক হয়।",
    "রুশ প্রতিরক্ষামন্ত্রী আন্দ্রেই বেলোউসভ বুধবার পিয়ংইয়াঙে পৌঁছন। উত্তর কোরিয়ার প্রতিরক্ষামন্ত্রী নো কোয়াং চোল নিজে "
    "বিমানবন্দরে ছিলেন। বৃহস্পতিবার উভয় প্রতিরক্ষামন্ত্রী আলোচনায় বসেন।",
])
def test_r12a_a_pair_named_by_a_minister_title_refers_back(reader: ArticleReader, body: str) -> None:
    rec = read(reader, body, PUB_2024)
    assert {frozenset(m.participants) for m in rec.meetings} == {frozenset({"belousov", "no_kwang_chol"})}


def accused(rec: ArticleRecord, key: str) -> set[str]:
    return {k for c in rec.claims if c.claimant == key and c.accusation for k in c.about}


# ----------------------------------------------------------------------------------- a crime predicated of an actor

@pytest.mark.parametrize(("body", "who", "want"), [
    ("ইউক্রেনের প্রেসিডেন্ট ভলোদিমির জেলেনস্কি বলেছেন, মস্কো ও পিয়ংইয়ং মানবতার বিরুদ্ধে অপরাধে লিপ্ত।",
     "zelensky", {"russia", "north_korea"}),
    ("জেলেনস্কি কিয়েভে সাংবাদিকদের বলেন, “উত্তর কোরিয়া এখন রাশিয়ার সঙ্গে মিলে অপরাধ করে চলেছে।”",
     "zelensky", {"north_korea"}),
    ("মার্কিন পররাষ্ট্রমন্ত্রী অ্যান্টনি ব্লিংকেন বলেন, পিয়ংইয়ংয়ের এই পদক্ষেপ যুদ্ধাপরাধের শামিল এবং উত্তর কোরিয়া "
     "অপরাধমূলক কর্মকাণ্ড চালাচ্ছে।", "blinken", {"north_korea"}),
])
def test_r12a_a_crime_said_of_an_actor_accuses_it(reader: ArticleReader, body: str, who: str, want: set[str]) -> None:
    rec = read(reader, body, PUB_2024)
    assert want <= accused(rec, who)


@pytest.mark.parametrize("body", [
    "জেলেনস্কি বলেন, উত্তর কোরিয়া কোনো অপরাধ করছে না।",
    "দুই দেশ সাইবার অপরাধ দমনে সহযোগিতা বাড়াবে বলে জানিয়েছেন লাভরভ।",
])
def test_r12a_crime_denied_or_as_a_topic_accuses_no_one(reader: ArticleReader, body: str) -> None:
    rec = read(reader, body, PUB_2024)
    assert rec.claims and not any(c.accusation for c in rec.claims)


# ----------------------------------------------------------------------------------- defying the world

@pytest.mark.parametrize(("body", "who"), [
    ("মার্কিন পররাষ্ট্রমন্ত্রী অ্যান্টনি ব্লিংকেন বলেন, উত্তর কোরিয়া নিষেধাজ্ঞার তোয়াক্কা না করেই রাশিয়ায় শ্রমিক পাঠাচ্ছে।",
     "blinken"),
    ("ব্লিংকেন বলেন, উত্তর কোরিয়া বিশ্বকে বুড়ো আঙুল দেখিয়ে একের পর এক ক্ষেপণাস্ত্র ছুড়ছে।", "blinken"),
    ("জাপানের প্রধানমন্ত্রী ফুমিও কিশিদা বলেন, পিয়ংইয়ং আন্তর্জাতিক সম্প্রদায়ের আহ্বান অগ্রাহ্য করে পারমাণবিক পরীক্ষার "
     "প্রস্তুতি নিচ্ছে।", "kishida"),
])
def test_r12a_defying_the_world_accuses_the_defier(reader: ArticleReader, body: str, who: str) -> None:
    rec = read(reader, body, PUB_2024)
    assert accused(rec, who) == {"north_korea"}


def test_r12a_a_relation_not_to_be_ignored_accuses_no_one(reader: ArticleReader) -> None:
    rec = read(reader, "দক্ষিণ কোরিয়ার প্রেসিডেন্ট ইউন সুক ইওল বলেন, দুই দেশের সম্পর্ক উপেক্ষা করা যায় না।", PUB_2024)
    assert not any(c.accusation for c in rec.claims)


# ----------------------------------------------------------------------------------- dealings between a pair

@pytest.mark.parametrize(("body", "who"), [
    ("মার্কিন পররাষ্ট্রমন্ত্রী অ্যান্টনি ব্লিংকেন বলেন, মস্কো ও পিয়ংইয়ংয়ের মধ্যে সামরিক সহযোগিতা নিরাপত্তা পরিষদের "
     "প্রস্তাবের পরিপন্থী।", "blinken"),
    ("রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন পিয়ংইয়ং সফরে গেছেন। জাপানের প্রধানমন্ত্রী ফুমিও কিশিদা বলেন, দুই দেশের মধ্যে "
     "অস্ত্র বেচাকেনা আন্তর্জাতিক আইনের স্পষ্ট লঙ্ঘন।", "kishida"),
])
def test_r12a_dealings_between_a_pair_that_break_a_rule_accuse_both(reader: ArticleReader, body: str, who: str) -> None:
    rec = read(reader, body, PUB_2024)
    assert accused(rec, who) == {"russia", "north_korea"}


# ----------------------------------------------------------------------------------- the denier is the accused

@pytest.mark.parametrize(("body", "who", "want"), [
    ("মার্কিন পররাষ্ট্র দপ্তর জানিয়েছে, নতুন রেলপথ দিয়ে গোপনে পণ্য আসা-যাওয়া করছে। পিয়ংইয়ং এই অভিযোগ অস্বীকার করেছে।",
     "state_department", {"north_korea"}),
    ("জাপানের প্রধানমন্ত্রী ফুমিও কিশিদা মনে করেন, বন্দরটি দিয়ে তেলের চালান ঢুকছে। মস্কো অবশ্য এ অভিযোগ নাকচ করে দিয়েছে।",
     "kishida", {"russia"}),
])
def test_r12a_who_denies_the_charge_is_the_one_accused(reader: ArticleReader, body: str, who: str, want: set[str]) -> None:
    rec = read(reader, body, PUB_2024)
    assert accused(rec, who) == want


def test_r12a_the_speakers_own_side_denying_is_no_accused(reader: ArticleReader) -> None:
    rec = read(reader, "জাপানের প্রধানমন্ত্রী ফুমিও কিশিদা মনে করেন, বন্দরটি দিয়ে তেলের চালান ঢুকছে। টোকিও অবশ্য এ অভিযোগ "
                       "নাকচ করেছে।", PUB_2024)
    assert not accused(rec, "kishida")


# ----------------------------------------------------------------------------------- whose programme is helped

@pytest.mark.parametrize(("body", "who"), [
    ("জাপানের প্রধানমন্ত্রী ফুমিও কিশিদা অভিযোগ করেন, মস্কো উত্তর কোরিয়ার উপগ্রহ কর্মসূচিতে সহায়তা করছে।", "kishida"),
    ("মার্কিন পররাষ্ট্রমন্ত্রী অ্যান্টনি ব্লিংকেন অভিযোগ করেছেন যে রাশিয়া উত্তর কোরিয়ার ক্ষেপণাস্ত্র প্রকল্পে প্রযুক্তি "
     "জোগাচ্ছে।", "blinken"),
])
def test_r12a_the_owner_of_a_helped_programme_is_not_the_accused(reader: ArticleReader, body: str, who: str) -> None:
    rec = read(reader, body, PUB_2024)
    assert accused(rec, who) == {"russia"}


# ----------------------------------------------------------------------------------- a plan signed in the passive future

@pytest.mark.parametrize("body", [
    "রুশ প্রতিরক্ষামন্ত্রী আন্দ্রেই বেলোউসভ শুক্রবার পিয়ংইয়ং পৌঁছেছেন। রুশ প্রতিরক্ষা মন্ত্রণালয় জানিয়েছে, আগামী বছর দুই দেশের "
    "যৌথ মহড়ার একটি পরিকল্পনা সই করা হবে।",
    "রুশ প্রতিরক্ষামন্ত্রী আন্দ্রেই বেলোউসভ শুক্রবার পিয়ংইয়াঙে পৌঁছন। আগামী বছর দুই দেশের মধ্যে প্রতিরক্ষা সহযোগিতার "
    "পরিকল্পনাপত্র স্বাক্ষরিত হবে বলে জানিয়েছে রুশ প্রতিরক্ষা মন্ত্রক।",
])
def test_r12a_a_plan_to_be_signed_by_two_states_is_a_planned_agreement(reader: ArticleReader, body: str) -> None:
    rec = read(reader, body, PUB_2024)
    assert [(a.parties, a.status, a.date.value if a.date else None) for a in rec.agreements] == [
        (("north_korea", "russia"), "Planned", "2025")]


@pytest.mark.parametrize("body", [
    "রুশ প্রতিরক্ষামন্ত্রী আন্দ্রেই বেলোউসভ শুক্রবার পিয়ংইয়ং পৌঁছেছেন। দুই দেশের সফরের পরিকল্পনা চূড়ান্ত হয়েছে।",
    "রুশ জ্বালানি কোম্পানি রসনেফট আগামী বছর একটি নতুন পরিকল্পনা সই করবে।",
])
def test_r12a_a_plan_settled_or_a_companys_plan_is_no_agreement(reader: ArticleReader, body: str) -> None:
    assert not read(reader, body, PUB_2024).agreements


# ----------------------------------------------------------------------------------- a signatory told after

@pytest.mark.parametrize("body", [
    "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন মঙ্গলবার পিয়ংইয়ং পৌঁছেছেন। আলোচনার পর দুই দেশের মধ্যে একটি চুক্তি সই হয়। চুক্তিতে রাশিয়ার "
    "পক্ষে পুতিন সই করেন বলে কেসিএনএ জানিয়েছে।",
    "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন মঙ্গলবার পিয়ংইয়াঙে পৌঁছন। বৈঠকের পর দুই দেশের মধ্যে একটি সমঝোতা স্মারক সই হয়। "
    "সমঝোতা স্মারকটিতে রুশ সরকারের তরফে পুতিন নিজে সই করেন।",
])
def test_r12a_a_signatory_told_in_the_next_sentence_signs_the_agreement(reader: ArticleReader, body: str) -> None:
    rec = read(reader, body, PUB_2024)
    assert [(a.parties, a.signatories) for a in rec.agreements] == [(("north_korea", "russia"), ("putin",))]


def test_r12a_one_person_naming_no_agreement_signs_nothing_told_before(reader: ArticleReader) -> None:
    rec = read(reader, "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন মঙ্গলবার পিয়ংইয়ং পৌঁছেছেন। আলোচনার পর দুই দেশের মধ্যে একটি চুক্তি সই হয়। "
                       "পরে অতিথি বইয়ে সই করেন পুতিন।", PUB_2024)
    assert [a.signatories for a in rec.agreements] == [()]


# ----------------------------------------------------------------------------------- abetting, not complying, lawlessness

@pytest.mark.parametrize(("body", "who", "want"), [
    ("মার্কিন পররাষ্ট্রমন্ত্রী অ্যান্টনি ব্লিংকেন বলেন, উত্তর কোরিয়া রাশিয়ার যুদ্ধে মদদ দিচ্ছে।", "blinken", {"north_korea"}),
    ("জেলেনস্কি বলেন, উত্তর কোরিয়া জাতিসংঘের নিষেধাজ্ঞা মানছে না।", "zelensky", {"north_korea"}),
    ("রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন পিয়ংইয়ং সফরে গেছেন। জেলেনস্কি বলেন, পিয়ংইয়ং অবৈধভাবে রাশিয়ায় শ্রমিক পাঠাচ্ছে।",
     "zelensky", {"north_korea"}),
    ("রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন পিয়ংইয়ং সফরে গেছেন। জেলেনস্কি বলেন, দুই দেশের মধ্যে এই অস্ত্র লেনদেন সম্পূর্ণ বেআইনি।",
     "zelensky", {"north_korea", "russia"}),
])
def test_r12a_abetting_defying_or_lawless_acts_accuse_their_agent(reader: ArticleReader, body: str, who: str,
                                                                   want: set[str]) -> None:
    rec = read(reader, body, PUB_2024)
    assert accused(rec, who) == want


def test_r12a_an_illegal_thing_as_a_topic_accuses_no_one(reader: ArticleReader) -> None:
    rec = read(reader, "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন পিয়ংইয়ং সফরে গেছেন। রুশ পররাষ্ট্রমন্ত্রী সের্গেই লাভরভ বলেন, দুই দেশ "
                       "অবৈধ অভিবাসন রোধে একসঙ্গে কাজ করবে।", PUB_2024)
    assert rec.claims and not any(c.accusation for c in rec.claims)


# ----------------------------------------------------------------------------------- a concessive clause after the charge

@pytest.mark.parametrize("body", [
    "মার্কিন পররাষ্ট্র দপ্তর দাবি করেছে, পিয়ংইয়ং কয়েকশো সেনা রাশিয়ায় পাঠিয়েছে, যদিও তাদের সঠিক সংখ্যা যাচাই করা যায়নি।",
    "মার্কিন পররাষ্ট্র দপ্তর জানায়, উত্তর কোরিয়া রাশিয়াকে গোলাবারুদ দিচ্ছে, যদিও এর প্রমাণ এখনও প্রকাশ করা হয়নি।",
])
def test_r12a_a_negation_in_a_concessive_clause_denies_no_charge(reader: ArticleReader, body: str) -> None:
    rec = read(reader, body, PUB_2024)
    assert accused(rec, "state_department") == {"north_korea"}


def test_r12a_a_denial_before_a_concessive_clause_stays_a_denial(reader: ArticleReader) -> None:
    rec = read(reader, "মার্কিন পররাষ্ট্র দপ্তর জানিয়েছে, পিয়ংইয়ং রাশিয়াকে কোনো অস্ত্র পাঠায়নি, যদিও সন্দেহ রয়েছে।", PUB_2024)
    assert not accused(rec, "state_department")


# ----------------------------------------------------------------------------------- goods that went from a state

@pytest.mark.parametrize("body", [
    "ইউরোপীয় ইউনিয়নের পররাষ্ট্রনীতিবিষয়ক প্রধান জোসেপ বোরেল বলেছেন, উত্তর কোরিয়া থেকে রাশিয়ায় লাখ লাখ গোলা গেছে, যদিও "
    "তিনি সূত্র জানাননি।",
    "জোসেপ বোরেল বলেন, পিয়ংইয়ং থেকে ট্রেনে করে রুশ সীমান্তে কামান আসছে।",
])
def test_r12a_goods_gone_from_a_state_accuse_the_origin(reader: ArticleReader, body: str) -> None:
    rec = read(reader, body, PUB_2024)
    assert accused(rec, "borrell") == {"north_korea"}


@pytest.mark.parametrize("body", [
    "জোসেপ বোরেল বলেন, উত্তর কোরিয়া থেকে রাশিয়ায় কোনো গোলা যায়নি।",
    "জোসেপ বোরেল বলেন, উত্তর কোরিয়া থেকে পর্যটকেরা রাশিয়ায় গেছেন।",
])
def test_r12a_nothing_gone_or_no_goods_from_a_state_accuses_no_one(reader: ArticleReader, body: str) -> None:
    rec = read(reader, body, PUB_2024)
    assert not accused(rec, "borrell")


# ----------------------------------------------------------------------------------- signed in the passive with "করা"

@pytest.mark.parametrize(("body", "status"), [
    ("রুশ প্রতিরক্ষামন্ত্রী আন্দ্রেই বেলোউসভ শুক্রবার পিয়ংইয়ং পৌঁছেছেন। আগামী মাসে একটি প্রতিরক্ষা চুক্তি সই করা হবে বলে "
     "জানিয়েছে তাস।", "Planned"),
    ("রুশ প্রতিরক্ষামন্ত্রী আন্দ্রেই বেলোউসভ শুক্রবার পিয়ংইয়াঙে পৌঁছন। সফরে একটি সামরিক চুক্তি স্বাক্ষর করা হয়েছে।", "Occurred"),
])
def test_r12a_an_agreement_signed_in_the_passive_with_kora_is_the_story_states(reader: ArticleReader, body: str,
                                                                                status: str) -> None:
    rec = read(reader, body, PUB_2024)
    assert [(a.parties, a.status) for a in rec.agreements] == [(("north_korea", "russia"), status)]


@pytest.mark.parametrize(("body", "want"), [
    ("মার্কিন পররাষ্ট্র দপ্তর জানিয়েছে, নতুন রেলপথ দিয়ে গোপনে পণ্য আসা-যাওয়া করছে। ক্রেমলিনের মুখপাত্র দিমিত্রি পেসকভ এ "
     "অভিযোগ নাকচ করেছেন।", {"russia"}),
    ("মার্কিন পররাষ্ট্র দপ্তর জানিয়েছে, নতুন রেলপথ দিয়ে গোপনে পণ্য আসা-যাওয়া করছে। উত্তর কোরিয়ার পররাষ্ট্র মন্ত্রণালয় এ "
     "অভিযোগকে ভিত্তিহীন বলে উড়িয়ে দিয়েছে।", {"north_korea"}),
])
def test_r12a_a_spokesman_or_ministry_denying_the_charge_makes_its_state_accused(reader: ArticleReader, body: str,
                                                                                 want: set[str]) -> None:
    rec = read(reader, body, PUB_2024)
    assert accused(rec, "state_department") == want


def test_r12a_a_third_side_denying_a_charge_against_another_is_not_accused(reader: ArticleReader) -> None:
    rec = read(reader, "জাপানের প্রধানমন্ত্রী ফুমিও কিশিদা বলেন, উত্তর কোরিয়ার এই উৎক্ষেপণ নিরাপত্তা পরিষদের প্রস্তাবের স্পষ্ট লঙ্ঘন। "
                       "রুশ পররাষ্ট্র মন্ত্রণালয়ের মুখপাত্র মারিয়া জাখারোভা অবশ্য এসব অভিযোগকে ভিত্তিহীন বলে উড়িয়ে দিয়েছেন।", PUB_2024)
    assert accused(rec, "kishida") == {"north_korea"}


# ----------------------------------------------------------------------------------- a pair accused after the subject

@pytest.mark.parametrize(("body", "who"), [
    ("মার্কিন পররাষ্ট্রমন্ত্রী অ্যান্টনি ব্লিংকেন রাশিয়া ও উত্তর কোরিয়ার সামরিক সহযোগিতার তীব্র সমালোচনা করেছেন।", "blinken"),
    ("জাপান বুধবার রাশিয়া ও উত্তর কোরিয়ার বিরুদ্ধে নিষেধাজ্ঞা লঙ্ঘনের অভিযোগ এনেছে।", "japan"),
    ("দক্ষিণ কোরিয়া মস্কো ও পিয়ংইয়ংয়ের বিরুদ্ধে অভিযোগ তুলেছে।", "south_korea"),
])
def test_r12a_a_bare_name_joined_to_a_genitive_after_the_subject_is_accused_too(reader: ArticleReader, body: str,
                                                                                who: str) -> None:
    rec = read(reader, body, PUB_2024)
    assert [c.claimant for c in rec.claims] == [who]
    assert accused(rec, who) == {"russia", "north_korea"}


def test_r12a_a_bare_name_joined_to_a_genitive_opening_the_sentence_still_speaks(reader: ArticleReader) -> None:
    rec = read(reader, "কিম জং উন ও উত্তর কোরিয়ার নেতারা বলেন, সম্পর্ক আরও গভীর হবে।", PUB_2024)
    assert "kim_jong_un" in {c.claimant for c in rec.claims}


# ----------------------------------------------------------------------------------- the seller, a pair of adjectives

@pytest.mark.parametrize("body", [
    "মার্কিন পররাষ্ট্র দপ্তরের মুখপাত্র ম্যাথিউ মিলার বলেন, রাশিয়া উত্তর কোরিয়ার কাছ থেকে ব্যালিস্টিক ক্ষেপণাস্ত্র কিনেছে।",
    "ম্যাথিউ মিলার জানান, মস্কো পিয়ংইয়ংয়ের নিকট থেকে লাখ লাখ গোলা সংগ্রহ করেছে।",
])
def test_r12a_goods_bought_from_a_state_accuse_the_seller_too(reader: ArticleReader, body: str) -> None:
    rec = read(reader, body, PUB_2024)
    assert accused(rec, "matthew_miller") == {"russia", "north_korea"}


def test_r12a_a_lesson_learnt_from_a_state_accuses_no_one(reader: ArticleReader) -> None:
    rec = read(reader, "ম্যাথিউ মিলার বলেন, রাশিয়া উত্তর কোরিয়ার কাছ থেকে শিক্ষা নিয়েছে।", PUB_2024)
    assert not accused(rec, "matthew_miller")


@pytest.mark.parametrize("body", [
    "দক্ষিণ কোরিয়ার প্রেসিডেন্ট ইউন সুক ইওল বলেন, রুশ-উত্তর কোরীয় সামরিক সহযোগিতা জাতিসংঘের প্রস্তাবের সরাসরি লঙ্ঘন।",
    "ইউন সুক ইওল বলেন, রুশ ও উত্তর কোরীয় অস্ত্র বাণিজ্য নিষেধাজ্ঞার পরিপন্থী।",
])
def test_r12a_a_dealing_named_by_two_state_adjectives_accuses_both(reader: ArticleReader, body: str) -> None:
    rec = read(reader, body, PUB_2024)
    assert accused(rec, "yoon_suk_yeol") == {"russia", "north_korea"}


def test_r12a_a_violator_named_beside_a_purchase_is_the_one_accused(reader: ArticleReader) -> None:
    rec = read(reader, "ম্যাথিউ মিলার বলেন, উত্তর কোরিয়ার কাছ থেকে ক্ষেপণাস্ত্র কিনে রাশিয়া নিরাপত্তা পরিষদের প্রস্তাব লঙ্ঘন "
                       "করেছে।", PUB_2024)
    assert accused(rec, "matthew_miller") == {"russia"}


@pytest.mark.parametrize("tail", [
    "পরে দুই দেশের প্রতিরক্ষামন্ত্রীরা বৈঠকে বসেন।",
    "শনিবার উভয় দেশের প্রতিরক্ষা মন্ত্রীদের মধ্যে আলোচনা হয়।",
])
def test_r12a_the_two_states_office_holders_in_the_plural_are_the_pair_told_before(reader: ArticleReader,
                                                                                   tail: str) -> None:
    rec = read(reader, "রুশ প্রতিরক্ষামন্ত্রী আন্দ্রেই বেলোউসভ শুক্রবার পিয়ংইয়ং পৌঁছেছেন। উত্তর কোরিয়ার প্রতিরক্ষামন্ত্রী নো কোয়াং "
                       "চোলও সে সময় বিমানবন্দরে ছিলেন। " + tail, PUB_2024)
    assert {frozenset(m.participants) for m in rec.meetings} == {frozenset({"belousov", "no_kwang_chol"})}


# ----------------------------------------------------------------------------------- how else an agreement is told

@pytest.mark.parametrize(("tail", "status"), [
    ("সফরে দুই দেশের মধ্যে একটি চুক্তি সাক্ষরিত হয়।", "Occurred"),   # the common misspelling
    ("সফরে দুই দেশ একটি বাণিজ্য চুক্তিতে আবদ্ধ হয়েছে।", "Occurred"),
    ("দুই দেশ একটি জ্বালানি চুক্তি সম্পন্ন করেছে।", "Occurred"),
    ("সফরে দুই দেশ চুক্তিবদ্ধ হয়েছে।", "Occurred"),
    ("আগামী মাসে দুই দেশ একটি চুক্তি করিবে।", "Planned"),   # sadhu bhasha
])
def test_r12a_an_agreement_told_otherwise_is_read(reader: ArticleReader, tail: str, status: str) -> None:
    rec = read(reader, "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন মঙ্গলবার পিয়ংইয়ং পৌঁছেছেন। " + tail, PUB_2024)
    assert [(a.parties, a.status) for a in rec.agreements] == [(("north_korea", "russia"), status)]


def test_r12a_contract_workers_are_no_agreement(reader: ArticleReader) -> None:
    rec = read(reader, "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন মঙ্গলবার পিয়ংইয়ং পৌঁছেছেন। রাশিয়ায় চুক্তিবদ্ধ শ্রমিক পাঠাচ্ছে উত্তর কোরিয়া।",
               PUB_2024)
    assert not rec.agreements


# ----------------------------------------------------------------------------------- how else a visit is told

@pytest.mark.parametrize(("body", "trip", "status"), [
    ("রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন বুধবার পিয়ংইয়ংয়ে পৌঁছাইয়াছেন।", ("putin", "north_korea"), "Occurred"),
    ("উত্তর কোরিয়ার নেতা কিম জং উন বুধবার মস্কো গমন করেন।", ("kim_jong_un", "russia"), "Occurred"),
    ("রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন আগামী মাসে পিয়ংইয়ং যাইবেন।", ("putin", "north_korea"), "Planned"),
    ("উত্তর কোরিয়ার নেতা কিম জং উন বুধবার ভ্লাদিভস্তকে পদার্পণ করেন।", ("kim_jong_un", "russia"), "Occurred"),
    ("উত্তর কোরিয়ার নেতা কিম জং উন বুধবার ট্রেনে চেপে রাশিয়ায় ঢুকেছেন।", ("kim_jong_un", "russia"), "Occurred"),
])
def test_r12a_a_visit_told_formally_or_in_sadhu_bhasha_is_read(reader: ArticleReader, body: str,
                                                               trip: tuple[str, str], status: str) -> None:
    rec = read(reader, body, PUB_2024)
    assert [((v.visitor, v.destination), v.status) for v in rec.visits] == [(trip, status)]


# ----------------------------------------------------------------------------------- how else a meeting is told

@pytest.mark.parametrize("body", [
    "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন বুধবার পিয়ংইয়ংয়ে কিম জং উনের সঙ্গে মিলিত হন।",
    "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন বুধবার পিয়ংইয়ংয়ে কিম জং উনের সহিত সাক্ষাৎ করিয়াছেন।",
    "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন ও কিম জং উন বুধবার পিয়ংইয়ংয়ে একান্তে কথা বলেন।",
])
def test_r12a_a_meeting_told_otherwise_is_read(reader: ArticleReader, body: str) -> None:
    rec = read(reader, body, PUB_2024)
    assert [m.participants for m in rec.meetings] == [("kim_jong_un", "putin")]


def test_r12a_a_private_talk_by_phone_is_no_meeting(reader: ArticleReader) -> None:
    rec = read(reader, "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন বুধবার ফোনে কিম জং উনের সঙ্গে একান্তে কথা বলেন।", PUB_2024)
    assert not rec.meetings


def test_r12a_whenever_two_leaders_meet_is_no_meeting(reader: ArticleReader) -> None:
    rec = read(reader, "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন ও কিম জং উন যতবারই মিলিত হন, ততবারই নতুন জল্পনা শুরু হয়।", PUB_2024)
    assert not rec.meetings


# ----------------------------------------------------------------------------------- a state labelled, an accomplice

@pytest.mark.parametrize(("body", "want"), [
    ("জেলেনস্কি রাশিয়াকে সন্ত্রাসী রাষ্ট্র বলে আখ্যা দেন।", {"russia"}),
    ("জেলেনস্কি বলেন, উত্তর কোরিয়া এখন রাশিয়ার যুদ্ধের সরাসরি অংশীদার।", {"north_korea"}),
    ("জেলেনস্কি বলেন, পিয়ংইয়ং মস্কোর দোসর হয়ে উঠেছে।", {"north_korea"}),
])
def test_r12a_a_state_labelled_a_wrongdoer_or_an_accomplice_is_accused(reader: ArticleReader, body: str,
                                                                       want: set[str]) -> None:
    rec = read(reader, body, PUB_2024)
    assert accused(rec, "zelensky") == want


@pytest.mark.parametrize("body", [
    "জেলেনস্কি বলেন, তাঁরা উত্তর কোরিয়াকে নিষেধাজ্ঞা লঙ্ঘনের তথ্য জানিয়েছেন।",
    "জেলেনস্কি বলেন, দক্ষিণ কোরিয়া ইউক্রেনের বাণিজ্যের অংশীদার।",
])
def test_r12a_a_state_told_of_a_wrong_or_a_trade_partner_is_not_accused(reader: ArticleReader, body: str) -> None:
    rec = read(reader, body, PUB_2024)
    assert not accused(rec, "zelensky")


# ----------------------------------------------------------------------------------- the object of a condemned move

@pytest.mark.parametrize("body", [
    "দক্ষিণ কোরিয়া রাশিয়ায় উত্তর কোরীয় সেনা পাঠানোর নিন্দা জানিয়েছে।",
    "দক্ষিণ কোরিয়া বুধবার উত্তর কোরীয় সৈন্য মোতায়েনের কড়া সমালোচনা করেছে।",
])
def test_r12a_troops_moved_in_a_verbal_noun_are_not_the_speaker(reader: ArticleReader, body: str) -> None:
    rec = read(reader, body, PUB_2024)
    assert [c.claimant for c in rec.claims] == ["south_korea"]
    assert accused(rec, "south_korea") == {"north_korea"}


def test_r12a_a_state_admitting_its_own_move_still_speaks(reader: ArticleReader) -> None:
    rec = read(reader, "উত্তর কোরিয়া রাশিয়ায় সেনা পাঠানোর কথা স্বীকার করেছে।", PUB_2024)
    assert [c.claimant for c in rec.claims] == ["north_korea"]


def test_r12a_a_signing_planned_with_no_subject_is_the_story_states(reader: ArticleReader) -> None:
    rec = read(reader, "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন মঙ্গলবার পিয়ংইয়ং পৌঁছেছেন। সফরে একটি সমঝোতা স্মারক সইয়ের সম্ভাবনা "
                       "রয়েছে।", PUB_2024)
    assert [(a.parties, a.status) for a in rec.agreements] == [(("north_korea", "russia"), "Planned")]
