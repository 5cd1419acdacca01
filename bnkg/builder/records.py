"""The intermediate records every pipeline stage hands to the next.

They are plain frozen dataclasses: the seam between *reading* text (``segment``, ``dates``,
``mentions``, ``events``) and *writing* RDF (``graph``).  Inside the reading, one
:class:`SentenceRecord` per body sentence carries what each stage found — its words (tokenised
once, by ``segment``), its dates, its mentions — on to the next.  A different reader — an ML model, say —
can produce these records and reuse the RDF writer unchanged.

All character offsets are into :attr:`Article.text`, the normalised text of the whole input file
(see :mod:`bnkg.builder.read`), so ``article.text[start:end]`` is always the verbatim evidence.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

Precision = Literal["day", "month", "year"]
Status = Literal["Occurred", "Planned"]
ActorType = Literal["Person", "State", "Organization", "Group"]


@dataclass(frozen=True, slots=True)
class DateValue:
    """A calendar date at the precision the text supports.

    ``value`` is the lexical form of the matching XSD type: ``2024-06-19`` (xsd:date, precision
    "day"), ``2024-06`` (xsd:gYearMonth, "month") or ``2024`` (xsd:gYear, "year").
    """

    value: str
    precision: Precision

    def refines(self, other: DateValue) -> bool:
        """True when ``self`` is ``other`` or a more precise date inside it.

        >>> DateValue("2024-06-19", "day").refines(DateValue("2024-06", "month"))
        True
        """
        return self.value.startswith(other.value)

    def after(self, other: DateValue) -> bool:
        """True when ``self`` lies wholly after ``other``, compared at the coarser precision (the
        rule of the SHACL constraint ``bnkgsh:Event-date-after-publication``).

        >>> DateValue("2022-08", "month").after(DateValue("2022-06-23", "day"))
        True
        >>> DateValue("2022-06", "month").after(DateValue("2022-06-23", "day"))
        False
        """
        n = min(len(self.value), len(other.value))
        return self.value[:n] > other.value[:n]


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the article body; ``text == article.text[start:end]``."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Token:
    """A word of a sentence with its offsets into the article text."""

    start: int
    end: int
    text: str
    hyphen_before: bool  # glued to the previous word by a hyphen ("হুই-এর")


@dataclass(frozen=True, slots=True)
class Article:
    """An input file, segmented: headline, publication date, body sentences."""

    source_file: str  # the input file's base name
    text: str  # normalised text of the whole file; every offset points into it
    content_hash: str  # sha256 hex digest of ``text`` (UTF-8): the article's identity
    headline: str | None
    headline_span: tuple[int, int] | None
    published: DateValue | None
    published_time: str | None  # "HH:MM[:SS]" when the page gives it, else None
    body_span: tuple[int, int]
    sentences: tuple[Sentence, ...]
    # what was odd about the page, read anyway ("stops mid-sentence", …): for the build summary
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in a sentence, resolved against the publication date.

    ``value`` is None when the expression cannot be pinned to a calendar date (for example
    "last June" in an article with no publication date): no date is ever invented.
    """

    start: int
    end: int
    text: str
    value: DateValue | None
    relative: bool  # "last Wednesday", "this month" … as opposed to "19 June 2024"


@dataclass(frozen=True, slots=True)
class SentenceRecord:
    """One body sentence on its way through the stages: ``segment`` gives its text, offsets and
    words (:func:`bnkg.builder.segment.tokenize`, the one tokenisation), ``dates`` its date
    expressions (:func:`bnkg.builder.dates.sentence_dates`), ``mentions`` the actors and places
    it names (:meth:`bnkg.builder.mentions.MentionFinder.read`); the event rules read it."""

    sentence: Sentence
    tokens: tuple[Token, ...]
    # read as the past ("বুধবার": the last Wednesday) and as the future (for a planned event); an
    # anaphor ("পরদিন") has no value yet: the rules count it from the day the narrative is at
    dates: tuple[DateMention, ...] = ()
    future_dates: tuple[DateMention, ...] = ()
    mentions: tuple[Mention, ...] = ()  # in text order

    def with_dates(self, dates: tuple[DateMention, ...], future_dates: tuple[DateMention, ...]) -> SentenceRecord:
        """``replace(self, dates=dates, future_dates=future_dates)``, built directly (``replace``
        reads the fields at every call, twice per sentence)."""
        return SentenceRecord(self.sentence, self.tokens, dates, future_dates, self.mentions)

    def with_mentions(self, mentions: tuple[Mention, ...]) -> SentenceRecord:
        """``replace(self, mentions=mentions)``, built directly."""
        return SentenceRecord(self.sentence, self.tokens, self.dates, self.future_dates, mentions)

    @property
    def index(self) -> int:
        return self.sentence.index

    @property
    def start(self) -> int:
        return self.sentence.start

    @property
    def end(self) -> int:
        return self.sentence.end

    @property
    def text(self) -> str:
        return self.sentence.text


