"""Reading rules of helper rA (claims side), each on invented sentences."""

from __future__ import annotations

import pytest

from bnkg.builder.article import ArticleReader

from .test_events import claims_by, read

BEFORE = "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন বলেন, দুই দেশের সম্পর্ক আগের চেয়ে ভালো। "


# ----------------------------------------------------------------------------------- the one asked answers

@pytest.mark.parametrize("body, who", [
    ("চীনের পররাষ্ট্র মন্ত্রণালয়ের মুখপাত্র লিন জিয়ানের কাছে এ বিষয়ে জানতে চাইলে তিনি জানান, চীন এ নিয়ে "
     "কিছু বলবে না।", "lin_jian"),
    ("সাংবাদিকেরা মার্কিন পররাষ্ট্রমন্ত্রী অ্যান্টনি ব্লিংকেনকে জিজ্ঞেস করলে তিনি বলেন, উত্তর কোরিয়া "
     "রাশিয়াকে গোলা দিচ্ছে।", "blinken"),
    ("ব্রিফিংয়ে মাও নিংকে এ নিয়ে প্রশ্ন করা হলে, তিনি বলেন যে কোরীয় উপদ্বীপে শান্তিই চীনের কাম্য।", "mao_ning"),
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
