"""A bnkg graph read back as plain records — the facts, their actors, articles and evidence.

The HTML report (:mod:`bnkg.views.report`) and ``bnkg explain`` (:mod:`bnkg.views.explain`) both need "every
fact with everything about it"; reading that once, into frozen dataclasses, keeps their code free
of RDF plumbing and makes them agree on what a fact is.  :class:`Event` is a real-world event (a
``bnkg:FusedEvent`` of the fused graph, read as it is — never re-fused) with its readings.  Reading uses rdflib triple lookups on the
union of the named graphs (cheaper than SPARQL for whole-graph reads).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.term import Node

from bnkg.queries import catalogue, run
from bnkg.rdf.namespaces import ACTOR_TYPES, BNKG, OWL, PROV, RDF, RDFS, SCHEMA, SKOS
from bnkg.transliterate import transliterate

FACT_KINDS = ("Visit", "Meeting", "Agreement", "Claim", "Accusation")
EVENT_KINDS = ("Visit", "Meeting", "Agreement")  # the kinds fused across articles into events
ACTOR_KINDS = (*ACTOR_TYPES, "Actor", "Place")  # most specific first
# the actor-valued properties of each kind of fact, in the order they are shown
ROLES: dict[str, tuple[str, ...]] = {
    "Visit": ("visitor", "destination", "host"),
    "Meeting": ("participant",),
    "Agreement": ("party", "signatory"),
    "Claim": ("claimant", "about", "via"),
    "Accusation": ("claimant", "about", "via"),
}
_REPORT_OF = BNKG.reportOf  # written by bnkg.builder.corpus.fusion
_WIKIDATA = re.compile(r"^http://www\.wikidata\.org/entity/(Q[0-9]+)$")


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor or place with its labels; ``en`` is never empty (transliterated when missing)."""

    iri: str
    type: str  # Person | State | Organization | Group | Actor | Place
    bn: str
    en: str
    en_transliterated: bool  # no English label in the graph, or one transliterated by the builder
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None  # "Q7747", only when the graph links it
    role_bn: str | None = None
    affiliation: str | None = None  # IRI
    in_state: str | None = None  # IRI, for places


@dataclass(frozen=True, slots=True)
class Article:
    iri: str
    source_file: str
    headline: str | None
    published: str | None


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of an article that a fact was read from, with the rule and words that fired."""

    iri: str
    article: str | None  # IRI
    begin: int | None
    end: int | None
    quote: str
    rule: str
    triggers: tuple[str, ...]


class _HasRoles:
    """``actors()`` for records with ``roles`` (a fact or an event)."""

    __slots__ = ()
    roles: tuple[tuple[str, tuple[str, ...]], ...]

    def actors(self, *roles: str) -> tuple[str, ...]:
        """IRIs of the actors in ``roles`` (all roles when none is given), in order, without repeats."""
        out: dict[str, None] = {}
        for prop, iris in self.roles:
            if not roles or prop in roles:
                out.update(dict.fromkeys(iris))
        return tuple(out)


@dataclass(frozen=True, slots=True)
class Fact(_HasRoles):
    """A Visit, Meeting, Agreement, Claim or Accusation with everything the graph says about it."""

    iri: str
    kind: str  # one of FACT_KINDS
    roles: tuple[tuple[str, tuple[str, ...]], ...]  # (property, actor IRIs), in ROLES order
    place: str | None = None
    date: str | None = None  # lexical form: 2024-06-19 | 2024-06 | 2024
    status: str | None = None  # Occurred | Planned
    agreement_kind: str | None = None
    claim_kind: str | None = None  # English word: said, alleged, denied …
    text: str | None = None  # a claim's Bengali words
    articles: tuple[str, ...] = ()  # IRIs
    evidence: tuple[Evidence, ...] = ()
    event: str | None = None  # the fused event this reading reports (fusion across articles)

    @property
    def is_claim(self) -> bool:
        return self.kind in ("Claim", "Accusation")


@dataclass(frozen=True, slots=True)
class Event(_HasRoles):
    """A real-world visit, meeting or agreement: a ``bnkg:FusedEvent`` of the fused graph, with the
    articles' readings of it.  A reading that no fused event covers (a graph written without the
    fused graph) stands for itself: ``fused`` is False and ``iri`` is the reading's."""

    iri: str
    kind: str  # one of EVENT_KINDS
    roles: tuple[tuple[str, tuple[str, ...]], ...]  # (property, actor IRIs), in ROLES order
    place: str | None = None  # where the readings agree
    date: str | None = None  # the most precise date the readings agree on
    status: str | None = None
    agreement_kind: str | None = None  # the readings' kinds, joined with "/"
    articles: tuple[str, ...] = ()  # IRIs of the supporting articles
    readings: tuple[str, ...] = ()  # IRIs of the readings (Facts of the story), by source file
    conflicts: tuple[str, ...] = ()  # what the readings disagree on: "date", "place", "status"
    source_count: int = 0
    fused: bool = True

    @property
    def is_claim(self) -> bool:  # (for code that takes facts and events alike)
        return False

    @property
    def claim_kind(self) -> None:
        return None

    @property
    def precision(self) -> str | None:
        """"day", "month" or "year" of :attr:`date` (None when undated)."""
        if self.date is None:
            return None
        return {10: "day", 7: "month"}.get(len(self.date), "year")


