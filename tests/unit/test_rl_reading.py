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


@pytest.mark.parametrize("stamp", ["বৃহস্পতিবার, ১৮ অগ্রহায়ণ ১৪৩৩ বঙ্গাব্দ, ০৩ ডিসেম্বর ২০২৬",
                                   "১৮ অগ্রহায়ণ ১৪৩৩ | ০৩ ডিসেম্বর ২০২৬"])
def test_rl_a_date_line_under_the_headline_leading_with_the_bangla_date_is_the_articles(reader: ArticleReader,
                                                                                       stamp: str) -> None:
    page = f"দৈনিক নতুন আলো\nমস্কো ও পিয়ংইয়ংয়ের সম্পর্ক নিয়ে নতুন প্রতিবেদন\n\n{stamp}\n\n{BODY}\n"
    assert reader.read_string(page, "test.txt").article.published == DateValue("2026-12-03", "day")


def test_rl_a_header_leading_with_the_gregorian_day_stays_a_crawl_stamp(reader: ArticleReader) -> None:
    page = ("দৈনিক নতুন আলো\nপ্রথম পাতা | দেশ | বিদেশ | সম্পাদকীয় | খেলা\nশনিবার, ২৮ জুন ২০০৮ | ১৪ আষাঢ় ১৪১৫\n\n"
            f"মস্কো ও পিয়ংইয়ংয়ের সম্পর্ক নিয়ে নতুন প্রতিবেদন\n\n{BODY}\n")
    assert reader.read_string(page, "test.txt").article.published is None


# ------------------------------------------------------------------------------ agencies relaying

@pytest.mark.parametrize(("body", "speaker", "agency"), [
    ("উত্তর কোরিয়ার নেতা কিম জং উন নতুন রিসোর্টকে জাতির গৌরব বলে অভিহিত করেছেন বলে জানিয়েছে কেসিএনএ।",
     "kim_jong_un", "kcna"),
    ("রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন বলেছেন, পিয়ংইয়ংয়ের সঙ্গে সহযোগিতা আরও বাড়বে বলে জানায় তাস।", "putin", "tass"),
    ("দুই দেশের বাণিজ্য দ্বিগুণ হবে বলে আশা প্রকাশ করেছেন রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন, জানিয়েছে রুশ বার্তা সংস্থা তাস।",
     "putin", "tass"),
    ("কিম জং উন রাশিয়ার প্রতি সমর্থন অব্যাহত রাখার কথা বলেছেন বলে দেশটির রাষ্ট্রীয় বার্তা সংস্থা কেসিএনএ খবর দিয়েছে।",
     "kim_jong_un", "kcna"),
])
def test_rl_an_agency_relaying_a_speaker_tells_of_the_words_too(reader: ArticleReader, body: str, speaker: str,
                                                                agency: str) -> None:
    rec = read(reader, body)
    own = [c for c in rec.claims if c.claimant == speaker]
    told = [c for c in rec.claims if c.claimant == agency]
    assert own and all(c.via == agency for c in own)
    assert told and not any(c.accusation for c in told)


def test_rl_a_relaying_agency_accuses_no_one_and_a_pronoun_after_it_is_the_speaker(reader: ArticleReader) -> None:
    rec = read(reader, "উত্তর কোরিয়ার নেতা কিম জং উন যুক্তরাষ্ট্রকে উত্তেজনার জন্য দায়ী করেছেন বলে জানিয়েছে কেসিএনএ। "
                       "তিনি বলেন, পিয়ংইয়ং যেকোনো পরিস্থিতির জন্য প্রস্তুত।")
    assert {c.claimant for c in rec.claims} == {"kim_jong_un", "kcna"}
    assert all(c.claimant == "kim_jong_un" for c in rec.claims if c.accusation)
    assert [c.claimant for c in rec.claims if "প্রস্তুত" in c.text] == ["kim_jong_un"]


def test_rl_an_outlet_credited_for_the_whole_article_is_no_claimant(reader: ArticleReader) -> None:
    rec = read(reader, "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন বলেছেন, পিয়ংইয়ংয়ের সঙ্গে সহযোগিতা আরও বাড়বে। খবর রয়টার্সের।")
    assert {c.claimant for c in rec.claims} == {"putin"}


