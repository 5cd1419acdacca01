"""Typed loader for the lexicons: ``grammar.yaml``, ``triggers.yaml`` and ``claims.yaml``.

Phrases are stored as tuples of words (:func:`bnkg.text.words`), NFC-normalised, so the builder
compares word tuples and never re-splits strings.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, TypeVar

from bnkg.errors import MappingError
from bnkg.mappings.yamlfile import Each, Keys, Schema, read_mapping
from bnkg.text import words

Phrase = tuple[str, ...]


def _phrases(path: Path, where: str, value: Any) -> tuple[Phrase, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise MappingError(f"{path}: {where}: expected a list of strings")
    out = []
    for v in value:
        w = words(unicodedata.normalize("NFC", v))
        if not w:
            raise MappingError(f"{path}: {where}: {v!r} has no words")
        out.append(w)
    # longest first: the matcher takes the first (longest) phrase that fits
    return tuple(sorted(dict.fromkeys(out), key=lambda p: (-len(p), p)))


_CAMEO = re.compile(r"[0-9]{2,4}")  # as shapes.ttl checks bnkg:cameoCode


def _cameo(path: Path, where: str, value: Any) -> str:
    """A CAMEO code: a quoted string of 2 to 4 digits (unquoted, YAML would read 042 as the octal 34)."""
    if not (isinstance(value, str) and _CAMEO.fullmatch(value)):
        raise MappingError(f"{path}: {where}: expected a quoted CAMEO code of 2 to 4 digits, got {value!r}")
    return value


@dataclass(frozen=True, slots=True)
class Grammar:
    case_endings: tuple[tuple[str, str], ...]  # (ending, case), longest ending first
    hyphen_endings: dict[str, str]  # ending word after a hyphen → case
    postpositions: dict[str, tuple[str, ...]]  # with | between | against | toward → words
    pronouns: dict[str, tuple[Phrase, ...]]  # singular | plural | pair | two_states
    stopwords: frozenset[str]
    office_words: tuple[Phrase, ...]
    topic_nouns: frozenset[str]
    verb_endings: tuple[str, ...] = ()
    anchors: frozenset[str] = frozenset()
    since: frozenset[str] = frozenset()
    organisation_heads: frozenset[str] = frozenset()
    title_suffixes: dict[str, str] = field(default_factory=dict)  # word ending → role key
    negations: tuple[Phrase, ...] = ()
    # the function words and endings the event rules read (builder/events/)
    clitics: tuple[str, ...] = ()  # "ও", "ই": glued on, they do not change a word's role
    demonstratives: frozenset[str] = frozenset()  # "এই সফর": the event told of before
    conjunctions: frozenset[str] = frozenset()  # join names or titles
    actor_conjunctions: frozenset[str] = frozenset()  # join two actors only
    auxiliaries: frozenset[str] = frozenset()
    negated_endings: tuple[str, ...] = ()  # of a negated finite verb
    genitive_endings: tuple[str, ...] = ()  # of any genitive noun
    plural_endings: tuple[str, ...] = ()
    plural_nominatives: tuple[str, ...] = ()  # "কর্মকর্তারা": people the gazetteer cannot name
    body_nouns: frozenset[str] = frozenset()  # "কার্যালয়টি", "মন্ত্রণালয়ের মুখপাত্র": the body named before
    definite_endings: tuple[str, ...] = ()  # "টি" (+ a case ending): the one told of before
    named_after: tuple[Phrase, ...] = ()  # "… স্টেডিয়াম": a person's name naming a place
    deictic_days: tuple[str, ...] = ()  # "আজ": the speaker's today
    whether: tuple[Phrase, ...] = ()  # "কি না": its last word does not negate
    undecided: tuple[Phrase, ...] = ()  # "… কি না, তা নিশ্চিত নয়": the event is not told as one
    indefinites: frozenset[str] = frozenset()  # "কোনো চুক্তি": none
    source_postpositions: frozenset[str] = frozenset()  # "X-এর কাছে": X is no source
    detached_genitives: frozenset[str] = frozenset()  # "পিয়ংইয়ং এর"
    name_endings: tuple[tuple[str, str, str], ...] = ()  # (ending, case, what stays) of a name after a title
    pronoun_endings: dict[str, tuple[str, ...]] = field(default_factory=dict)  # gen | acc | loc → endings
    leader_words: tuple[str, ...] = ()  # "দুই নেতা": a pair of leaders
    sea_nouns: frozenset[str] = frozenset()  # "জাপান সাগর": a state's name naming a sea
    conditional_forms: frozenset[str] = frozenset()  # "… বৈঠক হলে": if (or when) it happens
    future_endings: tuple[str, ...] = ()  # of a future verb ("আসবে", "বসবেন")
    given_name_words: frozenset[str] = frozenset()  # "দাই", "জুং": the parts of a Korean given name
    project_nouns: frozenset[str] = frozenset()  # "খাসান–তুমানগাং রেলপথ": a place naming a project
    place_nouns: tuple[Phrase, ...] = ()  # "রাসোন অর্থনৈতিক অঞ্চলে": the place's kind, part of its mention
    lesser_ranks: frozenset[str] = frozenset()  # "সহকারী পররাষ্ট্রমন্ত্রী": not the office's holder
    relatives: frozenset[str] = frozenset()  # "…, যিনি শুক্রবার পৌঁছান": a side remark's date moves no narrative
    happening: frozenset[str] = frozenset()  # "বৈঠক হওয়ার খবর": the event's happening, named
    report_nouns: frozenset[str] = frozenset()  # "বৈঠকের খবর নাকচ": the report of the event …
    denials: tuple[Phrase, ...] = ()  # … denied: the event is no fact
    desk_words: frozenset[str] = frozenset()  # "ঢাকা, ১ জুন (বাসস ডেস্ক) :": the outlet's desk, its home no event's place


def _endings(path: Path, where: str, value: Any) -> tuple[str, ...]:
    """Word endings (or whole words) as written, NFC, in the file's order."""
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise MappingError(f"{path}: {where}: expected a list of words or endings")
    return tuple(dict.fromkeys(unicodedata.normalize("NFC", v.strip()) for v in value))


