"""Round 12 reading rules (helper r12b): page chrome, dates, persons, claimants — each on invented sentences."""

from __future__ import annotations

import pytest

from bnkg.builder.article import ArticleReader

from .test_events import PUB_2024, read

# ----------------------------------------------------------------------------------- related links inside the body

P1 = "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন বৃহস্পতিবার মস্কোয় উত্তর কোরিয়ার নেতা কিম জং উনের সঙ্গে বৈঠক করেছেন।\n"
P2 = ("পরে চীনের পররাষ্ট্র মন্ত্রণালয়ের মুখপাত্র মাও নিং বেইজিংয়ে সাংবাদিকদের বলেন, "
      "দুই দেশের সহযোগিতা নিয়ে তাঁদের কোনো মন্তব্য নেই।\n")


@pytest.mark.parametrize("block", [
    "\n—— পড়তে থাকুন ——\nআরও পড়ুন: ঢাকায় বৃষ্টিতে জলাবদ্ধতা\nআরও পড়ুন: বিশ্বকাপ বাছাইয়ে হার\n————————\n\n",
    "\nআরো পড়ুন: কলকাতায় মেট্রোর নতুন রুট\nআরো পড়ুন » শেয়ারবাজারে দরপতন\n\n",
    "\n▼ বিজ্ঞাপনের পর পড়ুন ▼\nআরও পড়ুন — সিলেটে বন্যা পরিস্থিতি\nআরও পড়ুন — চট্টগ্রামে বন্দরে জট\n"
    "আরও পড়ুন — রাজশাহীতে আমের দাম\n\n",
    "\nএ বিষয়ে আরও পড়ুন: সিলেটে বন্যা পরিস্থিতি\nআরও পড়তে পারেন: শেয়ারবাজারে দরপতন\n\n",
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


# ----------------------------------------------------------------------------------- where the date is

BODY = ("রাশিয়ার একটি প্রতিনিধিদল গত সপ্তাহে পিয়ংইয়ংয়ে গিয়ে উত্তর কোরিয়ার কর্মকর্তাদের সঙ্গে বাণিজ্য নিয়ে "
        "আলোচনা করেছে বলে জানা গেছে।\n\nদুই দেশের মধ্যে রেল যোগাযোগ বাড়ানোর কথাও হয়েছে বলে কর্মকর্তারা জানান।\n")
MENU = "প্রথম পাতা | দেশ | বিদেশ | খেলা | বিনোদন | মতামত\n"


@pytest.mark.parametrize("masthead, day", [
    ("আজকের বার্তা  •  কলকাতা  •  বুধবার ৯ অগস্ট ২০০৬  •  ২৫ শ্রাবণ ১৪১৩", "2006-08-09"),
    ("দৈনিক সময়কাল · শিলিগুড়ি · শুক্রবার ৩ মার্চ ২০১৭ · ১৯ ফাল্গুন ১৪২৩", "2017-03-03"),
])
def test_r12b_a_masthead_naming_outlet_and_city_between_bullets_dates_the_issue(
        reader: ArticleReader, masthead: str, day: str) -> None:
    rec = reader.read_string(f"{masthead}\n{MENU}\nবিদেশ\n\nপিয়ংইয়ংয়ে রুশ প্রতিনিধিদল, বাণিজ্য নিয়ে আলোচনা\n\n"
                             f"নিজস্ব প্রতিবেদন ও সংবাদ সংস্থা\n\n{BODY}", "t.txt")
    assert rec.article.published is not None and rec.article.published.value == day
    assert rec.article.headline is not None and rec.article.headline.startswith("পিয়ংইয়ংয়ে")


@pytest.mark.parametrize("header, dateline, day", [
    ("৪ মার্চ ২০২৫ মঙ্গলবার", "লন্ডন, ৩ মার্চ (এএফপি) – ", "2025-03-04"),
    ("বৃহস্পতিবার, ১২ জুন ২০২৫", "মস্কো, ১২ জুন (রয়টার্স): ", "2025-06-12"),
])
def test_r12b_a_header_date_the_datelines_day_confirms_is_the_articles(
        reader: ArticleReader, header: str, dateline: str, day: str) -> None:
    rec = reader.read_string(f"বিশ্বখবর ডটকম\n{MENU}{header}\n\n{dateline}{BODY}", "t.txt")
    assert rec.article.published is not None and rec.article.published.value == day


def test_r12b_a_header_date_far_from_the_dateline_is_not_taken(reader: ArticleReader) -> None:
    rec = reader.read_string(f"বিশ্বখবর ডটকম\n{MENU}৪ মার্চ ২০২৫ মঙ্গলবার\n\nলন্ডন, ২০ জানুয়ারি (এএফপি) – {BODY}", "t.txt")
    assert rec.article.published is None or rec.article.published.value != "2025-03-04"


@pytest.mark.parametrize("footer, day", [
    ("শনিবার, ১০ জানুয়ারি ২০২৬ সংখ্যা | মূল্য: ২০ টাকা\nসম্পাদকীয় দপ্তর: ৪২ কলেজ রো, কলকাতা", "2026-01-10"),
    ("পুরোনো লেখা\n◇ রবীন্দ্রনাথের চিঠি\n◇ বঙ্গভঙ্গের দিনগুলি\n\n১৫ আগস্ট ২০২৪ সংখ্যা", "2024-08-15"),
])
def test_r12b_a_print_issues_line_in_the_footer_dates_the_article(reader: ArticleReader, footer: str, day: str) -> None:
    rec = read(reader, BODY, published=None, after="\n" + footer + "\n")
    assert rec.article.published is not None and rec.article.published.value == day


# ----------------------------------------------------------------------------------- persons

def people(rec) -> set[str]:  # noqa: ANN001 — the label (or key) of every person the article mentions
    ents = {e.key: e for e in rec.entities}
    return {ents[k].label_bn if k.startswith("person-") else k for k in rec.mentioned
            if k in ents and ents[k].type == "Person"}


@pytest.mark.parametrize("body", [
    "চুক্তিতে রাশিয়ার পক্ষে উপমন্ত্রী আন্তন কোবিয়াকভ এবং উত্তর কোরিয়ার পক্ষে দেশটির বাণিজ্যমন্ত্রী স্বাক্ষর করেন।",
    "দ্বিতীয়ার্ধে রাশিয়ার কোচ বদলি হিসেবে দুজন তরুণ খেলোয়াড়কে মাঠে নামান।",
    "পিয়ংইয়ংয়ের নতুন হাসপাতালটি উত্তর কোরিয়ার স্বাস্থ্যমন্ত্রী উদ্বোধন করেন বলে কেসিএনএ জানিয়েছে।",
])
def test_r12b_a_noun_after_a_title_is_no_name(reader: ArticleReader, body: str) -> None:
    rec = read(reader, body)
    labels = people(rec)
    assert not any(w in label for label in labels for w in ("স্বাক্ষর", "বদলি", "উদ্বোধন")), labels


@pytest.mark.parametrize("body, name", [
    ("মস্কো থেকে আসা প্রতিনিধিদলের নেতৃত্ব দেন ভোলোকোলামস্কের আর্চবিশপ ইলারিয়ন, যিনি গির্জার বৈদেশিক বিভাগের প্রধান।",
     "ইলারিয়ন"),
    ("অনুষ্ঠানে মাওলানা আবদুল হালিম বলেন, দুই দেশের মানুষের সম্পর্ক আরও গভীর হবে।", "আবদুল হালিম"),
    ("ঢাকায় রুশ দূতাবাসের কাউন্সেলর ইগর সোকোলভ সম্প্রতি চট্টগ্রাম বন্দর পরিদর্শন করেছেন।", "ইগর সোকোলভ"),
])
def test_r12b_a_religious_title_or_a_diplomats_rank_introduces_a_person(
        reader: ArticleReader, body: str, name: str) -> None:
    assert name in people(read(reader, body))


@pytest.mark.parametrize("body, name", [
    ("প্রবীণ রুশ কূটনীতিক নিকোলাই আলেক্সান্দ্রোভিচ বেলভ আর নাই। মস্কোর একটি হাসপাতালে তিনি মারা গেছেন।",
     "নিকোলাই আলেক্সান্দ্রোভিচ বেলভ"),
    ("ভালেন্তিনা ইভানোভনা পেত্রোভা দীর্ঘ দিন পিয়ংইয়ংয়ে রুশ দূতাবাসে কাজ করেছেন।", "ভালেন্তিনা ইভানোভনা পেত্রোভা"),
])
def test_r12b_a_russian_name_with_its_patronymic_is_a_person(reader: ArticleReader, body: str, name: str) -> None:
    assert name in people(read(reader, body))


@pytest.mark.parametrize("body, name", [
    ("ছত্রিশ মিনিটে অধিনায়ক কিম সন হি-র শট ক্রসবারে লেগে ফেরে।", "কিম সন হি"),
    ("দ্বিতীয়ার্ধে গোলরক্ষক কিম ইউন জু-কে বদলে নামানো হয়।", "কিম ইউন জু"),
])
def test_r12b_a_korean_name_with_an_ending_after_a_hyphen_is_no_known_kim(
        reader: ArticleReader, body: str, name: str) -> None:
    found = people(read(reader, body))
    assert name in found and "kim_jong_un" not in found and "yoon_suk_yeol" not in found


def test_r12b_both_leaders_are_the_two_the_sentence_just_named(reader: ArticleReader) -> None:
    rec = read(reader, "সে সময় দোভাষী ছিলেন ভিক্তর আলেক্সান্দ্রোভিচ সামোইলভ। সেই সফরে পুতিন ও কিম জং ইলের দীর্ঘ "
                       "আলোচনা হয়, এবং উভয় নেতা একটি যৌথ ঘোষণাপত্রে স্বাক্ষর করেন।", published="১০ জানুয়ারি ২০০১")
    assert {tuple(sorted(m.participants)) for m in rec.meetings} == {("kim_jong_il", "putin")}


@pytest.mark.parametrize("box", [
    "----------------------------------\nফিরে দেখা: মস্কো–পিয়ংইয়ং\n• জুলাই ২০০০: পুতিনের পিয়ংইয়ং সফর\n"
    "• আগস্ট ২০০১: ট্রেনে মস্কো গেলেন কিম জং ইল\n----------------------------------\n\n",
    "==========\nএক নজরে\n▪ দুই দেশের বাণিজ্য: ৩৪ কোটি ডলার\n▪ সীমান্ত: ১৭ কিলোমিটার\n==========\n\n",
])
def test_r12b_a_box_framed_by_rules_inside_the_body_does_not_end_it(reader: ArticleReader, box: str) -> None:
    rec = read(reader, P1 + "\n" + box + P2)
    assert "mao_ning" in {c.claimant for c in rec.claims}
    said = " ".join(s.text for s in rec.article.sentences)
    assert "ফিরে দেখা" not in said and "এক নজরে" not in said


def test_r12b_a_title_before_a_name_introduced_earlier_is_that_person(reader: ArticleReader) -> None:
    rec = read(reader, "প্রতিনিধিদলের নেতৃত্ব দেন ভোলোকোলামস্কের আর্চবিশপ ইলারিয়ন, যিনি গির্জার বৈদেশিক বিভাগের প্রধান।\n\n"
                       "আর্চবিশপ ইলারিয়ন অনুষ্ঠানের পরে বলেন, এই গির্জা দুই দেশের মানুষের মধ্যে সেতুবন্ধন হবে।")
    ents = {e.key: e for e in rec.entities}
    assert {ents[c.claimant].label_bn for c in rec.claims if c.claimant in ents} == {"ইলারিয়ন"}
    assert people(rec) == {"ইলারিয়ন"}


# ----------------------------------------------------------------------------------- claimants

def claimant_labels(rec) -> set[str]:  # noqa: ANN001
    ents = {e.key: e for e in rec.entities}
    return {ents[c.claimant].label_bn if c.claimant.startswith(("person-", "org-")) else c.claimant
            for c in rec.claims if c.claimant in ents}


@pytest.mark.parametrize("body, who", [
    ("রুশ পররাষ্ট্র মন্ত্রণালয়ের মুখপাত্র মারিয়া জাখারোভা এক শোকবার্তায় লিখিয়াছেন, “দুই দেশের বন্ধুত্ব চিরকাল অটুট "
     "থাকিবে।”", "zakharova"),
    ("উত্তর কোরিয়ার নেতা কিম জং উন মস্কোয় শোকবার্তা পাঠাইয়াছেন বলিয়া কোরিয়ান সেন্ট্রাল নিউজ এজেন্সি জানাইয়াছে।", "kcna"),
    ("রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন সাংবাদিকদের বলিয়াছেন, পিয়ংইয়ংয়ের সহিত সম্পর্ক আরও দৃঢ় হইবে।", "putin"),
    ("উত্তর কোরিয়ার পররাষ্ট্রমন্ত্রী চোয়ে সন হুই মস্কোর নিকট এক পত্রে গভীর উদ্বেগ প্রকাশ করিয়াছেন।", "choe_son_hui"),
])
def test_r12b_sadhu_bhasha_reporting_verbs_make_claims(reader: ArticleReader, body: str, who: str) -> None:
    assert who in claimant_labels(read(reader, body))


@pytest.mark.parametrize("body", [
    "লন্ডন, ৩ মার্চ (এএফপি) – উত্তর কোরিয়ার পাঠানো কামান রুশ বাহিনী ব্যবহার করছে বলে দাবি করা হয়েছে ব্রিটিশ গবেষণা "
    "প্রতিষ্ঠান ইন্টারন্যাশনাল সিকিউরিটি স্টাডিজ সেন্টার (আইএসএসসি)-এর এক নতুন প্রতিবেদনে। প্রতিবেদনটিতে বলা হয়েছে, "
    "গত বছর অন্তত একশো রকেট লঞ্চার রেলপথে রাশিয়ায় পৌঁছেছে।",
    "উত্তর কোরিয়া রাশিয়াকে গোলাবারুদ দিয়েছে বলে উল্লেখ করা হয়েছে জাতিসংঘের বিশেষজ্ঞ প্যানেলের বার্ষিক প্রতিবেদনে।",
])
def test_r12b_a_passive_claim_told_in_a_named_report_is_the_reports_author(reader: ArticleReader, body: str) -> None:
    rec = read(reader, body)
    assert rec.claims and all(c.claimant != "uk" for c in rec.claims)
    owners = claimant_labels(rec)
    assert len(owners) == 1 and not owners & {"russia", "north_korea"}, owners
    first = rec.claims[0]
    assert not first.text.startswith("লন্ডন") and not first.text.startswith("ব্রিটিশ")


P0 = "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন বৃহস্পতিবার মস্কোয় উত্তর কোরিয়ার নেতা কিম জং উনের সঙ্গে বৈঠক করেছেন। "


@pytest.mark.parametrize("question", ["যুক্তরাষ্ট্র কী বলেছিল?", "মস্কো এ বিষয়ে কী জানিয়েছে?",
                                      "জাপান কেন এমন মন্তব্য করল?"])
def test_r12b_a_question_about_what_was_said_is_no_claim(reader: ArticleReader, question: str) -> None:
    rec = read(reader, P0 + question)
    assert not rec.claims


def test_r12b_a_quoted_question_is_still_its_speakers(reader: ArticleReader) -> None:
    assert "putin" in claimant_labels(read(reader, P0 + "পুতিন বলেন, কেন আমরা চুপ থাকব?"))


@pytest.mark.parametrize("body, label", [
    ("দুই দেশের সীমান্ত চেকপোস্ট আগামী মাস থেকে খুলে দেওয়া হবে। রুশ ফেডারেল কাস্টমস সার্ভিস শুক্রবার এক "
     "বিজ্ঞপ্তিতে এ তথ্য জানিয়েছে।", "রুশ ফেডারেল কাস্টমস সার্ভিস"),
    ("রুশ কাস্টমস কর্মকর্তাদের হিসাবে, গত বছর এই সীমান্ত দিয়ে প্রায় ৩৪ হাজার টন পণ্য পারাপার হয়েছে।", None),
])
def test_r12b_a_states_customs_service_speaks(reader: ArticleReader, body: str, label: str | None) -> None:
    rec = read(reader, body)
    ents = {e.key: e for e in rec.entities}
    speakers = {c.claimant for c in rec.claims}
    assert "russia-customs" in speakers
    assert "russian_officials" not in speakers
    if label is not None:
        assert label in ents["russia-customs"].aliases


@pytest.mark.parametrize("body", [
    "মহাকাশ সহযোগিতা নিয়ে কথা বলেছেন রুশ মহাকাশ সংস্থা রসকসমসের মহাপরিচালক ইউরি বরিসভ। উত্তর কোরিয়ার নেতা কিম জং উন "
    "কসমোড্রোম ঘুরে দেখেছিলেন — এ কথা মনে করিয়ে দিয়ে রুশ কর্মকর্তা বলেন, “আমরা শান্তিপূর্ণ গবেষণার কথা বলছি।”",
    "রুশ মহাকাশ সংস্থা রসকসমসের মহাপরিচালক ইউরি বরিসভ বৃহস্পতিবার পিয়ংইয়ং সফর করেন। সফর শেষে রাশিয়ার কর্মকর্তা "
    "জানান, দুই দেশ যৌথ প্রশিক্ষণ কর্মসূচি নিয়ে কাজ করবে।",
])
def test_r12b_a_bare_singular_official_of_a_state_is_its_person_named_last(reader: ArticleReader, body: str) -> None:
    assert claimant_labels(read(reader, body)) == {"ইউরি বরিসভ"}


def test_r12b_one_official_or_officials_stay_unnamed(reader: ArticleReader) -> None:
    rec = read(reader, "রুশ মহাকাশ সংস্থা রসকসমসের মহাপরিচালক ইউরি বরিসভ বৃহস্পতিবার পিয়ংইয়ং সফর করেন। রুশ কর্মকর্তারা "
                       "জানান, দুই দেশ যৌথ প্রশিক্ষণ কর্মসূচি নিয়ে কাজ করবে।")
    assert "ইউরি বরিসভ" not in claimant_labels(rec)


def test_r12b_one_official_of_a_state_stays_unnamed(reader: ArticleReader) -> None:
    rec = read(reader, "রুশ মহাকাশ সংস্থা রসকসমসের মহাপরিচালক ইউরি বরিসভ বৃহস্পতিবার পিয়ংইয়ং সফর করেন। এক রুশ কর্মকর্তা "
                       "জানান, দুই দেশ যৌথ প্রশিক্ষণ কর্মসূচি নিয়ে কাজ করবে।")
    assert "ইউরি বরিসভ" not in claimant_labels(rec)


@pytest.mark.parametrize("body, who", [
    ("বৈঠক নিয়ে রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের একটি বক্তব্য প্রকাশ করেছে তাস: “উত্তর কোরিয়া আমাদের ঘনিষ্ঠ প্রতিবেশী।”",
     "putin"),
    ("সফর শেষে উত্তর কোরিয়ার নেতা কিম জং উনের দীর্ঘ মন্তব্য প্রচার করেছে রাষ্ট্রীয় টেলিভিশন: ‘রাশিয়া আমাদের পরীক্ষিত "
     "বন্ধু।’", "kim_jong_un"),
])
def test_r12b_a_statement_named_before_a_colon_quote_is_its_owners(reader: ArticleReader, body: str, who: str) -> None:
    rec = read(reader, body, published=PUB_2024)
    said = [c for c in rec.claims if c.claimant == who]
    assert said and "আমাদের" in said[0].text


def test_r12b_a_statement_noun_without_a_quote_after_a_colon_makes_no_claim(reader: ArticleReader) -> None:
    rec = read(reader, "বৈঠক নিয়ে রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের একটি বক্তব্য প্রকাশ করেছে তাস। সেখানে দুই দেশের বাণিজ্য "
                       "নিয়েও কথা হয়েছে।", published=PUB_2024)
    assert "putin" not in {c.claimant for c in rec.claims}


QA = ("সম্প্রতি পিয়ংইয়ং ঘুরে এসেছেন বাংলাদেশের একজন সাবেক কূটনীতিক। তাঁর সঙ্গে কথা বলেছেন আমাদের প্রতিবেদক।\n\n"
      "প্রশ্ন: পিয়ংইয়ংয়ে পরিবেশ কেমন দেখলেন?\n{who}: শহরটি খুব শান্ত ছিল। রুশ পর্যটকদের সংখ্যা আগের চেয়ে অনেক বেড়েছে।\n\n"
      "প্রশ্ন: রাশিয়ার সঙ্গে সম্পর্ক নিয়ে কী শুনলেন?\n{who}: রাশিয়া ও উত্তর কোরিয়ার সম্পর্ক এখন সবচেয়ে ঘনিষ্ঠ পর্যায়ে "
      "রয়েছে বলে আমার মনে হয়েছে।\n")


@pytest.mark.parametrize("who", ["রফিকুল আলম", "নাসরিন সুলতানা চৌধুরী"])
def test_r12b_an_interviews_unknown_speaker_label_is_a_person(reader: ArticleReader, who: str) -> None:
    rec = read(reader, QA.format(who=who))
    assert who in people(rec)
    assert claimant_labels(rec) == {who}


def test_r12b_an_answer_label_is_no_person(reader: ArticleReader) -> None:
    rec = read(reader, QA.format(who="উত্তর"))
    assert not people(rec)


@pytest.mark.parametrize("body", [
    "গির্জার এক ধর্মযাজক হিসেবে তিনি পিয়ংইয়ংয়ে কাজ করেন। মেট্রোপলিটান হিসেবে তাঁর দায়িত্ব অনেক।",
    "আর্চবিশপ পদে তাঁকে নিয়োগ দেওয়া হয়। উত্তর কোরিয়ার নেতা কিম জং উন পিয়ংইয়ংয়ে বৈঠক করেন।",
])
def test_r12b_a_religious_title_with_no_name_after_it_makes_no_person(reader: ArticleReader, body: str) -> None:
    assert not {p for p in people(read(reader, body)) if p != "kim_jong_un"}


@pytest.mark.parametrize("body, agency, inner", [
    ("এদিকে দক্ষিণ কোরিয়ার বার্তা সংস্থা ইয়োনহাপ সরকারি সূত্রের বরাত দিয়ে জানিয়েছে, সিউলের একত্রীকরণ মন্ত্রণালয় মনে করে "
     "এই চেকপোস্ট দিয়ে উত্তর কোরীয় শ্রমিকদের রাশিয়ায় পাঠানো সহজ হবে। মস্কো অবশ্য এ অভিযোগ আগেও নাকচ করেছে।",
     "yonhap", "south-korea-unification-ministry"),
    ("বার্তা সংস্থা এএফপি কূটনৈতিক সূত্রের বরাত দিয়ে জানিয়েছে, জাপানের প্রতিরক্ষা মন্ত্রণালয় মনে করে রাশিয়া "
     "উত্তর কোরিয়াকে ক্ষেপণাস্ত্র প্রযুক্তি দিচ্ছে।", "afp", "japan-defence-ministry"),
])
def test_r12b_a_wire_citing_sources_reports_an_inner_speakers_view(reader: ArticleReader, body: str, agency: str,
                                                                   inner: str) -> None:
    rec = read(reader, body)
    said = {c.claimant for c in rec.claims}
    assert inner in said and "north_korea" not in said
    assert all(c.kind == "denied" for c in rec.claims if c.claimant == "russia")  # (Moscow's denial only)
    assert not any(c.accusation and inner in c.about for c in rec.claims if c.claimant == agency)
    held = [c for c in rec.claims if c.claimant == inner]
    assert all(not c.text.startswith(("এদিকে", "বার্তা")) for c in held)


def test_r12b_framed_advertisement_slots_inside_the_body_are_skipped(reader: ArticleReader) -> None:
    ads = "\n—— বিজ্ঞাপন ——\n\n** বিজ্ঞাপন **\n\n— বিজ্ঞাপন: পুরাতন সংখ্যা সংগ্রহ, সুলভ মূল্যে —\n\n"
    rec = read(reader, P1 + ads + P2)
    assert "mao_ning" in {c.claimant for c in rec.claims}
    assert "সুলভ" not in " ".join(s.text for s in rec.article.sentences)
