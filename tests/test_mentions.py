"""bnkg.builder.mentions: gazetteer aliases through case endings, roles, title-intros, pronouns.

Every sentence here is invented for the tests.  Each article goes through the real pipeline
(``ArticleReader.read_string``), so segmentation and the shipped mappings are exercised too.
"""

from __future__ import annotations

import hashlib

import pytest

from bnkg.builder.article import ArticleReader
from bnkg.builder.records import ArticleRecord, Mention

HEADLINE = "মস্কো ও পিয়ংইয়ংয়ের সম্পর্ক নিয়ে নতুন প্রতিবেদন"


@pytest.fixture(scope="module")
def reader() -> ArticleReader:
    return ArticleReader()


def page(body: str, published: str | None = "১৪ সেপ্টেম্বর ২০২৩", after: str = "") -> str:
    """A small scraped page: headline, publication line, body, optional chrome after the body."""
    head = f"{HEADLINE}\n\n" + (f"প্রকাশিত: {published}\n\n" if published else "")
    return head + body + "\n" + after


def read(reader: ArticleReader, body: str, published: str | None = "১৪ সেপ্টেম্বর ২০২৩",
         after: str = "") -> tuple[ArticleRecord, list[Mention]]:
    """Record and flat mention list of an invented article; checks every mention's offsets."""
    rec = reader.read_string(page(body, published, after), "test.txt")
    per_sentence, _ = reader.finder.find(rec.article)
    mentions = [m for ms in per_sentence for m in ms]
    for m in mentions:
        assert rec.article.text[m.start:m.end] == m.surface, m
    return rec, mentions


def only(mentions: list[Mention], key: str) -> Mention:
    hits = [m for m in mentions if m.key == key]
    assert len(hits) == 1, (key, mentions)
    return hits[0]


def entity(rec: ArticleRecord, key: str):
    return next(e for e in rec.entities if e.key == key)


# ------------------------------------------------------------------- aliases and case endings

@pytest.mark.parametrize(("body", "surface", "key", "case"), [
    ("পুতিনের বক্তব্য সবাই মন দিয়ে শুনেছে।", "পুতিনের", "putin", "gen"),
    ("প্রতিনিধিদলটি এখন রাশিয়ায় অবস্থান করছে।", "রাশিয়ায়", "russia", "loc"),
    ("শীতের শুরুতে পিয়ংইয়ংয়ে ভারী তুষারপাত হয়েছে।", "পিয়ংইয়ংয়ে", "pyongyang", "loc"),
    ("অনুষ্ঠানে সবাই কিমকে ফুল দিয়েছে।", "কিমকে", "kim_jong_un", "acc"),
    ("চোয়ে সন হুই-এর সফরসঙ্গীরা হোটেলে ফিরেছেন।", "চোয়ে সন হুই-এর", "choe_son_hui", "gen"),
], ids=["gen", "loc-state", "loc-city", "acc", "hyphen-gen"])
def test_alias_through_case_ending(reader: ArticleReader, body: str, surface: str, key: str, case: str) -> None:
    rec, mentions = read(reader, body)
    m = only(mentions, key)
    assert (m.surface, m.case, m.how) == (surface, case, "alias")
    if key in reader.mappings.gazetteer.actors:  # places are not actors: never "mentioned"
        assert key in rec.mentioned


def test_longest_alias_wins(reader: ArticleReader) -> None:
    _, mentions = read(reader, "রুশ বার্তা সংস্থা তাস সোমবার নতুন ছবি প্রকাশ করে।")
    tass = only(mentions, "tass")
    assert tass.surface == "রুশ বার্তা সংস্থা তাস"
    assert tass.how == "alias"
    # "রুশ" inside the agency's name is not a separate adjective mention of Russia
    assert not [m for m in mentions if m.key == "russia" and m.how == "adjective"]