def _name_endings(path: Path, value: Any) -> tuple[tuple[str, str, str], ...]:
    if value is None:
        return ()
    if not isinstance(value, dict):
        raise MappingError(f"{path}: name_endings: expected a mapping of ending → {{case, keep}}")
    out = []
    for ending, spec in value.items():
        if not isinstance(spec, dict) or spec.get("case") not in ("nom", "gen", "acc", "loc"):
            raise MappingError(f"{path}: name_endings.{ending}: expected {{case: nom|gen|acc|loc, keep: …}}")
        out.append((unicodedata.normalize("NFC", str(ending)), str(spec["case"]),
                    unicodedata.normalize("NFC", str(spec.get("keep") or ""))))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class EventLexicon:
    """What every event kind of ``triggers.yaml`` has: its CAMEO code and its trigger phrases.

    Each kind's extra word lists are typed fields of its subclass; a field's YAML key is its name
    unless ``metadata["yaml"]`` says otherwise, so a key the class lacks is an error, never ignored."""

    cameo: str  # the CAMEO event code written on the event (bnkg:cameoCode)
    words: tuple[Phrase, ...]  # trigger phrases


@dataclass(frozen=True, slots=True)
class VisitLexicon(EventLexicon):
    on_soil: tuple[Phrase, ...] = ()  # "<state>-এর মাটিতে পা রাখলেন": the state is the destination
    toward: tuple[Phrase, ...] = ()  # "পিয়ংইয়ংয়ের পথে রওনা দিয়েছেন": the genitive is where one goes
    there: tuple[Phrase, ...] = ()  # "সেখানে পৌঁছেই": the place of the event told before
    regions: tuple[Phrase, ...] = ()  # "রাশিয়ার পূর্বাঞ্চল সফরে": the state is the destination
    host_words: tuple[Phrase, ...] = ()  # "X-এর আমন্ত্রণে": X is the host
    purpose: tuple[Phrase, ...] = ()  # "… সফরের জন্য কিমকে আমন্ত্রণ": an invitation to the visit
    led_by: tuple[Phrase, ...] = ()  # "X-এর নেতৃত্বে একটি প্রতিনিধিদল": X leads the visitors
    invited_to: tuple[Phrase, ...] = ()  # "Y-কে <place>-এ আমন্ত্রণ জানান X": a planned visit
    earlier: tuple[Phrase, ...] = ()  # a dated visit in such a sentence is an earlier one
    motion: tuple[Phrase, ...] = ()  # verbs of going, right after the place gone to
    stay: tuple[Phrase, ...] = ()  # "চীনে অবস্থান করছেন": staying there — a visit going on
    participles: tuple[Phrase, ...] = ()  # "ঘুরে এসে …": a motion done before the main verb, its tense the verb's
    guest_at: tuple[Phrase, ...] = ()  # "মস্কোর … কুচকাওয়াজে অতিথিদের সারিতে ছিলেন": a guest there, a visit
    passive_before: tuple[Phrase, ...] = ()  # "জানা যায়": a verb of going after one of these is no going
    delegation: tuple[Phrase, ...] = ()  # "একটি প্রতিনিধিদল … পৌঁছেছে": a group visits, its leader told next
    leads: tuple[Phrase, ...] = ()  # "দলের নেতৃত্বে আছেন X" in the next sentence: X is the visitor
    heads: tuple[Phrase, ...] = ()  # "দলের নেতা/প্রধান X": like leads, only right after a delegation word
    cancelled: tuple[Phrase, ...] = ()  # right after the trigger: "সফর বাতিল করেন" — no visit
    delivered: tuple[Phrase, ...] = ()  # right after "পৌঁছে": "পৌঁছে দিয়েছেন" (delivered) — no visit
    conditional: tuple[Phrase, ...] = ()  # before the trigger: "পুতিন যদি … যান" — no visit
    due: tuple[Phrase, ...] = ()  # "… যাওয়ার কথা পুতিনের": the genitive after one of these is the visitor
    welcomed: tuple[Phrase, ...] = ()  # "মস্কোর … বিমানবন্দরে চোয়েকে স্বাগত জানান …": the guest welcomed there arrived
    site_words: int = 2  # "মস্কোর ইয়ারোস্লাভস্কি স্টেশনে পৌঁছলেন": words naming a site of a place
    came_from: tuple[Phrase, ...] = ()  # "পিয়ংইয়ং থেকে উড়ে আসা মন্ত্রী": came from there, to the place told
    site_kinds: tuple[Phrase, ...] = ()  # "উত্তর কোরিয়ার কালমা রিসোর্টে গিয়েছেন": a site of the state named before
    attend: tuple[Phrase, ...] = ()  # "মস্কোয় … কুচকাওয়াজে যোগ দেবেন": attending an event at a place abroad
    attend_purpose: tuple[Phrase, ...] = ()  # of attend, the infinitives ("যোগ দিতে"): a plan
    events: tuple[Phrase, ...] = ()  # the kinds of event attended, right before an attend verb
    vehicles: tuple[Phrase, ...] = ()  # "তাঁর বিমান … উলানবাটরে নামে": a leader's plane or train
    vehicle_verbs: tuple[Phrase, ...] = ()  # the plain verbs of a vehicle's arriving, right after the place
    returned: tuple[Phrase, ...] = ()  # "মস্কো থেকে ফিরে এসেছেন কিম": back from a visit there
    came_adjective: tuple[Phrase, ...] = ()  # of came_from, the participles that describe the noun after