# ------------------------------------------------------------------------------ titles alone

def entity(rec, key):  # type: ignore[no-untyped-def]
    return next(e for e in rec.entities if e.key == key)


@pytest.mark.parametrize(("body", "key", "title"), [
    ("জাপানের মুখ্য মন্ত্রিসভা সচিব টোকিওতে সাংবাদিকদের বলেন, পিয়ংইয়ং-মস্কো সামরিক সহযোগিতা উদ্বেগজনক।",
     "kihara_minoru", "জাপানের মুখ্য মন্ত্রিসভা সচিব"),
    ("পিয়ংইয়ং-মস্কো সামরিক সহযোগিতা নিয়ে জাপানের মুখ্য মন্ত্রিপরিষদ সচিবের বক্তব্য এসেছে। তিনি বলেন, টোকিও সতর্ক।",
     "kihara_minoru", "জাপানের মুখ্য মন্ত্রিপরিষদ সচিব"),
    ("রুশ পররাষ্ট্রমন্ত্রী বলেছেন, উত্তর কোরিয়ার সঙ্গে সহযোগিতা চলবে।", "lavrov", "রুশ পররাষ্ট্রমন্ত্রী"),
])
def test_rl_a_holder_named_only_by_title_is_also_labelled_with_it(reader: ArticleReader, body: str, key: str,
                                                                   title: str) -> None:
    rec = read(reader, body, published="১২ মার্চ ২০২৬")
    assert key in {c.claimant for c in rec.claims}
    assert title in entity(rec, key).aliases


def test_rl_a_holder_also_named_keeps_the_names_only(reader: ArticleReader) -> None:
    rec = read(reader, "জাপানের মুখ্য মন্ত্রিসভা সচিব মিনোরু কিহারা বলেন, টোকিও সতর্ক। পরে মুখ্য মন্ত্রিসভা সচিব "
                       "আরও বলেন, জাপানের মুখ্য মন্ত্রিসভা সচিব হিসেবে তিনি উদ্বিগ্ন।", published="১২ মার্চ ২০২৬")
    assert not any("সচিব" in a for a in entity(rec, "kihara_minoru").aliases)


# ------------------------------------------------------------------------------ pronouns and pairs

PUB_2024 = "১৪ ডিসেম্বর ২০২৪"


@pytest.mark.parametrize(("body", "guest"), [
    ("রুশ প্রতিরক্ষামন্ত্রী আন্দ্রেই বেলোউসভ পিয়ংইয়ংয়ে পৌঁছান। উত্তর কোরিয়ার প্রতিরক্ষামন্ত্রী নো কোয়াং চোল "
     "বিমানবন্দরে উপস্থিত ছিলেন। পরে বেলোউসভকে প্রাসাদে নিয়ে যাওয়া হয়, যেখানে কিম জং উন তাঁকে স্বাগত জানান।",
     "belousov"),
    ("রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন মঙ্গলবার পিয়ংইয়ং পৌঁছান। সের্গেই শোইগু বলেন, সফর গুরুত্বপূর্ণ। সন্ধ্যায় "
     "পুতিনকে কুমসুসান প্রাসাদে নেওয়া হলে কিম জং উন তাঁকে অভ্যর্থনা জানান।", "putin"),
    ("রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন মঙ্গলবার পিয়ংইয়ং পৌঁছান। কিম জং উন তাঁকে বিমানবন্দরে অভ্যর্থনা জানান।", "putin"),
])
def test_rl_him_after_the_subject_is_the_one_other_person_of_the_sentence(reader: ArticleReader, body: str,
                                                                          guest: str) -> None:
    rec = read(reader, body, published=PUB_2024)
    assert {m.participants for m in rec.meetings} == {tuple(sorted(("kim_jong_un", guest)))}


