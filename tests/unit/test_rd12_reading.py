"""rd12: reading dates, claims and persons — each test on invented Bengali pages and sentences."""

from __future__ import annotations

import pytest

from bnkg.builder.article import ArticleReader
from bnkg.builder.records import Article, ArticleRecord, DateValue
from bnkg.builder.segment import segment
from bnkg.mappings import Mappings, default_mappings

from .test_events import HEADLINE, read

BODY = ("রাশিয়ার পররাষ্ট্রমন্ত্রী সের্গেই লাভরভ বুধবার পিয়ংইয়ংয়ে পৌঁছেছেন। তিনি সেখানে উত্তর কোরিয়ার নেতাদের সঙ্গে "
        "বৈঠক করবেন বলে জানা গেছে। দুই দেশের মধ্যে সহযোগিতা বাড়ানোর বিষয়ে আলোচনা হবে।")


@pytest.fixture(scope="module")
def mappings() -> Mappings:
    return default_mappings()


def seg(mappings: Mappings, *lines: str) -> Article:
    """A page of these lines, segmented (test_rC_dates.py reads its pages so too)."""
    return segment("\n".join(lines) + "\n", "/x/page.txt", mappings)


# ------------------------------------------------------------------ publication dates


@pytest.mark.parametrize(("stamp", "day"), [
    ("লাইভ ব্লগ শুরু: 07.11.2025 10:15 IST | লিখছেন: বিশ্ব ডেস্ক", "2025-11-07"),
    ("লাইভ আপডেট শুরু: ০৭.১১.২০২৫, সকাল ১০টা", "2025-11-07"),
    ("Live blog started: 07.11.2025 10:15 IST", "2025-11-07"),
], ids=["bn-live-blog", "bn-live-updates", "en-live-blog"])
def test_rd12_a_live_blogs_start_stamp_is_its_date_not_its_headline(mappings: Mappings, stamp: str, day: str) -> None:
    art = seg(mappings, "খবর বাংলা", "LIVE: " + HEADLINE, stamp, "", BODY)
    assert art.published == DateValue(day, "day")
    assert art.headline is not None and HEADLINE in art.headline


@pytest.mark.parametrize("footer", [
    "Print edition: Friday, November 7, 2025 | দৈনিক খবরপত্র, ৪৫ মতিঝিল, ঢাকা",
    "প্রিন্ট সংস্করণ: শুক্রবার, ৭ নভেম্বর ২০২৫ | দৈনিক খবরপত্র, ২২০ চৌরঙ্গী রোড, কলকাতা",
    "ছাপা সংস্করণ: ৭ নভেম্বর ২০২৫ | খবরপত্র",
], ids=["en-with-address", "bn-with-address", "bn-outlet"])
def test_rd12_a_print_edition_stamp_in_the_footer_with_the_imprint_beside_it(mappings: Mappings, footer: str) -> None:
    art = seg(mappings, "দৈনিক খবরপত্র", "", HEADLINE, "", "নিজস্ব প্রতিবেদক", "", BODY, "", BODY, "",
               "আরও পড়ুন", "» বাজারে চালের দাম বাড়ল", "» সড়কে দুর্ঘটনায় নিহত তিন", "", "মন্তব্য করুন | শেয়ার", "", footer)
    assert art.published == DateValue("2025-11-07", "day")


@pytest.mark.parametrize("line", [
    "ঢাকা ও মস্কো | 07 Nov 2025 18:20 | ওয়েব ডেস্ক",
    "কলকাতা এবং নয়াদিল্লি | ০৭ নভেম্বর ২০২৫ | নিজস্ব প্রতিবেদক",
    "Delhi and Moscow | Nov 7, 2025",
], ids=["o-places-en-month", "ebong-places", "en-and"])
def test_rd12_a_two_city_dateline_beside_the_date(mappings: Mappings, line: str) -> None:
    art = seg(mappings, "খবর বাংলা", "", HEADLINE, "", line, "", BODY)
    assert art.published == DateValue("2025-11-07", "day")