def test_state_inside_organisation_name_is_inner(reader: ArticleReader) -> None:
    rec, mentions = read(reader, "ব্রিটিশ প্রতিরক্ষা গোয়েন্দা সংস্থা সোমবার নতুন মূল্যায়ন দিয়েছে।")
    org = only(mentions, "uk_defence_intelligence")
    assert org.surface == "ব্রিটিশ প্রতিরক্ষা গোয়েন্দা সংস্থা"
    inner = only(mentions, "uk")
    assert inner.how == "inner"
    assert org.start <= inner.start and inner.end <= org.end
    assert {"uk", "uk_defence_intelligence"} <= set(rec.mentioned)


def test_state_inside_genitive_organisation_name_is_inner(reader: ArticleReader) -> None:
    _, mentions = read(reader, "রাশিয়ার প্রতিরক্ষা মন্ত্রণালয় সোমবার নতুন ভিডিও প্রকাশ করে।")
    only(mentions, "russia_defence_ministry")
    inner = only(mentions, "russia")
    assert (inner.how, inner.surface) == ("inner", "রাশিয়ার")


def test_state_inside_agency_name_is_inner(reader: ArticleReader) -> None:
    rec, mentions = read(reader, "উত্তর কোরিয়ার রাষ্ট্রীয় বার্তা সংস্থা কেসিএনএ সোমবার নতুন ছবি প্রকাশ করে।")
    assert only(mentions, "kcna").how == "alias"
    assert only(mentions, "north_korea").how == "inner"
    assert "north_korea" in rec.mentioned


def test_state_before_war_is_topic(reader: ArticleReader) -> None:
    rec, mentions = read(reader, "ইউক্রেন যুদ্ধে দুই পক্ষেরই বিপুল ক্ষয়ক্ষতি হয়েছে।")
    m = only(mentions, "ukraine")
    assert (m.surface, m.how) == ("ইউক্রেন", "topic")


def test_demonym_adjective_mentions_the_state(reader: ArticleReader) -> None:
    rec, mentions = read(reader, "রুশ সৈন্যরা নদীর ওপারে নতুন অবস্থান নিয়েছে।")
    m = only(mentions, "russia")
    assert (m.surface, m.how) == ("রুশ", "adjective")
    assert "russia" in rec.mentioned


# ------------------------------------------------------------------------------ role references

def test_role_reference_resolves_to_holder_on_publication_day(reader: ArticleReader) -> None:
    rec, mentions = read(reader, "রুশ প্রেসিডেন্ট আজ জাতির উদ্দেশে ভাষণ দিয়েছেন।", published="১০ মার্চ ২০২৪")
    m = only(mentions, "putin")
    assert (m.surface, m.how, m.case) == ("প্রেসিডেন্ট", "role", "nom")
    assert "putin" in rec.mentioned


@pytest.mark.parametrize(("published", "holder"), [
    ("৭ সেপ্টেম্বর ২০২৩", "biden"),
    ("১২ জুলাই ২০২৫", "trump"),
])
def test_role_reference_depends_on_date(reader: ArticleReader, published: str, holder: str) -> None:
    rec, mentions = read(reader, "মার্কিন প্রেসিডেন্ট বলেছেন, আলোচনার দরজা খোলা আছে।", published=published)
    m = only(mentions, holder)
    assert m.how == "role"
    assert {"biden", "trump"} & set(rec.mentioned) == {holder}


def test_genitive_role_reference(reader: ArticleReader) -> None:
    _, mentions = read(reader, "রুশ পররাষ্ট্রমন্ত্রীর বক্তব্য নিয়ে আলোচনা চলছে।", published="১০ মার্চ ২০২৪")
    m = only(mentions, "lavrov")
    assert (m.surface, m.how, m.case) == ("পররাষ্ট্রমন্ত্রীর", "role", "gen")


