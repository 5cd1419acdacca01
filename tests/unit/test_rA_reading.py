"""Reading rules of helper rA (claims side), each on invented sentences."""

from __future__ import annotations

import pytest

from bnkg.builder.article import ArticleReader
from bnkg.builder.records import ArticleRecord

from .test_events import claims_by, read

BEFORE = "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন বলেন, দুই দেশের সম্পর্ক আগের চেয়ে ভালো। "


# ----------------------------------------------------------------------------------- the one asked answers

@pytest.mark.parametrize("body, who", [
    ("চীনের পররাষ্ট্র মন্ত্রণালয়ের মুখপাত্র লিন জিয়ানের কাছে এ বিষয়ে জানতে চাইলে তিনি জানান, চীন এ নিয়ে "
     "কিছু বলবে না।", "lin_jian"),
    ("সাংবাদিকেরা মার্কিন পররাষ্ট্রমন্ত্রী অ্যান্টনি ব্লিংকেনকে জিজ্ঞেস করলে তিনি বলেন, উত্তর কোরিয়া "
     "রাশিয়াকে গোলা দিচ্ছে।", "blinken"),
    ("ব্রিফিংয়ে মাও নিংকে এ নিয়ে প্রশ্ন করা হলে, তিনি বলেন যে কোরীয় উপদ্বীপে শান্তিই চীনের কাম্য।", "mao_ning"),
    ("এক সাক্ষাৎকারে অ্যান্টনি ব্লিংকেনকে এ নিয়ে প্রশ্ন করা হলে জবাবে তিনি বলেন, উত্তর কোরিয়া রাশিয়াকে গোলা "
     "পাঠাচ্ছে।", "blinken"),
    ("সংবাদ সম্মেলনে মাও নিংকে এ বিষয়ে জিজ্ঞাসা করায় তিনি জানান, উপদ্বীপে উত্তেজনা কমানোই চীনের লক্ষ্য।", "mao_ning"),
])
def test_rA_a_pronoun_answering_a_question_is_the_one_asked(reader: ArticleReader, body: str, who: str) -> None:
    rec = read(reader, BEFORE + body)
    assert claims_by(rec, who), rec.claims
    assert len(claims_by(rec, "putin")) == 1


def test_rA_a_pronoun_after_a_question_to_no_one_named_is_the_last_speaker(reader: ArticleReader) -> None:
    rec = read(reader, BEFORE + "সাংবাদিকদের প্রশ্ন করা হলে তিনি বলেন, উত্তর কোরিয়া রাশিয়ার ঘনিষ্ঠ বন্ধু।")
    assert len(claims_by(rec, "putin")) == 2


@pytest.mark.parametrize("body, who", [
    ("চীনের পররাষ্ট্র মন্ত্রণালয়ের মুখপাত্র মাও নিং এ বিষয়ে বিস্তারিত বলতে চাননি; তিনি শুধু বলেন, "
     "উপদ্বীপে স্থিতিশীলতা চীনের লক্ষ্য।", "mao_ning"),
    ("মার্কিন পররাষ্ট্রমন্ত্রী অ্যান্টনি ব্লিংকেন এ নিয়ে মুখ খোলেননি, তবে তিনি জানিয়েছেন, রাশিয়া উত্তর কোরিয়া "
     "থেকে অস্ত্র কিনছে।", "blinken"),
])
def test_rA_a_pronoun_opening_the_next_clause_is_the_sentences_subject(reader: ArticleReader, body: str,
                                                                       who: str) -> None:
    rec = read(reader, BEFORE + body)
    assert claims_by(rec, who), rec.claims
    assert len(claims_by(rec, "putin")) == 1


# ----------------------------------------------------------------------------------- a quotation goes on