@pytest.mark.parametrize("body", [
    "মঙ্গলবার মস্কোয় পুতিন ও কিম বৈঠক করেন। পশ্চিমা দেশগুলোর অভিযোগ, পিয়ংইয়ং মস্কোকে গোলা দিচ্ছে। তবে মস্কো ও "
    "পিয়ংইয়ং দুই পক্ষ এ অভিযোগ অস্বীকার করেছে।",
    "মঙ্গলবার মস্কোয় পুতিন ও কিম বৈঠক করেন। রাশিয়া ও উত্তর কোরিয়া, দুই পক্ষ জানিয়েছে, সহযোগিতা চলবে।",
])
def test_rl_both_sides_right_after_the_two_named_are_those_two(reader: ArticleReader, body: str) -> None:
    rec = read(reader, body, published=PUB_2024)
    last = rec.claims[-1].evidence[0].start
    assert {c.claimant for c in rec.claims if c.evidence[0].start == last} == {"russia", "north_korea"}


def test_rl_both_sides_alone_are_the_two_who_met(reader: ArticleReader) -> None:
    rec = read(reader, "মঙ্গলবার মস্কোয় পুতিন ও কিম বৈঠক করেন। দুই পক্ষ জানিয়েছে, সহযোগিতা চলবে।", published=PUB_2024)
    assert {c.claimant for c in rec.claims} == {"putin", "kim_jong_un"}


# ------------------------------------------------------------------------------ name endings

@pytest.mark.parametrize("body", [
    "মঙ্গলবার বেইজিংয়ে চীনের পররাষ্ট্রমন্ত্রী ওয়াং ইর সঙ্গে বৈঠক করেন সের্গেই লাভরভ।",
    "মঙ্গলবার বেইজিংয়ে ওয়াং ই'র সঙ্গে আলোচনায় বসেন সের্গেই লাভরভ।",
    "মঙ্গলবার বেইজিংয়ে সের্গেই লাভরভকে স্বাগত জানান ওয়াং ই। পরে লাভরভ’র সঙ্গে ওয়াং ইয়ের বৈঠক হয়।",
])
def test_rl_a_name_ending_in_a_vowel_takes_its_case_ending_plain_or_after_an_apostrophe(reader: ArticleReader,
                                                                                    body: str) -> None:
    rec = read(reader, body, published=PUB_2024)
    assert ("lavrov", "wang_yi") in {m.participants for m in rec.meetings}


def test_rl_a_one_letter_case_stem_is_no_name_alone(reader: ArticleReader) -> None:
    rec = read(reader, "ইর সঙ্গে বৈঠক করেন সের্গেই লাভরভ। ইকে স্বাগত জানান তিনি।", published=PUB_2024)
    assert not rec.meetings and "wang_yi" not in rec.mentioned


# ------------------------------------------------------------------------------ titles of many holders

def label_of(rec, key):  # type: ignore[no-untyped-def]
    return entity(rec, key).label_bn


@pytest.mark.parametrize(("body", "label", "dest"), [
    ("রাশিয়ার পরিবহনমন্ত্রী আগামী মাসে পিয়ংইয়ং সফরে যাবেন বলে মন্ত্রণালয় জানিয়েছে।", "রাশিয়ার পরিবহনমন্ত্রী",
     "north_korea"),
    ("উত্তর কোরিয়ার বাণিজ্যমন্ত্রী মঙ্গলবার মস্কো পৌঁছেছেন।", "উত্তর কোরিয়ার বাণিজ্যমন্ত্রী", "russia"),
])
def test_rl_a_portfolio_minister_named_nowhere_is_an_unnamed_holder_of_that_portfolio(
        reader: ArticleReader, body: str, label: str, dest: str) -> None:
    rec = read(reader, body, published=PUB_2024)
    [v] = rec.visits
    assert (label_of(rec, v.visitor), v.destination) == (label, dest)