def test_office_is_not_its_holder(reader: ArticleReader) -> None:
    rec, mentions = read(reader, "শোনা যাচ্ছে, তাঁকে রুশ পররাষ্ট্রমন্ত্রীর পদ থেকে সরানো হতে পারে।",
                         published="১০ মার্চ ২০২৪")
    assert not [m for m in mentions if m.how == "role"]
    assert "lavrov" not in rec.mentioned


def test_role_reference_followed_by_a_place(reader: ArticleReader) -> None:
    rec, mentions = read(reader, "রুশ প্রেসিডেন্ট মস্কোয় জাতির উদ্দেশে ভাষণ দিয়েছেন।", published="১০ মার্চ ২০২৪")
    assert only(mentions, "putin").how == "role"


def test_role_reference_followed_by_ordinary_words(reader: ArticleReader) -> None:
    rec, mentions = read(reader, "মার্কিন প্রেসিডেন্ট গতকাল ভাষণ দিয়েছেন।", published="৭ সেপ্টেম্বর ২০২৩")
    assert not [m for m in mentions if m.how == "title-intro"]
    assert only(mentions, "biden").how == "role"


# ------------------------------------------------------------------ people introduced by a title

def test_title_intro_of_unknown_person_and_later_surname(reader: ArticleReader) -> None:
    rec, mentions = read(reader, "উত্তর কোরিয়ার কৃষিমন্ত্রী পাক মিন সু সোমবার মস্কোয় গিয়েছেন। "
                                 "সেখানে সু একটি খামার পরিদর্শন করেন।")
    key = "person-" + hashlib.sha256("পাক মিন সু".encode()).hexdigest()[:12]
    intro = [m for m in mentions if m.how == "title-intro"]
    assert len(intro) == 1
    assert (intro[0].key, intro[0].surface, intro[0].sentence) == (key, "পাক মিন সু", 0)
    later = [m for m in mentions if m.key == key and m.sentence == 1]
    assert [m.surface for m in later] == ["সু"]
    e = entity(rec, key)
    assert (e.type, e.label_bn, e.affiliation, e.role_bn, e.from_gazetteer) == \
        ("Person", "পাক মিন সু", "north_korea", "কৃষিমন্ত্রী", False)
    assert key in rec.mentioned


# --------------------------------------------------------------------------------------- pronouns

def test_pronoun_refers_to_last_nominative_person(reader: ArticleReader) -> None:
    _, mentions = read(reader, "ল্যাভরভ সোমবার কিমকে একটি চিঠি পাঠান। পরে তিনি বিমানবন্দরে যান।")
    pron = [m for m in mentions if m.surface == "তিনি"]
    assert len(pron) == 1
    assert (pron[0].key, pron[0].how, pron[0].sentence) == ("lavrov", "pronoun-singular", 1)


def test_pronouns_are_not_listed_as_mentioned(reader: ArticleReader) -> None:
    rec, mentions = read(reader, "সেদিন কিমকে দেখা গেছে। পরে তিনি বিমানবন্দরে যান।")
    assert any(m.how == "pronoun-singular" for m in mentions)
    assert rec.mentioned == ("kim_jong_un",)


# ---------------------------------------------------------------------------------- page chrome

def test_names_in_related_news_are_not_mentioned(reader: ArticleReader) -> None:
    related = ("সম্পর্কিত খবর\n"
               "পুতিনের সঙ্গে ট্রাম্পের দীর্ঘ ফোনালাপ।\n"
               "সিউলে বাইডেনের নতুন ঘোষণা।\n")
    rec, mentions = read(reader, "রাশিয়া ও উত্তর কোরিয়ার সম্পর্ক নিয়ে আলোচনা চলছে। "
                                 "কর্মকর্তারা বিষয়টি খতিয়ে দেখছেন।", after=related)
    assert set(rec.mentioned) == {"russia", "north_korea"}
    assert not {"putin", "trump", "biden", "seoul"} & {m.key for m in mentions}
    body_start, body_end = rec.article.body_span
    assert rec.article.text.find("ফোনালাপ") > body_end