@dataclass(frozen=True, slots=True)
class MeetingLexicon(EventLexicon):
    weak_words: tuple[Phrase, ...] = ()  # a meeting only with two participants named in the sentence
    guest_words: tuple[Phrase, ...] = ()  # in-person gestures towards a guest named in the accusative
    summit_words: tuple[Phrase, ...] = ()  # a summit includes the visited state's leader
    end_words: tuple[Phrase, ...] = ()  # "বৈঠক শেষে": like grammar anchors after a meeting word
    opening_words: tuple[Phrase, ...] = ()  # "বৈঠকের শুরুতেই …": at the meeting just told
    phone_words: tuple[Phrase, ...] = ()  # "ফোনে … আলোচনা করেন": a phone call, no meeting
    told_words: tuple[Phrase, ...] = ()  # "… বৈঠকের কথা কিমকে অবহিত করেন": the accusative before is told, not met
    such_words: tuple[Phrase, ...] = ()  # "এমন কোনো বৈঠক হয়নি": the meeting told before, denied
    back_words: tuple[Phrase, ...] = ()  # "ক্রেমলিন তা অস্বীকার করেছে": the report told before, denied
    separate_words: tuple[Phrase, ...] = ()  # "A এবং পরে B-এর সঙ্গে আলাদাভাবে বৈঠক": one meeting with each partner
    credentials_words: tuple[Phrase, ...] = ()  # "পুতিনের কাছে … পরিচয়পত্র পেশ করেন": an ambassador meets the head of state
    credentials_to: tuple[Phrase, ...] = ()  # "পুতিনের কাছে/হাতে … পরিচয়পত্র পেশ": the genitive is handed to
    guest_nouns: tuple[Phrase, ...] = ()  # "অতিথির সঙ্গে বৈঠক করেন কিম": the one visitor told to have arrived
    among_words: tuple[Phrase, ...] = ()  # "তাঁদের মধ্যে ছিলেন …" opening the sentence after a meeting of one named
    roles: tuple[str, ...] = field(default=(), metadata={"yaml": "leader_roles"})  # roles.yaml keys


@dataclass(frozen=True, slots=True)
class AgreementLexicon(EventLexicon):
    verbs: tuple[Phrase, ...] = ()  # signing words near the noun
    signed_nouns: tuple[Phrase, ...] = ()  # agreements only with a signing word ("ঘোষণায় সই"), never a light verb
    terms: tuple[Phrase, ...] = ()  # "… চুক্তিতে সই করে, যার আওতায় … চলতি বছর …": its terms' time, not the signing's
    quoted: tuple[Phrase, ...] = ()  # "… সই হবে বলে জানান তিনি": who is named after it speaks, signs nothing
    light: tuple[Phrase, ...] = ()  # light verbs right after the noun ("চুক্তিও করেছে")
    blockers: tuple[Phrase, ...] = ()  # words right after the noun that mean it is not concluded here
    agreed: tuple[Phrase, ...] = ()  # "দুই দেশ … সম্মত হয়েছে": the states agreed (to do something)
    participles: tuple[Phrase, ...] = ()  # "সই হওয়া … চুক্তি": signed, a participle before the noun
    two_party_nouns: tuple[Phrase, ...] = ()  # "বিনিময় কর্মসূচিতে সই": an agreement only with two parties read
    plan_nouns: tuple[Phrase, ...] = ()  # signed nouns that are agreements only between states, no body named
    passive: tuple[Phrase, ...] = ()  # "চুক্তি সই হয়": signed, no subject — the parties may be the story's two states
    institutions: tuple[Phrase, ...] = ()  # "A বিশ্ববিদ্যালয় ও B ইউনিভার্সিটির মধ্যে … সমঝোতা স্মারক": the bodies are the parties
    signed_plans: tuple[Phrase, ...] = ()  # "… সহযোগিতার একটি পরিকল্পনা সই করা হবে": a plan signed, the signing right after it
    plan_signing: tuple[Phrase, ...] = ()  # the signing words that may follow a plan ("সই", "স্বাক্ষর")
    earlier: tuple[Phrase, ...] = ()  # "এর আগে … চুক্তি সই করেছিলেন": with a past perfect, an earlier agreement
    pluperfect: tuple[Phrase, ...] = ()  # the past perfect of the signing ("করেছিলেন", "হয়েছিল")
    kinds: dict[str, tuple[Phrase, ...]] = field(default_factory=dict)  # kind → words before the noun
    window: int = 4  # how many words after the noun a signing word may be