@pytest.mark.parametrize("body", [
    "রুশ শিক্ষামন্ত্রী আন্দ্রেই ফুরসেনকো এবং উত্তর কোরিয়ার উচ্চশিক্ষামন্ত্রী থে হিয়ং চোল চুক্তিতে সই করেন। "
    "পরে আশা প্রকাশ করেছেন উত্তর কোরীয় মন্ত্রী।",
    "উত্তর কোরিয়ার সংস্কৃতিমন্ত্রী পাক মিয়ং চল মস্কোয় চলচ্চিত্র সপ্তাহ উদ্বোধন করেন। উত্তর কোরিয়ার মন্ত্রী বলেন, "
    "দুই দেশের বন্ধুত্ব অটুট।",
])
def test_rl_a_states_minister_after_its_one_minister_named_is_that_minister(reader: ArticleReader, body: str) -> None:
    rec = read(reader, body, published=PUB_2024)
    [c] = [c for c in rec.claims if c.evidence[0].start > rec.article.sentences[0].end]
    assert label_of(rec, c.claimant) in ("থে হিয়ং চোল", "পাক মিয়ং চল")


def test_rl_a_states_minister_among_two_ministers_is_no_one(reader: ArticleReader) -> None:
    rec = read(reader, "রুশ পররাষ্ট্রমন্ত্রী সের্গেই লাভরভ ও প্রতিরক্ষামন্ত্রী আন্দ্রেই বেলোউসভ বৈঠকে ছিলেন। রুশ মন্ত্রী "
                       "বলেন, সহযোগিতা চলবে। রাশিয়ার পরিবহনমন্ত্রী পিয়ংইয়ং যাবেন।", published=PUB_2024)
    assert not any(c.claimant in ("lavrov", "belousov") for c in rec.claims)
    assert {v.visitor for v in rec.visits} <= {k for k in (e.key for e in rec.entities) if k.startswith("person-")}


@pytest.mark.parametrize(("body", "speaker", "agency", "words"), [
    ("কিম জং উন রাশিয়ার প্রতি পূর্ণ সমর্থন জানিয়েছেন, জানিয়েছে কেসিএনএ।", "kim_jong_un", "kcna",
     "রাশিয়ার প্রতি পূর্ণ সমর্থন জানিয়েছেন"),
    ("পুতিন বলেছেন, পিয়ংইয়ংয়ের সঙ্গে সহযোগিতা বাড়বে, জানিয়েছে তাস।", "putin", "tass",
     "পিয়ংইয়ংয়ের সঙ্গে সহযোগিতা বাড়বে"),
    ("রাশিয়া নতুন নিষেধাজ্ঞার নিন্দা জানিয়েছে, এ খবর দিয়েছে বার্তা সংস্থা রয়টার্স।", "russia", "reuters",
     "নতুন নিষেধাজ্ঞার নিন্দা জানিয়েছে"),
])
def test_rl_an_outlets_tag_after_a_statement_relays_it(reader: ArticleReader, body: str, speaker: str, agency: str,
                                                       words: str) -> None:
    rec = read(reader, body, published=PUB_2024)
    [own] = [c for c in rec.claims if c.claimant == speaker]
    assert (own.text, own.via) == (words, agency)
    assert agency in {c.claimant for c in rec.claims}


def test_rl_an_outlet_alone_before_its_tag_is_the_speaker(reader: ArticleReader) -> None:
    rec = read(reader, "দুই দেশের বাণিজ্য বেড়েছে, জানিয়েছে তাস।", published=PUB_2024)
    assert {c.claimant for c in rec.claims} == {"tass"}


@pytest.mark.parametrize(("body", "who"), [
    ("বৈঠকের শুরুতে উত্তর কোরীয় সৈন্যদের সাহসিকতার জন্য কিম জং উনকে ধন্যবাদ জানান পুতিন।", "putin"),
    ("ফোনালাপে কিম জং উন রুশ জনগণের সমর্থনের জন্য পুতিনের প্রতি কৃতজ্ঞতা প্রকাশ করেছেন।", "kim_jong_un"),
    ("উষ্ণ অভ্যর্থনার জন্য পুতিনকে ধন্যবাদ দিয়েছেন কিম জং উন।", "kim_jong_un"),
])
def test_rl_thanking_someone_is_a_statement(reader: ArticleReader, body: str, who: str) -> None:
    assert who in {c.claimant for c in read(reader, body, published=PUB_2024).claims}