@pytest.mark.parametrize("body", [
    "রুশ পররাষ্ট্রমন্ত্রী সের্গেই লাভরভ সাংবাদিকদের বলেন, “পিয়ংইয়ংয়ের সঙ্গে আমাদের বন্ধুত্ব পুরোনো। ওয়াশিংটন "
    "এই অঞ্চলে অকারণে উত্তেজনা বাড়াচ্ছে। আমরা তা মেনে নেব না।” এরপর তিনি বৈঠকে যোগ দেন।",
    "লাভরভের ভাষায়, ‘পিয়ংইয়ংয়ের সঙ্গে আমাদের বন্ধুত্ব পুরোনো। ওয়াশিংটন এই অঞ্চলে অকারণে উত্তেজনা বাড়াচ্ছে। "
    "আমরা তা মেনে নেব না।’ এরপর তিনি বৈঠকে যোগ দেন।",
    "সের্গেই লাভরভ জানান, \"পিয়ংইয়ংয়ের সঙ্গে আমাদের বন্ধুত্ব পুরোনো। ওয়াশিংটন এই অঞ্চলে অকারণে উত্তেজনা "
    "বাড়াচ্ছে। আমরা তা মেনে নেব না।\" এরপর তিনি বৈঠকে যোগ দেন।",
])
def test_rA_the_sentences_of_a_quotation_after_its_first_are_its_speakers(reader: ArticleReader, body: str) -> None:
    rec = read(reader, body)
    said = claims_by(rec, "lavrov")
    assert len(said) == 3, rec.claims
    assert said[1].text.startswith("ওয়াশিংটন") and said[2].text == "আমরা তা মেনে নেব না।"
    assert not any("বৈঠকে যোগ" in c.text for c in rec.claims)


@pytest.mark.parametrize("body", [
    # a quotation closed in its sentence ("‘শত্রু’" inside it): nothing after it is his
    "সের্গেই লাভরভ বলেন, ‘উত্তর কোরিয়া আমাদের ‘শত্রু’ নয়।’ ওয়াশিংটন এই অঞ্চলে উত্তেজনা বাড়াচ্ছে।",
    # the paragraph ends before a closing mark: the page lost it, the next paragraph is the writer's
    "সের্গেই লাভরভ বলেন, “উত্তর কোরিয়া আমাদের বন্ধু।\n\nওয়াশিংটন এই অঞ্চলে উত্তেজনা বাড়াচ্ছে।”",
])
def test_rA_words_after_a_closed_or_lost_quotation_are_no_ones(reader: ArticleReader, body: str) -> None:
    rec = read(reader, body)
    assert len(claims_by(rec, "lavrov")) == 1, rec.claims
    assert not any(c.text.startswith("ওয়াশিংটন") for c in rec.claims)


# ----------------------------------------------------------------------------------- goods an attack was made with

def accused(rec: ArticleRecord) -> set[str]:
    return {k for c in rec.claims if c.accusation for k in c.about}


@pytest.mark.parametrize("body", [
    "ইউক্রেনের প্রেসিডেন্ট ভলোদিমির জেলেনস্কি অভিযোগ করেন, রাশিয়া উত্তর কোরিয়ার ক্ষেপণাস্ত্র দিয়ে কিয়েভে হামলা "
    "চালিয়েছে।",
    "জেলেনস্কি বলেন, রাশিয়া উত্তর কোরীয় গোলা দিয়েই দনবাসের শহরগুলোতে আক্রমণ চালাচ্ছে।",
    "জেলেনস্কি দাবি করেন, মস্কো পিয়ংইয়ংয়ের ক্ষেপণাস্ত্র দিয়ে খারকিভে বোমাবর্ষণ করেছে।",
])
def test_rA_the_owner_of_goods_an_attack_was_made_with_is_accused_with_the_attacker(reader: ArticleReader,
                                                                                   body: str) -> None:
    rec = read(reader, body)
    assert {"russia", "north_korea"} <= accused(rec), rec.claims


def test_rA_goods_used_told_in_the_passive_accuse_their_owner(reader: ArticleReader) -> None:
    rec = read(reader, "জেলেনস্কি বলেন, গত রাতের হামলায় উত্তর কোরিয়ার ক্ষেপণাস্ত্র ব্যবহৃত হয়েছে।")
    assert "north_korea" in accused(rec), rec.claims