_E = TypeVar("_E", bound=EventLexicon)
_WORDS_KEY: dict[type[EventLexicon], str] = {VisitLexicon: "words", MeetingLexicon: "words", AgreementLexicon: "nouns"}


def event_keys(cls: type[EventLexicon]) -> frozenset[str]:
    """The YAML keys an event kind's entry in ``triggers.yaml`` may have."""
    return frozenset(_WORDS_KEY[cls] if f.name == "words" else f.metadata.get("yaml", f.name) for f in fields(cls))


@dataclass(frozen=True, slots=True)
class Planned:
    window: int
    words: tuple[Phrase, ...]
    before: tuple[Phrase, ...]
    phrases: tuple[Phrase, ...]
    not_planned: tuple[Phrase, ...] = ()
    now: tuple[Phrase, ...] = ()  # "এখন … সফর করছেন": going on now, not planned
    settled: tuple[Phrase, ...] = ()  # "বৈঠকের দিনক্ষণ ঠিক হয়েছে": settled to happen — unless held in it ("বৈঠকে ঠিক হয়েছে")


@dataclass(frozen=True, slots=True)
class SpeechLexicon:
    verbs: tuple[tuple[Phrase, str], ...]  # (phrase, kind), longest phrase first
    accusation_kinds: frozenset[str]
    passive: tuple[Phrase, ...]
    according_to: tuple[Phrase, ...]
    heard_saying: tuple[Phrase, ...]
    accusation_nouns: frozenset[str]
    negated: frozenset[str]
    complementizers: frozenset[str]
    that: frozenset[str]
    article_relay_prefixes: frozenset[str]
    not_speech_before: frozenset[str]
    claim_cameo: str  # CAMEO code of a Claim (bnkg:cameoCode)
    accusation_cameo: str  # CAMEO code of an Accusation
    not_speech_phrases: tuple[Phrase, ...] = ()
    noun_comma: dict[str, str] = field(default_factory=dict)  # noun → claim kind
    arms_goods: tuple[Phrase, ...] = ()
    arms_moves: tuple[Phrase, ...] = ()
    arms_uses: frozenset[str] = frozenset()  # moves whose goods' owner supplied them ("… ব্যবহার")
    arms_with: frozenset[str] = frozenset()  # "… ক্ষেপণাস্ত্র দিয়ে … হামলা": the goods an attack was made with
    attacks: frozenset[str] = frozenset()
    arms_idioms: frozenset[str] = frozenset()  # nouns that make a move a light verb ("কথা দিয়েছেন")
    arms_kinds: frozenset[str] = frozenset()
    wrong_acts: tuple[Phrase, ...] = ()  # wrongdoing named by itself ("নিষেধাজ্ঞা লঙ্ঘন")
    anaphoric_objects: frozenset[str] = frozenset()  # "এ কথা বলেন": the words told just before
    anaphoric_determiners: frozenset[str] = frozenset()
    observers: frozenset[str] = frozenset()  # actor keys whose comments accuse no one
    agent_heads: frozenset[str] = frozenset()  # "উত্তর কোরীয় সরকার": a state adjective + head acts
    back_pointers: frozenset[str] = frozenset()  # "এভাবে … লঙ্ঘন": the act told in the sentence before
    made: frozenset[str] = frozenset()  # "উত্তর কোরিয়ায় তৈরি ক্ষেপণাস্ত্র": the maker supplied the goods
    media_words: frozenset[str] = frozenset()  # "দূতাবাসের ফেসবুক পেজে দেওয়া পোস্টে বলা হয়েছে"
    only_before_that: frozenset[str] = frozenset()  # "একমত হন যে …": a claim only with its clause after it
    in_words_of: tuple[Phrase, ...] = ()  # "X-এর ভাষায়, Y স্বীকার করেছেন যে …": Y's verb is inside X's words
    counts: frozenset[str] = frozenset()  # "উত্তর কোরিয়ার অন্তত কয়েক ডজন প্রকৌশলী": words of number
    about_words: frozenset[str] = frozenset()  # "উত্তর কোরিয়া নিয়ে অপপ্রচার": about it, not its agent
    compound_heads: frozenset[str] = frozenset()  # "সেনা কর্মকর্তা", "ক্ষেপণাস্ত্র কারখানা": goods as a modifier
    dealings: frozenset[str] = frozenset()  # "X ও Y-এর মধ্যে অস্ত্র লেনদেন … লঙ্ঘন": both deal, both accused
    concessive: frozenset[str] = frozenset()  # "…, যদিও সংখ্যা যাচাই করা যায়নি": a negation after it denies nothing charged
    origin_moves: tuple[Phrase, ...] = ()  # "উত্তর কোরিয়া থেকে রাশিয়ায় … গোলা গেছে": goods went from X
    origins: frozenset[str] = frozenset()  # "থেকে": the origin's postposition
    bought_from: tuple[Phrase, ...] = ()  # "উত্তর কোরিয়ার কাছ থেকে … কিনেছে": the seller acts too
    labels: frozenset[str] = frozenset()  # "রাশিয়াকে সন্ত্রাসী রাষ্ট্র বলে আখ্যা দেন": the accusative labelled
    there: tuple[Phrase, ...] = ()  # "সেখানে বলা হয়েছে": in the document published just before
    documents: frozenset[str] = frozenset()  # "প্রতিবেদন প্রকাশ করে": what is published
    publish: frozenset[str] = frozenset()
    object_accused: tuple[Phrase, ...] = ()  # "X-কে অভিযুক্ত করেছে": the object is the accused
    counter_kinds: frozenset[str] = frozenset()  # a denial, whose clause may charge back
    blame_nouns: frozenset[str] = frozenset()  # "এর দায় রাশিয়াকেই নিতে হবে": the one who must bear it is accused
    blame_verbs: frozenset[str] = frozenset()
    joint: frozenset[str] = frozenset()  # "যৌথ বিবৃতিতে বলা হয়েছে": said by those who met
    by_count: frozenset[str] = frozenset()  # "X-এর হিসাবে, …": X is the source (right after X, before a comma)
    counter_words: frozenset[str] = frozenset()  # "যুক্তরাষ্ট্র নিজেই …": the subject is charged back
    unnamed_speakers: frozenset[str] = frozenset()  # "… বলে অনেকে মনে করেন": people no one can name speak
    protest_nouns: frozenset[str] = frozenset()  # "X-এর কাছে প্রতিবাদ জানিয়েছে": X is accused
    protest_to: frozenset[str] = frozenset()
    summon: frozenset[str] = frozenset()  # "রুশ রাষ্ট্রদূতকে তলব করেছে": the envoy's state is accused
    envoys: frozenset[str] = frozenset()
    anaphoric_pronouns: frozenset[str] = frozenset()  # "… এমনটাই জানিয়েছে": the words told before
    statement_frames: frozenset[str] = frozenset()  # "… প্রকাশিত এক বিবৃতিতে X … বলে আখ্যা দিয়েছেন": X speaks
    report_subjects: frozenset[str] = frozenset()  # "জাতিসংঘের এক প্রতিবেদন বলছে": the author speaks
    passive_agents: tuple[Phrase, ...] = ()  # "ক্রেমলিনের পক্ষ থেকে … বলা হয়েছে": the genitive before one speaks
    interrogatives: frozenset[str] = frozenset()  # "যুক্তরাষ্ট্র কী বলেছিল?": a question, no one's claim
    asked: tuple[Phrase, ...] = ()  # "X-কে প্রশ্ন করা হলে তিনি বলেন": the one asked answers
    asked_to: frozenset[str] = frozenset()  # "X-এর কাছে জানতে চাইলে"
    replies: frozenset[str] = frozenset()  # "… প্রশ্ন করা হলে জবাবে তিনি": a word between
    turns: frozenset[str] = frozenset()  # "X রাজি হননি, তবে তিনি বলেন": the clause's subject goes on
    quote_pairs: tuple[tuple[str, str], ...] = ()  # (opening, closing) marks of a quotation
    quote_reach: int = 0  # characters a quotation may run on past its first sentence