@pytest.mark.parametrize(("body", "region"), [
    ("রাশিয়ার প্রিমোরস্কি অঞ্চলের গভর্নর আগামী মাসে রাসোন অর্থনৈতিক অঞ্চল পরিদর্শনে যাবেন বলে প্রাদেশিক প্রশাসন "
     "জানিয়েছে।", "প্রিমোরস্কি"),
    ("খাবারভস্ক অঞ্চলের গভর্নর আগামী মাসে রাসোন অর্থনৈতিক অঞ্চল সফর করবেন বলে আঞ্চলিক প্রশাসন জানিয়েছে।", "খাবারভস্ক"),
])
def test_rl_the_provincial_administration_is_the_provinces_not_an_economic_zones(reader: ArticleReader, body: str,
                                                                                region: str) -> None:
    rec = read(reader, body, published=PUB_2024)
    [c] = rec.claims
    assert label_of(rec, c.claimant).startswith(region)


@pytest.mark.parametrize(("body", "agency"), [
    ("পুতিন বলেছেন, পিয়ংইয়ংয়ের সঙ্গে সম্পর্ক কৌশলগত, এএফপির খবরে বলা হয়েছে।", "afp"),
    ("এএফপির খবরে প্রকাশ, পুতিন বলেছেন পিয়ংইয়ংয়ের সঙ্গে সম্পর্ক কৌশলগত।", "afp"),
    ("রয়টার্সের খবর অনুযায়ী, পুতিন বলেছেন, পিয়ংইয়ংয়ের সঙ্গে সম্পর্ক কৌশলগত।", "reuters"),
])
def test_rl_an_outlets_report_around_a_statement_relays_it(reader: ArticleReader, body: str, agency: str) -> None:
    rec = read(reader, body, published=PUB_2024)
    assert {c.claimant for c in rec.claims} == {"putin", agency}
    assert all(c.via == agency for c in rec.claims if c.claimant == "putin")
    assert all("খবর" not in c.text for c in rec.claims if c.claimant == "putin" and c.text.startswith("পিয়ং"))


@pytest.mark.parametrize("body", [
    "রাশিয়ার উপপররাষ্ট্রমন্ত্রী আন্দ্রেই রুদেনকো মঙ্গলবার পিয়ংইয়ং পৌঁছেছেন। উপপররাষ্ট্রমন্ত্রী বলেন, আলোচনা ফলপ্রসূ হবে।",
    "রাশিয়ার উপপররাষ্ট্রমন্ত্রী আন্দ্রেই রুদেনকো মঙ্গলবার পিয়ংইয়ং পৌঁছেছেন। রুশ উপপররাষ্ট্রমন্ত্রী বলেন, আলোচনা "
    "ফলপ্রসূ হবে।",
])
def test_rl_a_deputy_named_before_is_the_deputy_the_title_alone_means(reader: ArticleReader, body: str) -> None:
    rec = read(reader, body, published=PUB_2024)
    assert {c.claimant for c in rec.claims} == {"rudenko"}


@pytest.mark.parametrize(("body", "state"), [
    ("চীন উত্তর কোরিয়ার পরমাণু কর্মসূচির সমালোচনা করেছে। দেশটির পররাষ্ট্র মন্ত্রণালয় এক বিবৃতি দিয়েছে।", "china"),
    ("বৃহস্পতিবার জাপান রাশিয়ার রাষ্ট্রদূতকে তলব করেছে। দেশটির প্রধানমন্ত্রী বলেন, এটি অগ্রহণযোগ্য।", "japan"),
    ("মঙ্গলবার বিবৃতি দিয়েছে দক্ষিণ কোরিয়ার পররাষ্ট্র মন্ত্রণালয়। এতে উত্তর কোরিয়ার সমালোচনা করা হয়। দেশটির "
     "প্রেসিডেন্ট পরে বলেন, সিউল সতর্ক।", "south_korea"),
])
def test_rl_the_country_is_the_subjects_not_one_named_in_the_genitive(reader: ArticleReader, body: str,
                                                                      state: str) -> None:
    rec = read(reader, body, published=PUB_2024)
    last = rec.article.sentences[-1].start
    speakers = {c.claimant for c in rec.claims if c.evidence[0].start == last}
    assert speakers and all(entity(rec, k).affiliation == state or k.startswith(state) for k in speakers)