@pytest.mark.parametrize("body", [
    "জেলেনস্কি বলেন, রাশিয়া নিজের ক্ষেপণাস্ত্র দিয়ে কিয়েভে হামলা চালিয়েছে।",   # its own goods: no one else's
    "জেলেনস্কি বলেন, উত্তর কোরিয়ার ক্ষেপণাস্ত্র দিয়ে কিয়েভে কোনো হামলা হয়নি।",  # denied
])
def test_rA_own_goods_or_a_denied_attack_accuse_no_owner(reader: ArticleReader, body: str) -> None:
    rec = read(reader, body)
    assert "north_korea" not in accused(rec), rec.claims


# ----------------------------------------------------------------------------------- "তাঁর ভাষায়" after a genitive person

@pytest.mark.parametrize("body, who", [
    ("চীনের পররাষ্ট্র মন্ত্রণালয়ের মুখপাত্র মাও নিংয়ের কাছে প্রতিক্রিয়া জানতে চাইলে তাঁর ভাষায়, উপদ্বীপে "
     "শান্তিই চীনের লক্ষ্য।", "mao_ning"),
    ("ব্রিফিংয়ে মারিয়া জাখারোভার বক্তব্য ছিল স্পষ্ট; তাঁর মতে, জাপান মিথ্যা ছড়াচ্ছে।", "zakharova"),
    ("অ্যান্টনি ব্লিংকেনের সংবাদ সম্মেলনে প্রশ্ন ছিল একটাই, আর তার কথায়, রাশিয়া উত্তর কোরিয়া থেকে অস্ত্র কিনছে।",
     "blinken"),
])
def test_rA_his_words_after_a_person_in_the_genitive_are_that_persons(reader: ArticleReader, body: str,
                                                                      who: str) -> None:
    rec = read(reader, BEFORE + body)
    assert claims_by(rec, who), rec.claims
    assert len(claims_by(rec, "putin")) == 1


def test_rA_his_words_after_a_subject_and_a_genitive_are_not_the_genitives(reader: ArticleReader) -> None:
    rec = read(reader, BEFORE + "উত্তর কোরিয়ার নেতা কিম জং উন মারিয়া জাখারোভার বক্তব্য শোনেন; তাঁর মতে, জাপান "
                                "মিথ্যা ছড়াচ্ছে।")
    assert not claims_by(rec, "zakharova"), rec.claims


@pytest.mark.parametrize("body", [
    "সের্গেই লাভরভ মস্কোয় ফিরেছেন। “পিয়ংইয়ংয়ের সঙ্গে আমাদের বন্ধুত্ব পুরোনো। ওয়াশিংটন এই অঞ্চলে উত্তেজনা "
    "বাড়াচ্ছে,” বলেন লাভরভ।",
    "সের্গেই লাভরভ মস্কোয় ফিরেছেন। ‘পিয়ংইয়ংয়ের সঙ্গে আমাদের বন্ধুত্ব পুরোনো। ওয়াশিংটন এই অঞ্চলে উত্তেজনা "
    "বাড়াচ্ছে’, সাংবাদিকদের বলেন তিনি।",
])
def test_rA_a_quotation_tagged_after_its_second_sentence_is_the_speakers_from_its_start(reader: ArticleReader,
                                                                                        body: str) -> None:
    rec = read(reader, body)
    said = claims_by(rec, "lavrov")
    assert any(c.text.startswith("পিয়ংইয়ংয়ের সঙ্গে") for c in said), rec.claims
    assert any(c.text.startswith("ওয়াশিংটন") for c in said)
    assert not any("মস্কোয় ফিরেছেন" in c.text for c in rec.claims)


def test_rA_a_sentence_before_a_tag_with_no_quotation_open_is_no_ones(reader: ArticleReader) -> None:
    rec = read(reader, "উত্তর কোরিয়া ‘শত্রু’ নয়। ওয়াশিংটন উত্তেজনা বাড়াচ্ছে, বলেন সের্গেই লাভরভ।")
    assert len(claims_by(rec, "lavrov")) == 1, rec.claims