@dataclass(frozen=True, slots=True)
class ConflictValue:
    """One article's value for a disputed property of a fused event (None: it gives none)."""

    value: str | None
    source_file: str | None
    headline: str | None
    reading: str | None  # IRI of that article's Visit/Meeting/Agreement node (a Fact of the story)


@dataclass(frozen=True, slots=True)
class Conflict:
    """Articles reporting one event disagree on a property (the fusion step's ``conflicts`` query)."""

    event: str  # IRI of the fused event
    kind: str  # Visit | Meeting | Agreement
    property: str  # date | place | …
    values: tuple[ConflictValue, ...]


@dataclass(frozen=True)
class Story:
    """Everything the report and the explanations show, read from one graph."""

    actors: dict[str, Actor]
    articles: dict[str, Article]
    facts: tuple[Fact, ...]  # by date (undated last), then kind, then IRI: readings and claims
    conflicts: tuple[Conflict, ...] = ()
    counts: dict[str, int] = field(default_factory=dict)  # facts (readings, claims) per kind
    events: tuple[Event, ...] = ()  # real-world visits, meetings, agreements; ordered as the facts

    @cached_property
    def fact_index(self) -> dict[str, Fact]:
        return {f.iri: f for f in self.facts}

    @cached_property
    def event_index(self) -> dict[str, Event]:
        return {ev.iri: ev for ev in self.events}

    @cached_property
    def event_counts(self) -> dict[str, int]:
        """Events per kind (Visit, Meeting, Agreement)."""
        return {k: sum(1 for ev in self.events if ev.kind == k) for k in EVENT_KINDS}

    @cached_property
    def by_actor(self) -> dict[str, list[tuple[str, Fact | Event]]]:
        """Actor IRI → (role, fact or event) of every claim and event it takes part in (no readings)."""
        out: dict[str, list[tuple[str, Fact | Event]]] = defaultdict(list)
        for x in (*self.events, *(f for f in self.facts if f.is_claim)):
            for role, iris in x.roles:
                for iri in dict.fromkeys(iris):
                    out[iri].append((role, x))
        return out

    def event_of(self, fact: Fact) -> Event | None:
        """The event a reading reports (None for a claim)."""
        if fact.event is not None and fact.event in self.event_index:
            return self.event_index[fact.event]
        return self.event_index.get(fact.iri)

    def events_of(self, iri: str, *roles: str) -> list[Event]:
        """The events an actor takes part in (in ``roles``, or any)."""
        seen: dict[str, Event] = {}
        for role, x in self.by_actor.get(iri, ()):
            if isinstance(x, Event) and (not roles or role in roles):
                seen.setdefault(x.iri, x)
        return list(seen.values())

    def claims_of(self, iri: str, *roles: str) -> list[Fact]:
        seen: dict[str, Fact] = {}
        for role, x in self.by_actor.get(iri, ()):
            if isinstance(x, Fact) and (not roles or role in roles):
                seen.setdefault(x.iri, x)
        return list(seen.values())

    def actor(self, iri: str) -> Actor:
        """The actor, or a stand-in labelled with the IRI's last segment when the graph lacks it."""
        a = self.actors.get(iri)
        if a is not None:
            return a
        local = re.split(r"[/#]", iri.rstrip("/#"))[-1]
        return Actor(iri, "Actor", local, local, False)

    def readings(self, event: str) -> list[Fact]:
        """Every article's reading of an event."""
        ev = self.event_index.get(event)
        if ev is None:
            return [f for f in self.facts if f.event == event]
        return [self.fact_index[r] for r in ev.readings if r in self.fact_index]

    def facts_of(self, iri: str, *roles: str) -> list[Fact]:
        return [f for f in self.facts if iri in f.actors(*roles)]

    def summary_en(self, f: Fact | Event) -> str:
        """A one-line English summary of a fact, for readers who do not read Bengali (plain text)."""
        who = {r: [self.actor(i).en for i in iris] for r, iris in f.roles}
        place = f" in {self.actor(f.place).en}" if f.place else ""
        planned = " (planned)" if f.status == "Planned" else ""
        if f.kind == "Visit":
            return f"{', '.join(who['visitor'])} visits {', '.join(who['destination'])}{place}{planned}"
        if f.kind == "Meeting":
            p = who["participant"]
            rest = f" and {', '.join(p[2:])}" if len(p) > 2 else ""
            return f"{' meets '.join(p[:2])}{rest}{place}{planned}"
        if f.kind == "Agreement":
            kind = f"{f.agreement_kind} " if f.agreement_kind and f.agreement_kind != "other" else ""
            signed = f", signed by {', '.join(who['signatory'])}" if who["signatory"] else ""
            return f"{kind}agreement between {' and '.join(who['party']) or '?'}{signed}{planned}"
        about = (f" {', '.join(who['about'])}" if f.claim_kind == "accused" else
                 f" about {', '.join(who['about'])}") if who["about"] else ""
        via = f" (via {', '.join(who['via'])})" if who["via"] else ""
        return f"{', '.join(who['claimant']) or '?'} {f.claim_kind or 'said'}{about}{via}"

    def matches(self, iri: str, needle: str) -> bool:
        """Whether an actor is the one a user names: its IRI, key, or a label/spelling (Bengali or
        English, case-insensitive) equal to ``needle`` or containing it as whole words."""
        n = " ".join(needle.casefold().split())
        if not n:
            return True
        if n in (iri.casefold(), _local(iri).casefold()):
            return True
        a = self.actor(iri)
        return any(n == lab or f" {n} " in f" {lab} " for lab in
                   (" ".join(x.casefold().split()) for x in (a.bn, a.en, *a.aliases)))