# ------------------------------------------------------------------ persons that are no persons


def _people(rec: ArticleRecord) -> set[str]:
    return {e.label_bn for e in rec.entities if e.type == "Person"}


@pytest.mark.parametrize(("body", "person"), [
    ("রাশিয়ার বিশেষ দূত তো গত সপ্তাহেই পিয়ংইয়ংয়ে গিয়েছিলেন।", None),
    ("রুশ প্রতিনিধি প্রস্তাব দিলে উত্তর কোরীয় মন্ত্রী তা গ্রহণ করেন।", None),
    ("মন্ত্রী নিজেই বৈঠকে উপস্থিত ছিলেন, আর এ বৈঠক বোঝাল যে সম্পর্ক গভীর হচ্ছে।", None),
    ("বৈঠকে এ কে আব্দুল মোমেন বলেন, সম্পর্ক ভালো।", "আব্দুল মোমেন"),
], ids=["to-after-title", "ta-after-title", "ar-e-initials-then-verb", "real-initials"])
def test_rd12_particles_and_pronouns_after_a_title_are_no_name(reader: ArticleReader, body: str,
                                                               person: str | None) -> None:
    """"দূত তো …", "মন্ত্রী তা গ্রহণ …": a particle or a pronoun after a title names no one; "আর এ বৈঠক
    বোঝাল": words that are also initials ("আর", "এ") open a name only before a speaker's verb."""
    people = _people(read(reader, body))
    assert people == ({person} if person else set()), people


@pytest.mark.parametrize("body", [
    "এ নিয়ে কথা বলেছেন ঢাকা বিশ্ববিদ্যালয়ের আন্তর্জাতিক সম্পর্ক বিভাগের অধ্যাপক ড. রোকসানা করিম।",
    "কলকাতা বিশ্ববিদ্যালয়ের অধ্যাপক ড. সুমন্ত্র বসু বলেন, মস্কো পিয়ংইয়ংকে ছাড়বে না।",
], ids=["dhaka-university", "kolkata-university"])
def test_rd12_a_university_named_for_a_city_is_not_the_city_speaking(reader: ArticleReader, body: str) -> None:
    claimants = {c.claimant for c in read(reader, body).claims}
    assert claimants and not claimants & {"bangladesh", "india", "dhaka", "kolkata"}, claimants


# ------------------------------------------------------------------ claimants


@pytest.mark.parametrize(("body", "claimant"), [
    ("রুশ প্রেসিডেন্টের মুখপাত্র দিমিত্রি পেসকভ আগেই বলে রেখেছিলেন, এই সফর নিয়ে কোনো উদ্বেগ নেই।", "peskov"),
    ("মারিয়া জাখারোভা সপ্তাহখানেক আগে জানিয়ে রেখেছিলেন, মস্কো নিষেধাজ্ঞা মানবে না।", "zakharova"),
], ids=["bole-rekhechhilen", "janiye-rekhechhilen"])
def test_rd12_had_said_beforehand_is_a_speech_verb(reader: ArticleReader, body: str, claimant: str) -> None:
    assert [c.claimant for c in read(reader, body).claims] == [claimant]


@pytest.mark.parametrize("tail", [
    "দক্ষিণ কোরিয়ার বার্তা সংস্থা ইয়োনহাপ এ খবর দিয়েছে।",
    "বার্তা সংস্থা ইয়োনহাপ এই খবর জানিয়েছে।",
    "ইয়োনহাপ এমন খবর দিয়েছে।",
], ids=["e-khobor-diyeche", "ei-khobor-janiyeche", "emon-khobor"])
def test_rd12_this_news_given_by_an_agency_is_its_claim(reader: ArticleReader, tail: str) -> None:
    """"X এ খবর দিয়েছে": the previous sentence is X's report."""
    rec = read(reader, "উত্তর কোরিয়া রাশিয়ায় আরও কামানের গোলা পাঠিয়েছে। " + tail)
    assert [c.claimant for c in rec.claims] == ["yonhap"] and rec.claims[0].text.startswith("উত্তর কোরিয়া")