@dataclass(frozen=True, slots=True)
class Entity:
    """An actor or place as the graph will describe it (from the gazetteer or discovered)."""

    key: str  # ASCII slug; the IRI is built from it, never from raw text
    type: ActorType | Literal["Place"]
    label_bn: str
    label_en: str | None = None
    wikidata: str | None = None  # "Q7747"; only ids verified against public sources
    affiliation: str | None = None  # key of a State/Organization
    role_bn: str | None = None
    state: str | None = None  # for places: key of the State it lies in
    from_gazetteer: bool = True
    aliases: tuple[str, ...] = ()  # other Bengali spellings (written as skos:altLabel)


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of text that names an entity (through inflection, short names or roles)."""

    start: int
    end: int
    surface: str
    key: str  # Entity.key
    sentence: int  # Sentence.index
    how: str = "alias"  # alias | adjective | role | title-intro | pronoun
    case: str = "nom"  # nom | gen | acc | loc — read off the Bengali case ending
    token: int = 0  # index of the mention's first token in its sentence (see segment.tokenize)
    end_token: int = 0  # index one past its last token


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact was read: the sentence, and the rule and words that produced it."""

    start: int
    end: int
    quote: str  # == article.text[start:end]
    rule: str  # the extraction rule's name, e.g. "visit.trigger"
    triggers: tuple[str, ...] = ()  # lexicon entries / words that fired


@dataclass(frozen=True, slots=True)
class Visit:
    visitor: str
    destination: str  # a State key
    evidence: tuple[Evidence, ...]
    place: str | None = None
    host: str | None = None
    date: DateValue | None = None
    status: Status = "Occurred"


@dataclass(frozen=True, slots=True)
class Meeting:
    participants: tuple[str, ...]  # sorted keys, two or more
    evidence: tuple[Evidence, ...]
    place: str | None = None
    date: DateValue | None = None
    status: Status = "Occurred"


@dataclass(frozen=True, slots=True)
class Agreement:
    parties: tuple[str, ...]  # sorted State/Organization keys
    evidence: tuple[Evidence, ...]
    signatories: tuple[str, ...] = ()
    kind: str = "other"  # defense | economic | military | other  (lexicon: triggers.yaml)
    date: DateValue | None = None
    status: Status = "Occurred"


@dataclass(frozen=True, slots=True)
class Claim:
    """Something an actor said, alleged, pledged, warned, denied or confirmed."""

    claimant: str
    text: str  # the claim's words (a verbatim substring of the article text)
    text_span: tuple[int, int]
    kind: str  # said | claimed | alleged | accused | pledged | warned | denied | confirmed | …
    evidence: tuple[Evidence, ...]
    about: tuple[str, ...] = ()  # actor keys; for an accusation, the accused
    accusation: bool = False
    via: str | None = None  # the outlet or agency that relays it ("খবর আল-জাজিরার")
    accused: tuple[str, ...] = ()  # who the words would accuse, if they turn out to be an accusation


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """Everything read from one article: the input of :mod:`bnkg.builder.graph`."""

    article: Article
    entities: tuple[Entity, ...]  # every entity referred to below, sorted by key
    mentioned: tuple[str, ...]  # keys of the actors the body names (sorted)
    visits: tuple[Visit, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    claims: tuple[Claim, ...] = ()
    warnings: tuple[str, ...] = field(default=())


FACT_KINDS = ("visits", "meetings", "agreements", "claims", "accusations")


def fact_counts(records: Iterable[ArticleRecord]) -> dict[str, int]:
    """Facts per kind (:data:`FACT_KINDS`) in ``records``: what a build summary reports; the
    in-memory and the streaming builds count with this one function."""
    counts = dict.fromkeys(FACT_KINDS, 0)
    for r in records:
        counts["visits"] += len(r.visits)
        counts["meetings"] += len(r.meetings)
        counts["agreements"] += len(r.agreements)
        counts["claims"] += len(r.claims)
        counts["accusations"] += sum(1 for c in r.claims if c.accusation)
    return counts