def test_rl_two_outlets_relaying_both_tell_of_the_words(reader: ArticleReader) -> None:
    rec = read(reader, "পুতিন বলেছেন, পিয়ংইয়ংয়ের সঙ্গে সহযোগিতা বাড়বে বলে জানিয়েছে তাস ও রয়টার্স।", published=PUB_2024)
    assert {c.claimant for c in rec.claims} == {"putin", "tass", "reuters"}
    assert [c.via for c in rec.claims if c.claimant == "putin"] == ["tass"]


@pytest.mark.parametrize("body", [
    "সংবাদ সংস্থা রয়টার্স সূত্রে খবর, পুতিন জানিয়েছেন পিয়ংইয়ংয়ের সঙ্গে সম্পর্ক আরও মজবুত হবে।",
    "রয়টার্স সূত্রে খবর, পুতিন বলেছেন, সম্পর্ক আরও মজবুত হবে।",
    "রয়টার্স সূত্রের খবর, পুতিন বলেছেন, সম্পর্ক আরও মজবুত হবে।",
])
def test_rl_an_outlet_as_the_source_west_bengal_style(reader: ArticleReader, body: str) -> None:
    rec = read(reader, body, published=PUB_2024)
    assert {c.claimant for c in rec.claims} == {"putin", "reuters"}
    assert [c.via for c in rec.claims if c.claimant == "putin"] == ["reuters"]


def test_rl_unnamed_sources_are_no_claimant(reader: ArticleReader) -> None:
    assert not read(reader, "কূটনৈতিক সূত্রে খবর, পুতিন শিগগিরই পিয়ংইয়ং যাবেন।", published=PUB_2024).claims


# ------------------------------------------------------------------------------ implicit charges

@pytest.mark.parametrize(("body", "accused"), [
    ("দক্ষিণ কোরিয়ার গোয়েন্দা সংস্থা জানিয়েছে, পিয়ংইয়ং থেকে কুরস্কে আরও সেনা এসেছে।", "north_korea"),
    ("জোসেপ বোরেল বলেছেন, উত্তর কোরিয়া থেকে রাশিয়ায় অন্তত ১০ লাখ গোলা গিয়েছে।", "north_korea"),
    ("মার্কিন কর্মকর্তারা বলেছেন, রাশিয়া থেকে উত্তর কোরিয়ায় পরিশোধিত তেল যাচ্ছে।", "russia"),
])
def test_rl_goods_going_from_a_source_accuse_the_source(reader: ArticleReader, body: str, accused: str) -> None:
    [c] = read(reader, body, published=PUB_2024).claims
    assert c.accusation and c.about == (accused,)


@pytest.mark.parametrize("body", [
    "ইউক্রেনের গোয়েন্দা সংস্থা জানায়, আটক সেনাদের কাছে রাশিয়ার পরিচয়পত্র পাওয়া গেছে।",
    "কিম জং উন বলেন, রাশিয়া থেকে প্রতিনিধিদল ফিরে এসেছে।",
])
def test_rl_going_without_goods_or_source_is_no_charge(reader: ArticleReader, body: str) -> None:
    assert not any(c.accusation for c in read(reader, body, published=PUB_2024).claims)


def test_rl_a_concessive_aside_does_not_deny_the_charge_before_it(reader: ArticleReader) -> None:
    rec = read(reader, "জোসেপ বোরেল বলেছেন, উত্তর কোরিয়া রাশিয়াকে লাখ লাখ গোলা পাঠিয়েছে বলে ইইউর কাছে তথ্য আছে, "
                       "যদিও তিনি সূত্র প্রকাশ করেননি।", published=PUB_2024)
    assert [(c.claimant, c.about) for c in rec.claims if c.accusation] == [("borrell", ("north_korea",))]