@pytest.mark.parametrize(("body", "claimant"), [
    ("উত্তর কোরিয়ার সঙ্গে চুক্তিটি \"কারও বিরুদ্ধে নয়\", মন্তব্য পুতিনের।", "putin"),
    ("পিয়ংইয়ংয়ের সঙ্গে সামরিক সহযোগিতা আরও বাড়বে, দাবি মস্কোর।", "russia"),
    ("রাশিয়া উত্তর কোরিয়াকে ক্ষেপণাস্ত্র প্রযুক্তি দিচ্ছে, অভিযোগ সিউলের।", "south_korea"),
], ids=["montobyo-putin", "dabi-moscow", "obhijog-seoul"])
def test_rd12_a_trailing_noun_owned_by_the_actor_closing_the_sentence(reader: ArticleReader, body: str,
                                                                     claimant: str) -> None:
    """"…, মন্তব্য পুতিনের।", "…, দাবি মস্কোর।": the words before the comma are the owner's."""
    [c] = read(reader, body).claims
    assert c.claimant == claimant and c.text.startswith(body[:6]), c


# ------------------------------------------------------------------ interviews


INTERVIEW = ("কোরীয় উপদ্বীপের পরিস্থিতি নিয়ে কথা বলেছেন অধ্যাপক ড. রোকসানা করিম।\n"
             "{q} রুশ পররাষ্ট্রমন্ত্রীর সফরকে কীভাবে দেখছেন?\n"
             "{a} সের্গেই লাভরভ গত সপ্তাহে পিয়ংইয়ংয়ে কিম জং উনের সঙ্গে বৈঠক করেছেন। আমার ধারণা, দুই দেশের সামরিক "
             "সহযোগিতা আরও বাড়বে।\n"
             "{q} চীন কী ভাবছে?\n"
             "{a} বেইজিং এ নিয়ে খুব একটা উচ্চবাচ্য করছে না।\n")


@pytest.mark.parametrize(("q", "a"), [
    ("প্রশ্ন:", "রোকসানা করিম:"),
    ("প্র:", "রোকসানা করিম :"),
    ("প্রশ্ন :", "করিম:"),
], ids=["proshno-name", "pro-spaced-colon", "surname-only"])
def test_rd12_an_interviews_answer_label_is_its_speaker_not_a_participant(reader: ArticleReader, q: str,
                                                                          a: str) -> None:
    """On a page of "প্রশ্ন: …" lines, "রোকসানা করিম: …" opens her answer: she is no participant of the
    meeting the answer tells, and the answer's sentences that tell no one else's words are hers."""
    rec = read(reader, INTERVIEW.format(q=q, a=a))
    assert [tuple(sorted(m.participants)) for m in rec.meetings] == [("kim_jong_un", "lavrov")]
    people = {e.key: e.label_bn for e in rec.entities}
    karim = next(k for k, v in people.items() if v == "রোকসানা করিম")
    said = [c.text for c in rec.claims if c.claimant == karim]
    assert any(t.startswith("আমার ধারণা") for t in said) and any(t.startswith("বেইজিং") for t in said), said


def test_rd12_a_colon_line_is_no_answer_without_questions(reader: ArticleReader) -> None:
    """A page with no question labels: "রোকসানা করিম: …" stays one sentence (no interview)."""
    rec = read(reader, "অধ্যাপক ড. রোকসানা করিম এ নিয়ে লিখেছেন।\nমূল কথা: সের্গেই লাভরভ পিয়ংইয়ংয়ে কিম জং উনের সঙ্গে "
                       "বৈঠক করেছেন।\n")
    assert not any(s.text.endswith(":") for s in rec.article.sentences)


