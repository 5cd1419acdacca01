"""A synthetic corpus of Bengali news articles about Russia–North Korea relations, for benchmarks.

    python benchmarks/corpus.py N OUTDIR [--seed S]      # writes N .txt articles into OUTDIR

Why: the seed articles are a handful; scale needs thousands of pages that look like the real ones.
Each article is a scraped-looking page — breadcrumb menu, date lines, headline, desk byline,
"প্রকাশিত/আপডেট" stamps, body paragraphs, "আরও পড়ুন" links, a source line, initials, share
buttons and a "আরও খবর" list — whose body reports visits, meetings, agreements, claims and
accusations in the phrasing of Bangla outlets, with relative and absolute dates, role references
("রুশ প্রেসিডেন্ট"), pronouns and background sentences.  Names come from bnkg's gazetteer, so the
extractor recognises them.  The same ``(n, seed)`` always gives the same files, and no two texts are
equal (bnkg would build a duplicate once).

    from benchmarks.corpus import generate
    for name, text in generate(10_000, seed=1): ...
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make bnkg importable from a checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bnkg.builder.article import ArticleReader
from bnkg.builder.graph import record_triples
from bnkg.builder.read import normalise
from bnkg.builder.segment import segment
from bnkg.mappings import default_mappings
from bnkg.mappings.gazetteer import ActorEntry, Gazetteer, PlaceEntry

__all__ = ["SHAPES", "generate", "measure", "write"]

DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
MONTHS = ["জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর",
          "নভেম্বর", "ডিসেম্বর"]
WEEKDAYS = ["সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রবিবার"]
VOWEL_SIGNS = set("ািীুূৃেৈোৌ")
START, END = dt.date(2019, 1, 1), dt.date(2025, 6, 30)

BREADCRUMBS = ["হোম » আন্তর্জাতিক » এশিয়া", "প্রচ্ছদ / আন্তর্জাতিক", "হোম » বিশ্ব", "আন্তর্জাতিক › এশিয়া",
               "প্রথম পাতা » বিশ্ব সংবাদ", "হোম / আন্তর্জাতিক / ইউরোপ"]
DESKS = ["আন্তর্জাতিক ডেস্ক", "অনলাইন ডেস্ক", "বিশ্ব ডেস্ক", "ডেস্ক রিপোর্ট", "আন্তর্জাতিক ডেস্ক, ঢাকা"]
INITIALS = ["আরএ/জেকে", "এমএইচ/এএসএম", "এসএ/এমএস", "টিএম", "এনএইচ/এমকেআর", "জেডএইচ/এএইচ"]
OTHER_NEWS = ["ইউক্রেনে ড্রোন হামলায় বিদ্যুৎকেন্দ্র অচল", "চীন-জাপান বৈঠক আগামী মাসে", "ইউরোপে জ্বালানির দাম আবার ঊর্ধ্বমুখী",
              "গাজায় যুদ্ধবিরতি আলোচনায় অগ্রগতি নেই", "তাইওয়ান প্রণালিতে মার্কিন যুদ্ধজাহাজ", "ভারতে তাপপ্রবাহে জনজীবন বিপর্যস্ত",
              "জাপানে ভূমিকম্প, সুনামি সতর্কতা", "মিয়ানমার সীমান্তে গোলাগুলি", "ব্রিকস সম্মেলনে নতুন সদস্য",
              "তেলের দাম কমল বিশ্ববাজারে", "ফ্রান্সে পেনশন সংস্কারবিরোধী বিক্ষোভ", "জাতিসংঘে জলবায়ু তহবিল নিয়ে বিতর্ক"]
BACKGROUND = [
    "ইউক্রেন যুদ্ধ শুরুর পর থেকে মস্কো ও পিয়ংইয়ংয়ের সম্পর্ক দ্রুত ঘনিষ্ঠ হয়েছে।",
    "দুই দেশই পশ্চিমা নিষেধাজ্ঞার আওতায় রয়েছে।",
    "উত্তর কোরিয়ার পারমাণবিক কর্মসূচির কারণে দেশটির ওপর জাতিসংঘের একাধিক নিষেধাজ্ঞা বহাল আছে।",
    "স্নায়ুযুদ্ধের সময় থেকেই সোভিয়েত ইউনিয়ন ছিল উত্তর কোরিয়ার প্রধান মিত্র।",
    "সীমান্তবর্তী তুমেন নদীর ওপর দিয়ে দুই দেশের মধ্যে রেল যোগাযোগ রয়েছে।",
    "বিশ্লেষকেরা বলছেন, এই ঘনিষ্ঠতা কোরীয় উপদ্বীপের নিরাপত্তা পরিস্থিতিকে জটিল করে তুলছে।",
    "গত কয়েক বছরে দুই দেশের মধ্যে বাণিজ্য উল্লেখযোগ্য হারে বেড়েছে।",
    "পিয়ংইয়ংয়ের রাস্তায় রুশ পতাকা ও বিশাল প্রতিকৃতি টানানো হয়।",
]
STATEMENTS = [
    "দুই দেশের সম্পর্ক নতুন উচ্চতায় উঠেছে", "রাশিয়া ও উত্তর কোরিয়ার মধ্যে সহযোগিতা আরও বাড়বে",
    "পশ্চিমা নিষেধাজ্ঞা কোনো কাজে আসবে না", "কোরীয় উপদ্বীপে উত্তেজনা বাড়ছে",
    "এই সহযোগিতা আন্তর্জাতিক আইনের পরিপন্থী", "আঞ্চলিক নিরাপত্তা হুমকির মুখে পড়েছে",
    "দুই দেশ কৌশলগত অংশীদারত্ব আরও গভীর করবে", "এ বিষয়ে এই মুহূর্তে আমাদের কিছু বলার নেই",
    "সামরিক সহযোগিতার খবর ভিত্তিহীন", "উত্তর কোরিয়ার সঙ্গে সম্পর্ক জোরদার করতে রাশিয়া আগ্রহী",
]
ACCUSATIONS = [
    "গোপনে রাশিয়াকে কামানের গোলা পাঠাচ্ছে", "রাশিয়াকে ব্যালিস্টিক ক্ষেপণাস্ত্র সরবরাহ করছে",
    "ইউক্রেন যুদ্ধে লড়তে সেনা পাঠিয়েছে", "জাতিসংঘের নিষেধাজ্ঞা লঙ্ঘন করছে",
]
SECTIONS = ["প্রচ্ছদ", "জাতীয়", "রাজনীতি", "অর্থনীতি", "আন্তর্জাতিক", "সারাদেশ", "খেলা", "বিনোদন", "মতামত", "প্রযুক্তি",
            "শিক্ষা", "স্বাস্থ্য", "ফিচার", "ভিডিও", "ছবি", "আর্কাইভ", "ই-পেপার", "লাইফস্টাইল", "চাকরি", "ধর্ম"]
OUTLETS = ["দৈনিক সকালের খবর", "বাংলা বার্তা ২৪", "প্রতিদিনের সংবাদ", "নতুন দিগন্ত অনলাইন", "খবর প্রতিদিন",
           "দেশ-বিদেশ ডটকম", "সময়ের আলো", "বিশ্ববার্তা নিউজ"]
SHARE = ["ফেসবুক", "টুইটার", "হোয়াটসঅ্যাপ", "লিংকডইন", "ইমেইল", "প্রিন্ট", "কপি লিংক", "মেসেঞ্জার"]
FOOTER = ["সম্পাদক ও প্রকাশক: {name}", "বার্তা ও বাণিজ্যিক কার্যালয়: {n} কারওয়ান বাজার, ঢাকা-১২১৫",
          "ফোন: +৮৮০২-{n}{n}, ইমেইল: news@example.com", "© {year} সর্বস্বত্ব সংরক্ষিত",
          "এই ওয়েবসাইটের কোনো লেখা, ছবি বা ভিডিও অনুমতি ছাড়া ব্যবহার বেআইনি।", "গোপনীয়তা নীতি | ব্যবহারের শর্তাবলি | যোগাযোগ"]
EDITORS = ["আবদুল করিম", "নাসরিন সুলতানা", "মাহমুদুল হাসান", "ফারহানা ইসলাম", "রফিকুল আলম"]
TOPICS = ["বাজেট ঘাটতি", "ডেঙ্গু পরিস্থিতি", "সড়ক দুর্ঘটনা", "বন্যা সতর্কতা", "নির্বাচনী প্রস্তুতি", "রপ্তানি আয়",
          "বিদ্যুৎ সংকট", "ক্রিকেট সিরিজ", "শেয়ারবাজার", "রিজার্ভ", "শিক্ষাক্রম", "চালের দাম", "মেট্রোরেল", "পদ্মা সেতু"]
TOPIC_TAILS = ["নিয়ে নতুন সিদ্ধান্ত", "বাড়ছে", "কমেছে", "নিয়ে উদ্বেগ", "নিয়ে বৈঠক আজ", "সামাল দিতে নতুন উদ্যোগ",
               "নিয়ে যা বললেন মন্ত্রী", "ঘিরে উত্তাপ", "নিয়ে সংসদে আলোচনা", "নিয়ে বিশেষজ্ঞদের মত"]
REACTIONS = ["এ ঘটনায় গভীর উদ্বেগ প্রকাশ করেছে", "ঘটনাটি গভীরভাবে পর্যবেক্ষণ করছে", "এ বিষয়ে ব্যাখ্যা চেয়েছে",
             "দুই দেশকে সংযম দেখানোর আহ্বান জানিয়েছে", "নতুন নিষেধাজ্ঞার কথা ভাবছে"]
AGREEMENT_KINDS = ["প্রতিরক্ষা", "সামরিক", "কৌশলগত অংশীদারিত্ব", "বাণিজ্য", "অর্থনৈতিক", "জ্বালানি", "নিরাপত্তা"]


def bn_digits(value: object) -> str:
    return str(value).translate(DIGITS)


def genitive(word: str) -> str:
    """The possessive form: পুতিন → পুতিনের, রাশিয়া → রাশিয়ার, পিয়ংইয়ং → পিয়ংইয়ংয়ের."""
    last = word[-1]
    if last in VOWEL_SIGNS:
        return word + "র"
    if last == "ং":
        return word + "য়ের"
    return word + "ের"


def locative(word: str) -> str:
    """'in/at' the place: মস্কো → মস্কোয়, পিয়ংইয়ং → পিয়ংইয়ংয়ে, ভ্লাদিভস্তক → ভ্লাদিভস্তকে."""
    last = word[-1]
    if last in "াো":
        return word + "য়"
    if last in VOWEL_SIGNS:
        return word + "তে"
    if last == "ং":
        return word + "য়ে"
    return word + "ে"


def date_bn(day: dt.date) -> str:
    return f"{bn_digits(f'{day.day:02d}')} {MONTHS[day.month - 1]} {bn_digits(day.year)}"


@dataclass(frozen=True)
class _Cast:
    """The gazetteer entries articles are written about."""

    gaz: Gazetteer
    russians: tuple[ActorEntry, ...]
    koreans: tuple[ActorEntry, ...]
    speakers: tuple[ActorEntry, ...]
    relays: tuple[ActorEntry, ...]
    accusers: tuple[ActorEntry, ...]
    ru_places: tuple[PlaceEntry, ...]
    kp_places: tuple[PlaceEntry, ...]
    people: tuple[tuple[ActorEntry, str], ...] = ()  # every person of the gazetteer, with the State they serve
    states: tuple[ActorEntry, ...] = ()
    bodies: tuple[ActorEntry, ...] = ()  # organisations and groups: speakers and critics
    places: dict[str, tuple[PlaceEntry, ...]] = field(default_factory=dict)  # State key → its places

    @classmethod
    def load(cls) -> _Cast:
        gaz = default_mappings().gazetteer
        start = START.isoformat()
        people = [a for a in gaz.actors.values() if a.type == "Person" and a.role  # no one long out of office
                  and not (a.offices and all(o.end and o.end < start for o in a.offices))]

        def of(state: str) -> tuple[ActorEntry, ...]:
            return tuple(sorted((a for a in people if a.affiliation == state), key=lambda a: a.key))

        speakers = tuple(sorted((a for a in people if a.role and "spokes" in a.role), key=lambda a: a.key))
        relays = tuple(sorted((a for a in gaz.actors.values() if a.relay), key=lambda a: a.key))
        accusers = tuple(gaz.actors[k] for k in ("usa", "south_korea", "japan", "ukraine", "uk") if k in gaz.actors)
        places = sorted(gaz.places.values(), key=lambda p: p.key)

        def state_of(a: ActorEntry) -> str | None:
            seen = set()
            while a.type != "State" and a.affiliation in gaz.actors and a.key not in seen:
                seen.add(a.key)
                a = gaz.actors[a.affiliation]
            return a.key if a.type == "State" else None

        everyone = sorted(gaz.actors.values(), key=lambda a: a.key)
        serving = tuple((a, st) for a in everyone if a.type == "Person" and (st := state_of(a)))
        by_state: dict[str, tuple[PlaceEntry, ...]] = {}
        for p in places:
            if p.state:
                by_state[p.state] = (*by_state.get(p.state, ()), p)
        return cls(gaz, of("russia"), of("north_korea"), speakers or of("russia"), relays, accusers,
                   tuple(p for p in places if p.state == "russia"),
                   tuple(p for p in places if p.state == "north_korea"),
                   serving, tuple(a for a in everyone if a.type == "State"),
                   tuple(a for a in everyone if a.type in ("Organization", "Group") and not a.relay), by_state)

    def describe(self, a: ActorEntry, rng: random.Random) -> str:
        """'রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন' — a role reference before the name, as outlets write it."""
        if a.role is None or a.role not in self.gaz.roles or rng.random() < 0.25:
            return a.bn
        role = min(self.gaz.roles[a.role].bn, key=len)  # the everyday form ("পররাষ্ট্রমন্ত্রী")
        aff = self.gaz.actors.get(a.affiliation or "")
        if aff is None:
            return f"{role} {a.bn}"
        owner = aff.adjectives[0] if aff.adjectives and rng.random() < 0.7 else genitive(aff.bn)
        return f"{owner} {role} {a.bn}"

    def short(self, a: ActorEntry) -> str:
        """The surname outlets repeat after the first mention (কিম জং উন → কিম, পুতিন → পুতিন)."""
        parts = a.bn.split()
        return parts[0] if a.key.startswith(("kim_", "choe_", "ri_", "pak_")) else parts[-1]


class _Writer:
    """One article: a main story and side items, dated relative to the publication date."""

    def __init__(self, cast: _Cast, rng: random.Random) -> None:
        self.c = cast
        self.r = rng
        span = (END - START).days
        self.pub = START + dt.timedelta(days=rng.randrange(span))

    def past(self) -> str:
        """A past time expression relative to the publication date."""
        r, pub = self.r, self.pub
        choice = r.randrange(5)
        if choice == 0:
            return "গতকাল"
        if choice == 1:
            return WEEKDAYS[(pub - dt.timedelta(days=r.randrange(1, 6))).weekday()]
        if choice == 2:
            month = (pub.replace(day=1) - dt.timedelta(days=1)).month
            return f"গত {MONTHS[month - 1]} মাসে"
        if choice == 3:
            return f"গত {bn_digits(r.randrange(2, 28))} {MONTHS[pub.month - 1]}" if pub.day > 28 else "গত সপ্তাহে"
        return f"{date_bn(pub - dt.timedelta(days=r.randrange(2, 200)))}"

    def future(self) -> str:
        return self.r.choice(["আগামী মাসে", "আগামী সপ্তাহে", "চলতি মাসের শেষে", "শিগগিরই",
                              f"আগামী {MONTHS[(self.pub.month + 1) % 12]} মাসে"])

    def pair(self) -> tuple[ActorEntry, ActorEntry]:
        ru, kp = self.r.choice(self.c.russians), self.r.choice(self.c.koreans)
        return (ru, kp) if self.r.random() < 0.5 else (kp, ru)

    def place_in(self, state: str) -> PlaceEntry:
        return self.r.choice(self.c.ru_places if state == "russia" else self.c.kp_places)

    # --- stories: (headline, sentences) -----------------------------------------------------------

    def visit(self) -> tuple[str, list[str]]:
        r, c = self.r, self.c
        guest, host = self.pair()
        dest_key = "north_korea" if guest.affiliation == "russia" else "russia"
        dest = c.gaz.actors[dest_key]
        place = self.place_in(dest_key)
        if r.random() < 0.3:
            s1 = f"{c.describe(guest, r)} {self.future()} {dest.bn} সফরে যাবেন।"
            head = f"{genitive(c.short(guest))} {dest.bn} সফর {r.choice(['আসন্ন', 'শিগগিরই'])}"
            s2 = f"সফরকালে {genitive(c.describe(host, r))} সঙ্গে তাঁর বৈঠকের কথা রয়েছে।"
            return head, [s1, s2]
        when = self.past()
        s1 = r.choice([
            f"{c.describe(guest, r)} {when} {place.bn} সফর করেন।",
            f"{c.describe(guest, r)} {when} দুই দিনের রাষ্ট্রীয় সফরে {locative(place.bn)} পৌঁছান।",
            f"{when} {dest.bn} সফরে যান {c.describe(guest, r)}।",
        ])
        s2 = r.choice([
            f"সেখানে তিনি {genitive(c.describe(host, r))} সঙ্গে বৈঠক করেন।",
            f"সফরকালে {c.short(guest)} ও {c.short(host)} দ্বিপক্ষীয় বৈঠকে বসেন।",
            f"{c.short(host)} বিমানবন্দরে তাঁকে স্বাগত জানান।",
        ])
        head = r.choice([f"{locative(place.bn)} {c.short(guest)}", f"{dest.bn} সফরে {c.short(guest)}",
                         f"{c.short(guest)}-{c.short(host)} বৈঠক"])
        return head, [s1, s2]

    def meeting(self) -> tuple[str, list[str]]:
        r, c = self.r, self.c
        a, b = self.pair()
        place = self.place_in(r.choice(["russia", "north_korea"]))
        if r.random() < 0.25:
            s = f"{c.describe(a, r)} ও {c.describe(b, r)} {self.future()} {locative(place.bn)} বৈঠকে বসবেন।"
            return f"{c.short(a)}-{c.short(b)} বৈঠক {self.future()}", [s]
        s = r.choice([
            f"{c.describe(a, r)} {self.past()} {locative(place.bn)} {genitive(c.describe(b, r))} সঙ্গে বৈঠক করেন।",
            f"{self.past()} {locative(place.bn)} {c.describe(a, r)} ও {c.describe(b, r)} সাক্ষাতে মিলিত হন।",
        ])
        s2 = r.choice(["বৈঠকে দুই দেশের সামরিক ও অর্থনৈতিক সহযোগিতা নিয়ে আলোচনা হয়।",
                       "বৈঠকটি প্রায় দুই ঘণ্টা স্থায়ী হয়।", f"{c.short(a)} বৈঠকটিকে ফলপ্রসূ বলে উল্লেখ করেন।"])
        return f"{c.short(a)}-{c.short(b)} বৈঠক", [s, s2]

    def agreement(self) -> tuple[str, list[str]]:
        r, c = self.r, self.c
        kind = r.choice(AGREEMENT_KINDS)
        ru, kp = c.gaz.actors["russia"], c.gaz.actors["north_korea"]
        a, b = self.pair()
        place = self.place_in(r.choice(["russia", "north_korea"]))
        s = r.choice([
            f"{self.past()} {locative(place.bn)} {ru.bn} ও {kp.bn} একটি {kind} চুক্তি স্বাক্ষর করে।",
            f"বৈঠক শেষে {c.describe(a, r)} ও {c.describe(b, r)} {kind} চুক্তিতে সই করেন।",
            f"দুই দেশের মধ্যে {kind} সহযোগিতা বিষয়ক একটি সমঝোতা স্মারক সই হয়েছে।",
        ])
        return f"রাশিয়া-উত্তর কোরিয়া {kind} চুক্তি", [s]

    def claim(self) -> list[str]:
        r, c = self.r, self.c
        sp = r.choice(c.speakers + c.russians + c.koreans)
        text = r.choice(STATEMENTS)
        return [r.choice([
            f"{c.describe(sp, r)} {r.choice(WEEKDAYS)} সাংবাদিকদের বলেন, ‘{text}।’",
            f"{c.describe(sp, r)} বলেছেন, {text}।",
            f"{genitive(c.describe(sp, r))} মতে, {text}।",
            f"{text} বলে মন্তব্য করেছেন {c.describe(sp, r)}।",
        ])]

    def accusation(self) -> list[str]:
        r, c = self.r, self.c
        accuser = r.choice(c.accusers)
        accused = c.gaz.actors["north_korea"]
        out = [f"{accuser.bn} {self.past()} অভিযোগ করেছে, {accused.bn} {r.choice(ACCUSATIONS)}।"]
        if r.random() < 0.5:
            out.append(f"{r.choice(['পিয়ংইয়ং', 'মস্কো'])} এ অভিযোগ অস্বীকার করেছে।")
        return out

    # --- the page --------------------------------------------------------------------------------

    def article(self) -> str:
        r = self.r
        story: Callable[[], tuple[str, list[str]]] = r.choice([self.visit, self.visit, self.meeting, self.agreement])
        headline, lead = story()
        body: list[list[str]] = [lead]
        for _ in range(r.randrange(1, 4)):
            kind = r.randrange(5)
            if kind == 0:
                body.append(self.claim() + self.claim())
            elif kind == 1:
                body.append(self.accusation())
            elif kind == 2:
                body.append(r.sample(BACKGROUND, 2))
            elif kind == 3:
                body.append(story()[1])
            else:
                body.append(self.claim() + [r.choice(BACKGROUND)])
        relays = r.sample(self.c.relays, k=min(2, len(self.c.relays))) if self.c.relays else []
        pub = self.pub
        stamp = f"{date_bn(pub)}, {bn_digits(f'{r.randrange(8, 23):02d}:{r.randrange(60):02d}')}"
        lines = [r.choice(BREADCRUMBS), f"{WEEKDAYS[pub.weekday()]}, {date_bn(pub)}", "", headline, "",
                 r.choice(DESKS), "প্রকাশিত:", stamp]
        if r.random() < 0.5:
            lines += ["আপডেট:", f"{date_bn(pub)}, {bn_digits(f'{r.randrange(8, 23):02d}:{r.randrange(60):02d}')}"]
        lines.append("")
        for i, para in enumerate(body):
            lines += [" ".join(para), ""]
            if i == 0 and r.random() < 0.5:
                lines += [f"আরও পড়ুন: {r.choice(OTHER_NEWS)}", ""]
        if relays:
            lines += [f"সূত্র: {', '.join(a.bn for a in relays)}", ""]
        lines += [r.choice(INITIALS), "", "শেয়ার করুন", "", "আরও খবর"]
        for i, item in enumerate(r.sample(OTHER_NEWS, 3), 1):
            lines += [bn_digits(i), item]
        return "\n".join(lines) + "\n"


class _RealWriter(_Writer):
    """A page shaped like the real ones (benchmarks/corpus.py's ``page`` and ``brief`` shapes).

    ``page``: a whole scraped page — menu, breadcrumb, stamps, a long body of about fourteen sentences
    that report facts most of the way down, "আরও পড়ুন" links, share buttons, headline lists and a
    footer — sized on ../shared/seeds.  ``brief``: the article text with the page stripped off (outlet,
    headline, a desk-and-date line, six-odd sentences), sized on ../shared/eval/dev.  Actors are drawn
    from the whole gazetteer: any two people of different States meet and visit, any State reacts,
    any organisation or group speaks."""

    def __init__(self, cast: _Cast, rng: random.Random, shape: str) -> None:
        super().__init__(cast, rng)
        self.shape = shape
        # an article keeps coming back to a few people and States, as real ones do
        self.cast = rng.sample(cast.people, 6)
        self.nations = rng.sample(cast.states, 4)

    def pair(self) -> tuple[ActorEntry, ActorEntry]:
        r = self.r
        if r.random() < 0.35:  # the relation the corpus is about
            return super().pair()
        (a, sa), (b, sb) = r.sample(self.cast, 2)
        if all(st == sa for _, st in self.cast):  # a cast all of one State (article 1,252 of seed 1): no loop
            return super().pair()
        while sb == sa:
            b, sb = r.choice(self.cast)
        return a, b

    def state_of(self, a: ActorEntry) -> str:
        return next((st for p, st in self.c.people if p is a), a.affiliation or "russia")

    def place_in(self, state: str) -> PlaceEntry:
        return self.r.choice(self.c.places.get(state) or self.c.ru_places)

    def visit(self) -> tuple[str, list[str]]:
        r, c = self.r, self.c
        guest, host = self.pair()
        dest = c.gaz.actors[self.state_of(host)]
        place = self.place_in(dest.key)
        when = self.past()
        s1 = r.choice([
            f"{c.describe(guest, r)} {when} {place.bn} সফর করেন।",
            f"{c.describe(guest, r)} {when} সরকারি সফরে {locative(place.bn)} পৌঁছান।",
            f"{when} {dest.bn} সফরে যান {c.describe(guest, r)}।",
        ])
        s2 = r.choice([
            f"সেখানে তিনি {genitive(c.describe(host, r))} সঙ্গে বৈঠক করেন।",
            f"সফরকালে {c.short(guest)} ও {c.short(host)} দ্বিপক্ষীয় বৈঠকে বসেন।",
            f"{c.describe(host, r)} বিমানবন্দরে তাঁকে স্বাগত জানান।",
        ])
        return f"{dest.bn} সফরে {c.short(guest)}", [s1, s2]

    def reaction(self) -> list[str]:
        r = self.r
        st = r.choice(self.nations)
        return [f"{st.bn} {r.choice(REACTIONS)}।"]

    def voice(self) -> list[str]:
        """A statement by an organisation or a group of the gazetteer."""
        r, c = self.r, self.c
        body = r.choice(c.bodies)
        return [r.choice([f"{body.bn} বলেছে, {r.choice(STATEMENTS)}।", f"{genitive(body.bn)} মতে, {r.choice(STATEMENTS)}।"])]

    def context(self) -> list[str]:
        """A long sentence that names several actors and reports no fact."""
        r, c = self.r, self.c
        a, b = self.pair()
        third = r.choice(self.cast)[0]
        s1, s2, s3 = r.sample(self.nations, 3)
        return [r.choice([
            f"প্রতিনিধিদলে {c.describe(a, r)}, {c.describe(b, r)} ও {c.describe(third, r)} উপস্থিত ছিলেন বলে "
            f"সংশ্লিষ্ট সূত্রগুলো জানিয়েছে।",
            f"{s1.bn}, {s2.bn} ও {s3.bn} পুরো পরিস্থিতির দিকে ঘনিষ্ঠভাবে নজর রাখছে বলে কূটনৈতিক সূত্রগুলোর ধারণা, "
            f"যদিও আনুষ্ঠানিকভাবে কেউই কিছু জানায়নি।",
            f"এর আগে {genitive(c.describe(a, r))} দায়িত্ব নেওয়ার পর থেকে {genitive(b.bn)} সঙ্গে তাঁর যোগাযোগ "
            f"নিয়মিত বলে {c.gaz.actors[self.state_of(a)].bn} ও {s1.bn} সংবাদমাধ্যমগুলোর প্রতিবেদনে উঠে এসেছে।",
        ])]

    def body(self, target: int) -> list[list[str]]:
        r = self.r
        story: Callable[[], tuple[str, list[str]]] = r.choice([self.visit, self.visit, self.meeting, self.agreement])
        self.headline, lead = story()
        paras = [lead]
        count = len(lead)
        makers: list[Callable[[], list[str]]] = [
            self.claim, self.claim, self.claim, self.accusation, self.reaction, self.voice, self.context,
            self.context, lambda: story()[1], lambda: [r.choice(BACKGROUND)]]
        if self.shape == "brief":  # short items report less besides their story
            makers = [self.claim, self.claim, self.accusation, self.reaction, self.context, self.context,
                      lambda: [r.choice(BACKGROUND)]]
        # (a context sentence reports no fact: "… উপস্থিত ছিলেন বলে সংশ্লিষ্ট সূত্রগুলো জানিয়েছে" is said by
        # unnamed sources, not by the people it names — the mix is sized on the real pages' facts)
        while count < target:
            para = r.choice(makers)() + (r.choice(makers)() if r.random() < 0.5 else [])
            paras.append(para)
            count += len(para)
        return paras

    def article(self) -> str:
        return self.page() if self.shape == "page" else self.brief()

    def headlines(self, k: int) -> list[str]:
        r = self.r
        return [f"{r.choice(TOPICS)} {r.choice(TOPIC_TAILS)}" if r.random() < 0.6 else r.choice(OTHER_NEWS)
                for _ in range(k)]

    def page(self) -> str:
        r, pub = self.r, self.pub
        paras = self.body(max(8, round(r.gauss(13.5, 2.5))))
        stamp = f"{date_bn(pub)}, {bn_digits(f'{r.randrange(8, 23):02d}:{r.randrange(60):02d}')}"
        lines = [r.choice(OUTLETS), " | ".join(r.sample(SECTIONS, 12)), r.choice(BREADCRUMBS),
                 f"{WEEKDAYS[pub.weekday()]}, {date_bn(pub)}", "", self.headline, "", r.choice(DESKS),
                 "প্রকাশিত:", stamp]
        if r.random() < 0.5:
            lines += ["আপডেট:", f"{date_bn(pub)}, {bn_digits(f'{r.randrange(8, 23):02d}:{r.randrange(60):02d}')}"]
        lines += ["", " ".join(r.sample(SHARE, 5)), ""]
        for i, para in enumerate(paras):
            lines += [" ".join(para), ""]
            if i in (0, 3) and r.random() < 0.6:
                lines += [f"আরও পড়ুন: {self.headlines(1)[0]}", ""]
        if self.c.relays:
            lines += [f"সূত্র: {', '.join(a.bn for a in r.sample(self.c.relays, k=min(2, len(self.c.relays))))}", ""]
        lines += [r.choice(INITIALS), "", "শেয়ার করুন", " ".join(r.sample(SHARE, 4)), "", "আরও খবর"]
        for i, item in enumerate(self.headlines(r.randrange(6, 10)), 1):
            lines += [bn_digits(i), item]
        lines += ["", "সর্বাধিক পঠিত"]
        for i, item in enumerate(self.headlines(r.randrange(4, 7)), 1):
            lines += [bn_digits(i), item]
        lines += ["", " | ".join(r.sample(SECTIONS, 8)), ""]
        n = bn_digits(r.randrange(10, 99))
        lines += [line.format(name=r.choice(EDITORS), n=n, year=bn_digits(pub.year)) for line in FOOTER]
        return "\n".join(lines) + "\n"

    def brief(self) -> str:
        r, pub = self.r, self.pub
        paras = self.body(max(3, round(r.gauss(5.6, 1.5))))
        lines = [r.choice(OUTLETS), "", self.headline, "", f"{r.choice(DESKS)} |  {date_bn(pub)}", ""]
        for para in paras:
            lines += [" ".join(para), ""]
        return "\n".join(lines)


SHAPES = ("page", "brief", "synthetic")  # synthetic: the earlier short pages, to compare with older figures
SHAPE_KEYS = ("chars", "chrome", "sentences", "mentions", "facts", "triples")


def measure(texts: Iterable[tuple[str, str]]) -> dict[str, float]:
    """Mean per article, as bnkg reads it: characters, chrome (characters outside the body),
    sentences, mentions, facts and triples; plus ``actors``, the distinct actors named in all."""
    reader = ArticleReader()
    rows: list[dict[str, int]] = []
    actors: set[str] = set()
    for name, raw in texts:
        text = normalise(raw)
        art = segment(text, name, reader.mappings)
        mentions, _ = reader.finder.find(art)
        rec = reader.read_string(text, name)
        actors |= set(rec.mentioned)
        start, end = art.body_span
        rows.append({"chars": len(text), "chrome": len(text) - (end - start), "sentences": len(art.sentences),
                     "mentions": sum(len(ms) for ms in mentions),
                     "facts": len(rec.visits) + len(rec.meetings) + len(rec.agreements) + len(rec.claims),
                     "triples": len(record_triples(rec))})
    out = {k: sum(r[k] for r in rows) / len(rows) for k in SHAPE_KEYS}
    out["actors"] = float(len(actors))
    return out


def generate(n: int, seed: int = 1, shape: str = "page") -> Iterator[tuple[str, str]]:
    """``n`` distinct articles of ``shape`` (:data:`SHAPES`) as ``(file name, text)``, the same for the
    same ``(n, seed, shape)``."""
    if shape not in SHAPES:
        raise ValueError(f"unknown shape {shape!r}: one of {', '.join(SHAPES)}")
    cast = _Cast.load()
    rng = random.Random(seed)
    seen: set[str] = set()
    made = 0
    while made < n:
        text = _Writer(cast, rng).article() if shape == "synthetic" else _RealWriter(cast, rng, shape).article()
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if digest in seen:  # extremely rare; draw again (deterministically)
            continue
        seen.add(digest)
        yield f"{shape}_{made:06d}_{digest[:8]}.txt", text
        made += 1


def write(n: int, outdir: str | Path, seed: int = 1, shape: str = "page") -> list[Path]:
    """Write ``generate(n, seed, shape)`` into ``outdir``; returns the paths."""
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in generate(n, seed, shape):
        p = out / name
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("outdir", help="folder to write the .txt articles into")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--shape", choices=SHAPES, default="page",
                    help="page: whole pages like ../shared/seeds (default); brief: stripped articles like "
                         "../shared/eval/dev; synthetic: the earlier short pages the README's older figures used")
    args = ap.parse_args(argv)
    paths = write(args.n, args.outdir, args.seed, args.shape)
    print(f"wrote {len(paths)} articles to {args.outdir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