def test_every_mention_surface_is_the_text_at_its_offsets(reader: ArticleReader) -> None:
    body = ("রুশ প্রেসিডেন্ট পুতিন বুধবার পিয়ংইয়ংয়ে পৌঁছান। সেখানে কিম জং উন-এর সঙ্গে তাঁর বৈঠক হয়। "
            "দুই নেতা রাশিয়ার পররাষ্ট্র মন্ত্রণালয়ের প্রস্তাব নিয়ে কথা বলেন। "
            "উত্তর কোরিয়ার পররাষ্ট্রমন্ত্রী চোয়ে সন হুই-এর বক্তব্যও শোনা যায়।")
    rec, mentions = read(reader, body, published="২০ জুন ২০২৪")
    assert len(mentions) >= 8
    text = rec.article.text
    for m in mentions:
        assert text[m.start:m.end] == m.surface
        sent = rec.article.sentences[m.sentence]
        assert sent.start <= m.start < m.end <= sent.end


# ------------------------------------------------------------------- short names and "দেশটির"

PUB_2024 = "২০ জুন ২০২৪"


def test_single_word_of_a_named_person_is_that_person(reader: ArticleReader) -> None:
    # "শিন" alone is no alias of শিন ওন-সিক in actors.yaml
    assert "শিন" not in reader.mappings.gazetteer.actors["shin_won_sik"].aliases
    _, mentions = read(reader, "শিন ওন-সিক বৃহস্পতিবার ওয়াশিংটন সফরে যান। বৈঠক শেষে শিনের বক্তব্য প্রকাশ করা হয়।",
                       published=PUB_2024)
    later = [m for m in mentions if m.sentence == 1 and m.key == "shin_won_sik"]
    assert [(m.surface, m.how, m.case) for m in later] == [("শিনের", "short-name", "gen")]
    # a word of two letters is too short to stand for a person
    _, mentions = read(reader, "লি জে মিয়ং সোমবার সংসদে ভাষণ দেন। পরে লি সাংবাদিকদের প্রশ্নের উত্তর দেন।",
                       published=PUB_2024)
    assert not [m for m in mentions if m.sentence == 1 and m.key == "lee_jae_myung"]


def test_family_name_of_a_title_intro_person(reader: ArticleReader) -> None:
    _, mentions = read(reader, "উত্তর কোরিয়ার কৃষিমন্ত্রী হান সং মিন সোমবার মস্কোয় যান। "
                               "সেখানে হান বলেন, খাদ্য সহযোগিতা বাড়বে।", published=PUB_2024)
    [intro] = [m for m in mentions if m.how == "title-intro"]
    assert [m.surface for m in mentions if m.sentence == 1 and m.key == intro.key] == ["হান"]


def test_desh_tir_leader_is_the_last_states_leader(reader: ArticleReader) -> None:
    rec, mentions = read(reader, "রাশিয়ার পর এবার উত্তর কোরিয়া নতুন ক্ষেপণাস্ত্র ছুড়েছে। "
                                 "দেশটির নেতা এ সময় উপস্থিত ছিলেন।", published=PUB_2024)
    this = [m for m in mentions if m.how == "pronoun-this_state"]
    assert [(m.surface, m.key) for m in this] == [("দেশটির", "north_korea")]
    leader = only(mentions, "kim_jong_un")
    assert (leader.surface, leader.how, leader.sentence) == ("নেতা", "role", 1)
    assert "kim_jong_un" in rec.mentioned


def test_desh_tir_leader_followed_by_ordinary_words(reader: ArticleReader) -> None:
    _, mentions = read(reader, "উত্তর কোরিয়া সোমবার নতুন ক্ষেপণাস্ত্র ছুড়েছে। দেশটির নেতা নিজে উৎক্ষেপণ তদারক করেন।",
                       published=PUB_2024)
    assert only(mentions, "kim_jong_un").how == "role"
    assert not [m for m in mentions if m.how == "title-intro"]