@pytest.mark.parametrize(("body", "name"), [
    ("রুশ রাষ্ট্রদূত বৃহস্পতিবার বাণিজ্যমন্ত্রী সুলতানা রাজিয়ার সঙ্গে সচিবালয়ে বৈঠক করেন।", "সুলতানা রাজিয়া"),
    ("রুশ রাষ্ট্রদূত শিক্ষামন্ত্রী দীপঙ্কর মনির সাথে দেখা করেন।", "দীপঙ্কর মনি"),
    ("সমিতির সভাপতি আনোয়ার হোসেনের নেতৃত্বে একটি দল মস্কো গেছে।", "আনোয়ার হোসেন"),
], ids=["minister-with-sangge", "minister-with-sathe", "chair-led-by"])
def test_rd12_a_title_of_no_named_owner_then_a_partners_or_leaders_name(reader: ArticleReader, body: str,
                                                                        name: str) -> None:
    """"বাণিজ্যমন্ত্রী X-এর সঙ্গে", "সভাপতি X-এর নেতৃত্বে": a name of two words in the genitive before
    "with" or "led by", after a title whose owner is not named, is a person (the ending off its label)."""
    assert name in _people(read(reader, body))


def test_rd12_one_word_after_a_title_before_with_is_no_new_person(reader: ArticleReader) -> None:
    assert not _people(read(reader, "রুশ রাষ্ট্রদূত বাণিজ্যমন্ত্রীর সঙ্গে সচিবালয়ে বৈঠক করেন।"))


@pytest.mark.parametrize(("body", "claimant"), [
    ("পুতিন কিম জং উনকে পাঠানো এক বার্তায় সব ধরনের সহায়তার প্রস্তাব দিয়েছেন।", "putin"),
    ("রাশিয়া উত্তর কোরিয়াকে বিনা শুল্কে গম পাঠানোর প্রস্তাব দিয়েছে।", "russia"),
    ("কিমকে লেখা চিঠিতে পুতিন যৌথ মহড়ার প্রস্তাব করেছেন।", "putin"),
], ids=["offer-in-message", "state-offers", "proposal-in-letter"])
def test_rd12_an_offer_is_a_statement(reader: ArticleReader, body: str, claimant: str) -> None:
    assert [c.claimant for c in read(reader, body).claims] == [claimant]


@pytest.mark.parametrize(("first", "then"), [
    ("মার্কিন সাইবার-নিরাপত্তা সংস্থা ম্যান্ডিয়ান্টের গবেষকেরাই প্রথম হামলাটি ধরেন।", "ম্যান্ডিয়ান্ট দাবি করেছে"),
    ("ব্রিটিশ গবেষণা প্রতিষ্ঠান চ্যাটাম হাউসের বিশ্লেষকরা বিষয়টি খতিয়ে দেখছেন।", "চ্যাটাম হাউস দাবি করেছে"),
], ids=["firm-researchers", "institute-analysts"])
def test_rd12_a_firm_named_by_its_people_then_by_its_name_alone_claims(reader: ArticleReader, first: str,
                                                                      then: str) -> None:
    """"সংস্থা X-এর বিশ্লেষকরা …" introduces firm X (a genitive before a plural of people); "X দাবি
    করেছে, …" later, its name alone, is X speaking."""
    rec = read(reader, f"{first} {then}, উত্তর কোরিয়ার হ্যাকাররা নতুন পথ পেয়েছে।")
    orgs = {e.key: e.label_bn for e in rec.entities if e.type == "Organization"}
    assert then.rsplit(" ", 2)[0] in orgs.values(), orgs
    assert [orgs.get(c.claimant) for c in rec.claims] == [then.rsplit(" ", 2)[0]]