def union_view(graph: Graph) -> Graph:
    """The union of a Dataset's named graphs (a plain Graph is returned as it is)."""
    if isinstance(graph, ConjunctiveGraph) and graph.store.graph_aware:
        return Dataset(store=graph.store, default_union=True)
    return graph


def read_story(graph: Graph) -> Story:
    """Read every fact, actor, article and conflict record of a bnkg graph."""
    g = union_view(graph)
    articles = {str(a): _article(g, a) for a in _subjects(g, BNKG.Article)}
    facts: list[Fact] = []
    for kind in FACT_KINDS:
        for node in _subjects(g, BNKG[kind]):
            if kind == "Claim" and (node, RDF.type, BNKG.Accusation) in g:
                continue  # read once, as the more specific Accusation
            facts.append(_fact(g, node, kind))
    facts.sort(key=lambda f: (f.date is None, f.date or "", FACT_KINDS.index(f.kind), f.iri))
    wanted: set[str] = set()
    for f in facts:
        wanted.update(f.actors())
        if f.place:
            wanted.add(f.place)
    for kind in ACTOR_KINDS:
        wanted.update(str(s) for s in _subjects(g, BNKG[kind]))
    actors: dict[str, Actor] = {}
    for iri in sorted(wanted):
        a = _actor(g, URIRef(iri))
        if a is not None:
            actors[iri] = a
    counts = {k: sum(1 for f in facts if f.kind == k) for k in FACT_KINDS}
    return Story(actors, articles, tuple(facts), tuple(_conflicts(g)), counts, _events(g, facts, articles))