@dataclass(frozen=True, slots=True)
class Lexicons:
    grammar: Grammar
    visit: VisitLexicon
    meeting: MeetingLexicon
    agreement: AgreementLexicon
    planned: Planned
    same_time: tuple[Phrase, ...]
    speech: SpeechLexicon


def _schemas() -> dict[str, Schema]:
    """The keys of grammar.yaml, triggers.yaml and claims.yaml; any other key is an error.  Word lists and
    word tables (title_suffixes, noun_comma, light_verbs …) hold data, not keys."""
    cases = Keys(("gen", "acc", "loc", "nom"))

    def event(cls: type[EventLexicon]) -> Schema:
        return Keys({k: (Each(None) if k == "kinds" else None) for k in event_keys(cls)})

    return {
        "grammar.yaml": Keys({
            "case_endings": cases, "hyphen_endings": cases,
            "postpositions": Keys(("with", "between", "against", "toward")),
            "pronouns": Keys(("singular", "plural", "pair", "this_state", "two_states")),
            "name_endings": Each(Keys(("case", "keep"))), "pronoun_endings": Keys(("gen", "acc", "loc")),
            **dict.fromkeys(("stopwords", "verb_endings", "anchors", "since", "negations", "title_suffixes",
                             "organisation_heads", "office_words", "topic_nouns", "clitics", "demonstratives",
                             "conjunctions", "actor_conjunctions", "auxiliaries", "negated_endings",
                             "genitive_endings", "plural_endings", "plural_nominatives", "body_nouns",
                             "definite_endings", "named_after_nouns", "deictic_days", "whether", "indefinites",
                             "source_postpositions", "detached_genitives", "leader_words",
                             "conditional_forms", "future_endings", "sea_nouns", "given_name_words",
                             "undecided", "project_nouns", "place_nouns", "lesser_ranks", "relatives",
                             "desk_words", "happening", "report_nouns", "denials"))}),
        "triggers.yaml": Keys({
            "visit": event(VisitLexicon), "meeting": event(MeetingLexicon), "agreement": event(AgreementLexicon),
            "planned": Keys(("window", "words", "before", "phrases", "not_planned", "now", "settled")), "same_time": None}),
        "claims.yaml": Keys({
            "light_verbs": None, "verbs": Each(Keys(("simple", "with"))), "cameo": Keys(("claim", "accusation")),
            "arms_transfer": Keys(("goods", "moves", "uses", "with", "attacks", "idioms", "acts", "kinds", "observers", "agent_heads",
                                     "back_pointers", "made", "counts", "compound_heads", "about", "dealings",
                                     "concessive", "origin_moves", "origins", "bought_from",
                                     "labels")),
            "published_there": Keys(("there", "documents", "publish")),
            "anaphoric": Keys(("determiners", "objects", "pronouns")), "counter_charge": Keys(("kinds", "words")),
            "blame": Keys(("nouns", "verbs")), "answerer": Keys(("asked", "to", "replies", "turns")),
            "quotation": Keys(("open", "close", "reach")), "protest": Keys(("nouns", "to", "summon", "envoys")),
            **dict.fromkeys(("accusation_kinds", "passive", "heard_saying", "according_to", "noun_comma",
                             "accusation_nouns", "negated", "not_speech_before", "not_speech_phrases",
                             "complementizers", "that", "article_relay_prefixes", "object_accused", "by_count", "joint",
                             "unnamed_speakers", "in_words_of", "only_before_that", "media_words",
                             "passive_agents", "statement_frames", "report_subjects", "interrogatives"))}),
    }