@pytest.mark.parametrize(("body", "name"), [
    ("বৃহস্পতিবার কৃষিমন্ত্রী আবদুর রাজ্জাকের সঙ্গে বৈঠক করেন রুশ রাষ্ট্রদূত। পরে কৃষিমন্ত্রী বলেন, গম আমদানি বাড়বে।",
     "আবদুর রাজ্জাক"),
    ("ব্যবসায়ীরা সভাপতি করিম উদ্দিনের নেতৃত্বে মন্ত্রণালয়ে যান। সভাপতি জানিয়েছেন, রপ্তানি আটকে আছে।",
     "করিম উদ্দিন"),
], ids=["minister-again", "chair-again"])
def test_rd12_the_title_alone_later_is_the_person_it_introduced(reader: ArticleReader, body: str, name: str) -> None:
    """A title with no owner that introduced a name ("কৃষিমন্ত্রী আবদুর রাজ্জাকের সঙ্গে") stands for that
    person when the article repeats it alone ("কৃষিমন্ত্রী বলেন, …")."""
    rec = read(reader, body)
    people = {e.key: e.label_bn for e in rec.entities if e.type == "Person"}
    assert [people.get(c.claimant) for c in rec.claims] == [name], (people, rec.claims)


def test_rd12_an_owned_title_alone_is_not_an_unowned_namesake(reader: ArticleReader) -> None:
    rec = read(reader, "বৃহস্পতিবার কৃষিমন্ত্রী আবদুর রাজ্জাকের সঙ্গে বৈঠক হয়। রাশিয়ার কৃষিমন্ত্রী বলেন, গম রপ্তানি বাড়বে।")
    people = {e.key: e.label_bn for e in rec.entities if e.type == "Person"}
    assert all(people.get(c.claimant) != "আবদুর রাজ্জাক" for c in rec.claims)


# ------------------------------------------------------------------ accusations


@pytest.mark.parametrize(("body", "accuser", "accused"), [
    ("জাখারোভা বলেছেন, যুক্তরাষ্ট্র নিজেই নিরাপত্তা পরিষদের প্রস্তাব ভেঙেছে।", "zakharova", "usa"),
    ("দক্ষিণ কোরিয়া দাবি করেছে, উত্তর কোরিয়ার হ্যাকাররা বিদেশি ব্যাংক থেকে তথ্য চুরির চেষ্টা করেছে।", "south_korea",
     "north_korea"),
    ("জাপান অভিযোগ করেছে, বিভিন্ন দেশ থেকে কোটি ডলার হাতানোর পিছনে উত্তর কোরিয়া রয়েছে।", "japan", "north_korea"),
], ids=["breaking-a-resolution", "trying-to-steal-data", "grabbing-dollars"])
def test_rd12_breaking_a_resolution_or_stealing_is_a_wrongdoing(reader: ArticleReader, body: str, accuser: str,
                                                                accused: str) -> None:
    [c] = read(reader, body).claims
    assert (c.claimant, c.accusation, c.about) == (accuser, True, (accused,)), c


def test_rd12_a_speaker_does_not_accuse_their_own_body(reader: ArticleReader) -> None:
    """"কাল্লাস বলেছেন, রাশিয়া … প্রস্তাব ভাঙছে, এবং ইইউ … ভাবছে": the EU, her own body, is not accused."""
    [c] = read(reader, "কায়া কাল্লাস বলেছেন, রাশিয়া নিজের ভোট দেওয়া প্রস্তাব ভাঙছে, আর ইইউ নতুন নিষেধাজ্ঞার কথা ভাবছে।").claims
    assert (c.claimant, c.accusation, c.about) == ("kallas", True, ("russia",)), c


@pytest.mark.parametrize(("body", "name"), [
    ("পরে তিনি ইউক্রেনের মানবাধিকার কমিশনার ওলেনা কোভালেঙ্কোর সঙ্গেও বৈঠক করেন।", "ওলেনা কোভালেঙ্কো"),
    ("রাশিয়ার মানবাধিকার কমিশনার আন্না পেত্রোভা বলেন, বন্দি বিনিময় শিগগির হবে।", "আন্না পেত্রোভা"),
    ("দেশটির ন্যায়পাল ইভান সিদোরভ জানিয়েছেন, তদন্ত চলছে।", "ইভান সিদোরভ"),
], ids=["commissioner-with-o", "commissioner-speaks", "ombudsman"])
def test_rd12_a_human_rights_commissioner_introduces_a_name(reader: ArticleReader, body: str, name: str) -> None:
    assert name in _people(read(reader, body))