# --- internals -----------------------------------------------------------------------------------


def _subjects(g: Graph, cls: Node) -> list[URIRef]:
    return sorted({s for s in g.subjects(RDF.type, cls) if isinstance(s, URIRef)})


def _one(g: Graph, s: Node, p: Node) -> str | None:
    values = sorted(str(o) for o in g.objects(s, p))
    return values[0] if values else None


def _iris(g: Graph, s: Node, p: Node) -> tuple[str, ...]:
    return tuple(sorted({str(o) for o in g.objects(s, p) if isinstance(o, URIRef)}))


def _label(g: Graph, s: Node, lang: str) -> str | None:
    values = sorted(str(o) for o in g.objects(s, RDFS.label)
                    if isinstance(o, Literal) and (o.language or "").lower().startswith(lang))
    return values[0] if values else None


def _local(iri: str) -> str:
    return re.split(r"[/#]", iri.rstrip("/#"))[-1]


def _article(g: Graph, a: URIRef) -> Article:
    return Article(str(a), _one(g, a, BNKG.sourceFile) or _local(str(a)), _one(g, a, SCHEMA.headline),
                   _one(g, a, SCHEMA.datePublished))


def _actor(g: Graph, node: URIRef) -> Actor | None:
    types = {str(t) for t in g.objects(node, RDF.type)}
    kind = next((k for k in ACTOR_KINDS if str(BNKG[k]) in types), None)
    bn = _label(g, node, "bn")
    en = _label(g, node, "en")
    if kind is None and bn is None and en is None:
        return None
    plain = next((str(o) for o in g.objects(node, RDFS.label) if isinstance(o, Literal) and not o.language), None)
    bn = bn or plain or en or _local(str(node))
    wikidata = next((m.group(1) for o in sorted(str(x) for x in g.objects(node, OWL.sameAs))
                     if (m := _WIKIDATA.match(o))), None)
    aliases = tuple(sorted({str(o) for o in g.objects(node, SKOS.altLabel)} - {bn}))
    # people found in text (not in the gazetteer) are written with a transliterated English label
    guessed = en is None or _local(str(node)).startswith("person-")
    return Actor(str(node), kind or "Actor", bn, en or transliterate(bn), guessed, aliases, wikidata,
                 _one(g, node, BNKG.role), _one(g, node, BNKG.affiliation), _one(g, node, BNKG.inState))


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _evidence(g: Graph, node: URIRef) -> Evidence:
    return Evidence(str(node), _one(g, node, BNKG.inArticle), _int(_one(g, node, BNKG.beginIndex)),
                    _int(_one(g, node, BNKG.endIndex)), _one(g, node, BNKG.quote) or "",
                    _one(g, node, BNKG.rule) or "", tuple(sorted({str(t) for t in g.objects(node, BNKG.trigger)})))