SCHEMAS = _schemas()


def _flat(path: Path, where: str, value: Any) -> frozenset[str]:
    return frozenset(w for p in _phrases(path, where, value) for w in p)


def _quote_pairs(path: Path, q: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    opens, closes = q.get("open") or [], q.get("close") or []
    if not isinstance(opens, list) or not isinstance(closes, list) or len(opens) != len(closes) \
            or not all(isinstance(x, str) and len(x) == 1 for x in opens + closes):
        raise MappingError(f"{path}: quotation: expected lists of single marks, open and close alike")
    return tuple(zip(opens, closes, strict=True))


def _speech_verbs(path: Path, c: dict[str, Any]) -> list[tuple[Phrase, str]]:
    """Expand ``verbs`` (simple verbs, and nouns × finite forms of light verbs) into phrases."""
    light = {k: _phrases(path, f"light_verbs.{k}", v) for k, v in (c.get("light_verbs") or {}).items()}
    out: list[tuple[Phrase, str]] = []
    for kind, spec in (c.get("verbs") or {}).items():
        if not isinstance(spec, dict):
            raise MappingError(f"{path}: verbs.{kind}: expected 'simple' and/or 'with'")
        out += [(p, kind) for p in _phrases(path, f"verbs.{kind}.simple", spec.get("simple"))]
        for noun, lvs in (spec.get("with") or {}).items():
            for lv in lvs:
                if lv not in light:
                    raise MappingError(f"{path}: verbs.{kind}.with.{noun}: unknown light verb {lv!r}")
                out += [(words(unicodedata.normalize("NFC", noun)) + form, kind) for form in light[lv]]
    return out


def load_lexicons(directory: Path) -> Lexicons:
    gp, tp, cp = directory / "grammar.yaml", directory / "triggers.yaml", directory / "claims.yaml"
    g, t, c = (read_mapping(p, SCHEMAS[p.name]) for p in (gp, tp, cp))
    endings = [(unicodedata.normalize("NFC", e), case) for case, es in (g.get("case_endings") or {}).items()
               for e in es]
    grammar = Grammar(
        case_endings=tuple(sorted(endings, key=lambda x: -len(x[0]))),
        hyphen_endings={unicodedata.normalize("NFC", e): case
                        for case, es in (g.get("hyphen_endings") or {}).items() for e in es},
        postpositions={k: tuple(w for p in _phrases(gp, f"postpositions.{k}", v) for w in p)
                       for k, v in (g.get("postpositions") or {}).items()},
        pronouns={k: _phrases(gp, f"pronouns.{k}", v) for k, v in (g.get("pronouns") or {}).items()},
        stopwords=_flat(gp, "stopwords", g.get("stopwords")),
        office_words=_phrases(gp, "office_words", g.get("office_words")),
        topic_nouns=_flat(gp, "topic_nouns", g.get("topic_nouns")),
        verb_endings=tuple(unicodedata.normalize("NFC", e) for e in g.get("verb_endings") or ()),
        anchors=_flat(gp, "anchors", g.get("anchors")),
        since=_flat(gp, "since", g.get("since")),
        organisation_heads=_flat(gp, "organisation_heads", g.get("organisation_heads")),
        title_suffixes={unicodedata.normalize("NFC", k): str(v) for k, v in (g.get("title_suffixes") or {}).items()},
        negations=_phrases(gp, "negations", g.get("negations")),
        clitics=_endings(gp, "clitics", g.get("clitics")),
        demonstratives=frozenset(_endings(gp, "demonstratives", g.get("demonstratives"))),
        conjunctions=frozenset(_endings(gp, "conjunctions", g.get("conjunctions"))),
        actor_conjunctions=frozenset(_endings(gp, "actor_conjunctions", g.get("actor_conjunctions"))),
        auxiliaries=frozenset(_endings(gp, "auxiliaries", g.get("auxiliaries"))),
        negated_endings=_endings(gp, "negated_endings", g.get("negated_endings")),
        genitive_endings=_endings(gp, "genitive_endings", g.get("genitive_endings")),
        plural_endings=_endings(gp, "plural_endings", g.get("plural_endings")),
        plural_nominatives=_endings(gp, "plural_nominatives", g.get("plural_nominatives")),
        body_nouns=frozenset(_endings(gp, "body_nouns", g.get("body_nouns"))),
        definite_endings=_endings(gp, "definite_endings", g.get("definite_endings")),
        named_after=_phrases(gp, "named_after_nouns", g.get("named_after_nouns")),
        deictic_days=_endings(gp, "deictic_days", g.get("deictic_days")),
        whether=_phrases(gp, "whether", g.get("whether")),
        undecided=_phrases(gp, "undecided", g.get("undecided")),
        indefinites=frozenset(_endings(gp, "indefinites", g.get("indefinites"))),
        source_postpositions=frozenset(_endings(gp, "source_postpositions", g.get("source_postpositions"))),
        detached_genitives=frozenset(_endings(gp, "detached_genitives", g.get("detached_genitives"))),
        name_endings=_name_endings(gp, g.get("name_endings")),
        pronoun_endings={k: _endings(gp, f"pronoun_endings.{k}", v)
                         for k, v in (g.get("pronoun_endings") or {}).items()},
        leader_words=_endings(gp, "leader_words", g.get("leader_words")),
        conditional_forms=frozenset(_endings(gp, "conditional_forms", g.get("conditional_forms"))),
        sea_nouns=frozenset(_endings(gp, "sea_nouns", g.get("sea_nouns"))),
        future_endings=_endings(gp, "future_endings", g.get("future_endings")),
        given_name_words=frozenset(_endings(gp, "given_name_words", g.get("given_name_words"))),
        project_nouns=frozenset(_endings(gp, "project_nouns", g.get("project_nouns"))),
        place_nouns=tuple(sorted(_phrases(gp, "place_nouns", g.get("place_nouns")), key=lambda p: -len(p))),
        lesser_ranks=frozenset(_endings(gp, "lesser_ranks", g.get("lesser_ranks"))),
        relatives=frozenset(_endings(gp, "relatives", g.get("relatives"))),
        desk_words=frozenset(_endings(gp, "desk_words", g.get("desk_words"))),
        happening=frozenset(_endings(gp, "happening", g.get("happening"))),
        report_nouns=frozenset(_endings(gp, "report_nouns", g.get("report_nouns"))),
        denials=_phrases(gp, "denials", g.get("denials")),
    )

    def event(name: str, cls: type[_E]) -> _E:
        spec = t.get(name) or {}
        if not isinstance(spec, dict):
            raise MappingError(f"{tp}: {name}: expected a mapping")
        if "cameo" not in spec:
            raise MappingError(f"{tp}: {name}: 'cameo' is required")
        values: dict[str, Any] = {}
        for f in fields(cls):
            key = _WORDS_KEY[cls] if f.name == "words" else f.metadata.get("yaml", f.name)
            v = spec.get(key)
            if f.name == "cameo":
                values[f.name] = _cameo(tp, f"{name}.cameo", v)
            elif f.name == "kinds":
                values[f.name] = {k: _phrases(tp, f"{name}.kinds.{k}", ps) for k, ps in (v or {}).items()}
            elif f.name == "roles":
                values[f.name] = tuple(v or ())
            elif f.name == "window":
                values[f.name] = int(spec.get(key, 4))
            elif f.name == "site_words":
                values[f.name] = int(spec.get(key, 2))
            else:
                values[f.name] = _phrases(tp, f"{name}.{key}", v)
        return cls(**values)

    pl = t.get("planned") or {}
    planned = Planned(int(pl.get("window", 4)), _phrases(tp, "planned.words", pl.get("words")),
                      _phrases(tp, "planned.before", pl.get("before")),
                      _phrases(tp, "planned.phrases", pl.get("phrases")),
                      _phrases(tp, "planned.not_planned", pl.get("not_planned")),
                      _phrases(tp, "planned.now", pl.get("now")),
                      _phrases(tp, "planned.settled", pl.get("settled")))
    verbs = _speech_verbs(cp, c)
    cameo = c.get("cameo")
    if not isinstance(cameo, dict):
        raise MappingError(f"{cp}: cameo: a mapping with the 'claim' and 'accusation' codes is required")
    speech = SpeechLexicon(
        verbs=tuple(sorted(verbs, key=lambda x: (-len(x[0]), x[0]))),
        accusation_kinds=frozenset(c.get("accusation_kinds") or ()),
        passive=_phrases(cp, "passive", c.get("passive")),
        according_to=_phrases(cp, "according_to", c.get("according_to")),
        in_words_of=_phrases(cp, "in_words_of", c.get("in_words_of")),
        only_before_that=_flat(cp, "only_before_that", c.get("only_before_that")),
        media_words=_flat(cp, "media_words", c.get("media_words")),
        passive_agents=_phrases(cp, "passive_agents", c.get("passive_agents")),
        statement_frames=_flat(cp, "statement_frames", c.get("statement_frames")),
        report_subjects=_flat(cp, "report_subjects", c.get("report_subjects")),
        heard_saying=_phrases(cp, "heard_saying", c.get("heard_saying")),
        accusation_nouns=_flat(cp, "accusation_nouns", c.get("accusation_nouns")),
        negated=_flat(cp, "negated", c.get("negated")),
        complementizers=_flat(cp, "complementizers", c.get("complementizers")),
        that=_flat(cp, "that", c.get("that")),
        article_relay_prefixes=_flat(cp, "article_relay_prefixes", c.get("article_relay_prefixes")),
        not_speech_before=_flat(cp, "not_speech_before", c.get("not_speech_before")),
        claim_cameo=_cameo(cp, "cameo.claim", cameo.get("claim")),
        accusation_cameo=_cameo(cp, "cameo.accusation", cameo.get("accusation")),
        not_speech_phrases=_phrases(cp, "not_speech_phrases", c.get("not_speech_phrases")),
        noun_comma={unicodedata.normalize("NFC", k): str(v) for k, v in (c.get("noun_comma") or {}).items()},
        arms_goods=_phrases(cp, "arms_transfer.goods", (c.get("arms_transfer") or {}).get("goods")),
        arms_moves=_phrases(cp, "arms_transfer.moves", (c.get("arms_transfer") or {}).get("moves")),
        arms_kinds=frozenset((c.get("arms_transfer") or {}).get("kinds") or ()),
        arms_uses=_flat(cp, "arms_transfer.uses", (c.get("arms_transfer") or {}).get("uses")),
        arms_with=_flat(cp, "arms_transfer.with", (c.get("arms_transfer") or {}).get("with")),
        attacks=_flat(cp, "arms_transfer.attacks", (c.get("arms_transfer") or {}).get("attacks")),
        arms_idioms=_flat(cp, "arms_transfer.idioms", (c.get("arms_transfer") or {}).get("idioms")),
        wrong_acts=_phrases(cp, "arms_transfer.acts", (c.get("arms_transfer") or {}).get("acts")),
        back_pointers=_flat(cp, "arms_transfer.back_pointers", (c.get("arms_transfer") or {}).get("back_pointers")),
        made=_flat(cp, "arms_transfer.made", (c.get("arms_transfer") or {}).get("made")),
        counts=_flat(cp, "arms_transfer.counts", (c.get("arms_transfer") or {}).get("counts")),
        about_words=_flat(cp, "arms_transfer.about", (c.get("arms_transfer") or {}).get("about")),
        compound_heads=_flat(cp, "arms_transfer.compound_heads", (c.get("arms_transfer") or {}).get("compound_heads")),
        dealings=_flat(cp, "arms_transfer.dealings", (c.get("arms_transfer") or {}).get("dealings")),
        concessive=_flat(cp, "arms_transfer.concessive", (c.get("arms_transfer") or {}).get("concessive")),
        origin_moves=_phrases(cp, "arms_transfer.origin_moves", (c.get("arms_transfer") or {}).get("origin_moves")),
        origins=_flat(cp, "arms_transfer.origins", (c.get("arms_transfer") or {}).get("origins")),
        bought_from=_phrases(cp, "arms_transfer.bought_from", (c.get("arms_transfer") or {}).get("bought_from")),
        labels=_flat(cp, "arms_transfer.labels", (c.get("arms_transfer") or {}).get("labels")),
        observers=frozenset((c.get("arms_transfer") or {}).get("observers") or ()),
        agent_heads=_flat(cp, "arms_transfer.agent_heads", (c.get("arms_transfer") or {}).get("agent_heads")),
        anaphoric_objects=_flat(cp, "anaphoric.objects", (c.get("anaphoric") or {}).get("objects")),
        anaphoric_determiners=_flat(cp, "anaphoric.determiners", (c.get("anaphoric") or {}).get("determiners")),
        there=_phrases(cp, "published_there.there", (c.get("published_there") or {}).get("there")),
        documents=_flat(cp, "published_there.documents", (c.get("published_there") or {}).get("documents")),
        publish=_flat(cp, "published_there.publish", (c.get("published_there") or {}).get("publish")),
        object_accused=_phrases(cp, "object_accused", c.get("object_accused")),
        by_count=_flat(cp, "by_count", c.get("by_count")),
        joint=_flat(cp, "joint", c.get("joint")),
        blame_nouns=_flat(cp, "blame.nouns", (c.get("blame") or {}).get("nouns")),
        blame_verbs=_flat(cp, "blame.verbs", (c.get("blame") or {}).get("verbs")),
        counter_kinds=frozenset((c.get("counter_charge") or {}).get("kinds") or ()),
        counter_words=_flat(cp, "counter_charge.words", (c.get("counter_charge") or {}).get("words")),
        unnamed_speakers=_flat(cp, "unnamed_speakers", c.get("unnamed_speakers")),
        protest_nouns=_flat(cp, "protest.nouns", (c.get("protest") or {}).get("nouns")),
        protest_to=_flat(cp, "protest.to", (c.get("protest") or {}).get("to")),
        summon=_flat(cp, "protest.summon", (c.get("protest") or {}).get("summon")),
        envoys=_flat(cp, "protest.envoys", (c.get("protest") or {}).get("envoys")),
        anaphoric_pronouns=_flat(cp, "anaphoric.pronouns", (c.get("anaphoric") or {}).get("pronouns")),
        interrogatives=_flat(cp, "interrogatives", c.get("interrogatives")),
        asked=_phrases(cp, "answerer.asked", (c.get("answerer") or {}).get("asked")),
        asked_to=_flat(cp, "answerer.to", (c.get("answerer") or {}).get("to")),
        replies=_flat(cp, "answerer.replies", (c.get("answerer") or {}).get("replies")),
        turns=_flat(cp, "answerer.turns", (c.get("answerer") or {}).get("turns")),
        quote_pairs=_quote_pairs(cp, c.get("quotation") or {}),
        quote_reach=int((c.get("quotation") or {}).get("reach") or 0),
    )
    return Lexicons(grammar, event("visit", VisitLexicon), event("meeting", MeetingLexicon),
                    event("agreement", AgreementLexicon), planned,
                    _phrases(tp, "same_time", t.get("same_time")), speech)
