"""Round 12 reading rules (helper r12b): page chrome, dates, persons, claimants — each on invented sentences."""

from __future__ import annotations

import pytest

from bnkg.builder.article import ArticleReader

from .test_events import read

# ----------------------------------------------------------------------------------- related links inside the body

P1 = "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন বৃহস্পতিবার মস্কোয় উত্তর কোরিয়ার নেতা কিম জং উনের সঙ্গে বৈঠক করেছেন।\n"
P2 = ("পরে চীনের পররাষ্ট্র মন্ত্রণালয়ের মুখপাত্র মাও নিং বেইজিংয়ে সাংবাদিকদের বলেন, "
      "দুই দেশের সহযোগিতা নিয়ে তাঁদের কোনো মন্তব্য নেই।\n")


@pytest.mark.parametrize("block", [
    "\n—— পড়তে থাকুন ——\nআরও পড়ুন: ঢাকায় বৃষ্টিতে জলাবদ্ধতা\nআরও পড়ুন: বিশ্বকাপ বাছাইয়ে হার\n————————\n\n",
    "\nআরো পড়ুন: কলকাতায় মেট্রোর নতুন রুট\nআরো পড়ুন » শেয়ারবাজারে দরপতন\n\n",
    "\n▼ বিজ্ঞাপনের পর পড়ুন ▼\nআরও পড়ুন — সিলেটে বন্যা পরিস্থিতি\nআরও পড়ুন — চট্টগ্রামে বন্দরে জট\n"
    "আরও পড়ুন — রাজশাহীতে আমের দাম\n\n",
])
def test_r12b_read_more_links_inside_the_body_do_not_end_it(reader: ArticleReader, block: str) -> None:
    rec = read(reader, P1 + block + P2)
    assert "mao_ning" in {c.claimant for c in rec.claims}
    said = " ".join(s.text for s in rec.article.sentences)
    assert "বৃষ্টিতে" not in said and "শেয়ারবাজারে" not in said and "সিলেটে" not in said


def test_r12b_read_more_links_at_the_foot_still_end_the_article(reader: ArticleReader) -> None:
    rec = read(reader, P1, after="\nআরও পড়ুন: ঢাকায় বৃষ্টিতে জলাবদ্ধতা\nআরও পড়ুন: বিশ্বকাপ বাছাইয়ে হার\n\n"
                                  "মন্তব্য (২)\n")
    assert "বিশ্বকাপ" not in " ".join(s.text for s in rec.article.sentences)