def _fact(g: Graph, node: URIRef, kind: str) -> Fact:
    roles = tuple((r, _iris(g, node, BNKG[r])) for r in ROLES[kind])
    status = _one(g, node, BNKG.status)
    evidence = sorted((_evidence(g, e) for e in g.objects(node, BNKG.evidence) if isinstance(e, URIRef)),
                      key=lambda e: (e.article or "", e.begin or 0, e.rule, e.iri))
    articles = set(_iris(g, node, PROV.wasDerivedFrom)) | {e.article for e in evidence if e.article}
    return Fact(str(node), kind, roles, _one(g, node, BNKG.place), _one(g, node, BNKG.date),
                _local(status) if status else None, _one(g, node, BNKG.agreementKind),
                _one(g, node, BNKG.claimKind), _one(g, node, BNKG.text), tuple(sorted(articles)), tuple(evidence),
                _one(g, node, _REPORT_OF))


def _conflicts(g: Graph) -> Iterable[Conflict]:
    """Disagreements between articles, from the ``conflicts`` canned query of the fusion step (none
    when the query is not installed or has required parameters)."""
    query = catalogue().get("conflicts")
    if query is None or any(p.required for p in query.params):
        return
    result = run("conflicts", g)
    groups: dict[tuple[str, str, str], list[ConflictValue]] = {}
    for row in result.rows:
        r = {col: str(v) for col, v in zip(result.columns, row, strict=True) if v is not None}
        key = (r.get("event", ""), _local(r.get("kind", "")), _local(r.get("property", "")))
        value = ConflictValue(r.get("value"), r.get("source_file"), r.get("headline"), r.get("reading"))
        if value not in groups.setdefault(key, []):
            groups[key].append(value)
    for (event, kind, prop), values in sorted(groups.items()):
        yield Conflict(event, kind, prop, tuple(values))


def _events(g: Graph, facts: list[Fact], articles: dict[str, Article]) -> tuple[Event, ...]:
    """The fused events (one lookup per event and property; readings found through one pass over
    ``bnkg:reportOf``), plus a stand-in event for each reading no fused event covers."""
    by_iri = {f.iri: f for f in facts}
    reports: dict[str, list[str]] = defaultdict(list)
    for reading, event in g.subject_objects(_REPORT_OF):
        if str(reading) in by_iri:
            reports[str(event)].append(str(reading))
    events: list[Event] = []
    covered: set[str] = set()
    for node in _subjects(g, BNKG.FusedEvent):
        kind = _local(_one(g, node, BNKG.kind) or "")
        if kind not in EVENT_KINDS:
            continue
        iri = str(node)
        readings = sorted((by_iri[r] for r in set(reports.get(iri, ()))),  # by source file
                          key=lambda f: ([articles[a].source_file if a in articles else a for a in f.articles], f.iri))
        covered.update(f.iri for f in readings)
        status = _one(g, node, BNKG.status)
        sources = tuple(sorted(set(_iris(g, node, BNKG.supportedBy)) | set(_iris(g, node, PROV.wasDerivedFrom))
                               | {a for f in readings for a in f.articles}))
        count = _int(_one(g, node, BNKG.sourceCount))
        kinds = sorted({f.agreement_kind for f in readings if f.agreement_kind})
        kinds = [k for k in kinds if k != "other"] or kinds  # "other" adds nothing beside a known kind
        events.append(Event(iri, kind, tuple((r, _iris(g, node, BNKG[r])) for r in ROLES[kind]),
                            _one(g, node, BNKG.place), _one(g, node, BNKG.date),
                            _local(status) if status else None, "/".join(kinds) or None, sources,
                            tuple(f.iri for f in readings),
                            tuple(sorted({_local(str(o)) for o in g.objects(node, BNKG.conflictOn)})),
                            count if count is not None else len(sources)))
    for f in facts:
        if f.kind in EVENT_KINDS and f.iri not in covered:
            events.append(Event(f.iri, f.kind, f.roles, f.place, f.date, f.status, f.agreement_kind, f.articles,
                                (f.iri,), (), len(f.articles), fused=False))
    events.sort(key=lambda ev: (ev.date is None, ev.date or "", FACT_KINDS.index(ev.kind), ev.iri))
    return tuple(events)
