"""Readings of one event in many articles → one fused event node, with disagreements kept.

Every article's graph keeps its own *reading* of an event (a ``bnkg:Visit`` / ``Meeting`` /
``Agreement`` node with that article's date, place, status and evidence).  This module groups the
readings of all articles that report the same real-world event and writes, into the named graph
``…/graph/fused``, one ``bnkg:FusedEvent`` per group:

* ``bnkg:kind`` (the readings' class), the actors they agree on (visitor and destination, the
  participants, the parties), ``bnkg:supportedBy`` every supporting article (a sub-property of
  ``prov:wasDerivedFrom``), and each reading ``bnkg:reportOf`` the fused event;
* ``bnkg:date``: the most precise date the readings agree on (the finest of compatible dates; when
  they disagree, the part they share — ``2024-10`` for ``2024-10-10`` and ``2024-10-11`` — if any);
  ``bnkg:place`` only when they agree;
* ``bnkg:conflictOn bnkg:date`` (or ``bnkg:place``) when they disagree — the canned query
  ``conflicts`` lists each value and the articles behind it.  Nothing is silently resolved;
* ``prov:wasDerivedFrom`` each supporting article too, so plain SPARQL finds the sources without
  knowing ``bnkg:supportedBy`` (fused events never carry a reading class such as ``bnkg:Meeting``:
  the scorer and the per-article queries count those as readings);
* ``bnkg:rank``: the event's place (0, 1, …) in the timeline's order of all fused events — dated
  first, by the lexical form of the date, then by kind and IRI (:func:`order_key`).  The canned
  queries sort and page by this whole number instead of recomputing a string key per event (a
  whole number compares without reading a string back from the store).
* ``bnkg:claimRank``: each claim's (and accusation's) place in the claims listing's order of the whole
  graph — by its article's source file, then its IRI (:func:`claim_ranks`): the canned queries ``claims``
  and ``accusations`` find a page's claims by it (sorting 66,000 claims by a string key took 1.6 s; by
  a whole number, a tenth of that). A corpus-wide order, so it lives in this graph, not in the article's.

An event's IRI is made from its kind, key actors, status and :func:`anchor` (its earliest date at
the finest precision given), so it survives new sources that merely repeat, coarsen or omit the date.

The rule (also in the README): readings are the same event when they have the same kind, the same
status, the same key actors (visitor + destination; participant set; party set), and dates that
are compatible — equal, one a refinement of the other ("2024-06" ⊃ "2024-06-19"), or close at day
precision (:class:`FusionRules`: a visit lasts days) — and places that do not contradict.  A reading
with no date joins the group it is compatible with; when it is compatible with several, they become
one event only if their dates lie within ``bridge_days`` of each other (else the undated reading
stands alone: we do not guess).  An undated reading from a page whose publication day is known joins
only an event within ``bridge_days`` of that day.  Two visits years apart stay two visits.

The result is a function of the set of readings only, so any build order, or building in batches,
gives the same graph.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD
from rdflib.term import Node

from bnkg.builder.graph import IRIs, digest
from bnkg.rdf.namespaces import BNKG, PROV, SCHEMA, SEM

KINDS = (BNKG.Visit, BNKG.Meeting, BNKG.Agreement)
# the actors that identify an event of each kind (the fused node carries them)
KEY_ROLES = {BNKG.Visit: (BNKG.visitor, BNKG.destination), BNKG.Meeting: (BNKG.participant,),
             BNKG.Agreement: (BNKG.party,)}
OTHER_ROLES = {BNKG.Visit: (BNKG.host,), BNKG.Meeting: (), BNKG.Agreement: (BNKG.signatory,)}
# what a reading is read from, besides its type and prov:wasDerivedFrom
READ_PREDICATES = {k: KEY_ROLES[k] + OTHER_ROLES[k] + (BNKG.status, BNKG.date, BNKG.place) for k in KINDS}
_ALL_READ = frozenset({PROV.wasDerivedFrom}.union(*READ_PREDICATES.values()))
_KIND_SET = frozenset(KINDS)
_TYPED, _READ, _PUBLISHED = "type", "read", "published"  # graph_readings' uses of a predicate
_USES = {RDF.type: _TYPED, SCHEMA.datePublished: _PUBLISHED, **dict.fromkeys(_ALL_READ, _READ)}
Triple = tuple[Node, Node, Node]


@dataclass(frozen=True)
class FusionRules:
    """How close two day-precise dates may be and still be one event, per kind."""

    # readings this many days apart may still be one event (a meeting "on Saturday" and "on Sunday")
    same_days: dict[str, int] = field(default_factory=lambda: {"Visit": 7, "Meeting": 1, "Agreement": 1})
    # an event that lasts days: readings within this many days do not disagree (arrival vs talks)
    span_days: dict[str, int] = field(default_factory=lambda: {"Visit": 7})
    bridge_days: int = 183


@dataclass(slots=True)
class Reading:
    node: URIRef
    kind: URIRef
    key: tuple[tuple[str, ...], ...]
    status: str
    date: Literal | None
    place: URIRef | None
    article: URIRef
    roles: Mapping[URIRef, AbstractSet[URIRef]]
    published: date | None = None  # the day its article was published, when the page gives it

    def compact(self, canon: dict[object, object]) -> Reading:
        """The same reading with its repeated values shared through ``canon`` and no empty roles.

        Why: a streaming build keeps every reading of the corpus; those arriving from worker
        processes each carry their own copy of every IRI (100,000 articles: 0.9 GB in the parent)."""
        def c(x: Any) -> Any:
            return canon.setdefault(x, x)

        roles = {c(p): c(frozenset(c(o) for o in os)) for p, os in self.roles.items() if os}
        return Reading(self.node, c(self.kind), c(self.key), c(self.status),
                       None if self.date is None else c(self.date),
                       None if self.place is None else c(self.place), c(self.article), roles, self.published)


def _day(lit: Literal) -> date | None:
    return _day_or_none(str(lit))


def _span(lit: Literal) -> tuple[date, date]:
    """The first and last day a date literal covers."""
    s = str(lit)
    if len(s) == 10:
        d = date.fromisoformat(s)
        return d, d
    if len(s) == 7:
        y, m = int(s[:4]), int(s[5:7])
        first = date(y, m, 1)
        last = date(y + (m == 12), m % 12 + 1, 1).toordinal() - 1
        return first, date.fromordinal(last)
    y = int(s[:4])
    return date(y, 1, 1), date(y, 12, 31)


def compatible(a: Literal | None, b: Literal | None) -> bool:
    """Equal, missing, or one a refinement of the other ("2024-06" and "2024-06-19")."""
    return a is None or b is None or str(a).startswith(str(b)) or str(b).startswith(str(a))


def _close(a: Literal, b: Literal, days: int) -> bool:
    da, db = _day(a), _day(b)
    return da is not None and db is not None and abs((da - db).days) <= days


def readings(ds: Dataset, exclude: URIRef | None = None) -> list[Reading]:
    """Every event reading in ``ds`` (named graphs other than ``exclude``), in kind and IRI order."""
    out: list[Reading] = []
    for kind in KINDS:
        nodes = sorted({s for s, _, _, g in ds.quads((None, RDF.type, kind, None)) if g != exclude})
        for n in nodes:
            props: dict[URIRef, list[Node]] = {
                PROV.wasDerivedFrom: [o for _, _, o, g in ds.quads((n, PROV.wasDerivedFrom, None, None))
                                      if g != exclude]}
            for p in READ_PREDICATES[kind]:
                props[p] = [o for _, _, o, _ in ds.quads((n, p, None, None))]
            r = reading(n, kind, props)
            if r is not None:
                r.published = next((d for _, _, o, _ in ds.quads((r.article, SCHEMA.datePublished, None, None))
                                    if (d := _day_or_none(str(o)[:10])) is not None), None)
                out.append(r)
    return out


def graph_readings(triples: Iterable[Triple]) -> list[Reading]:
    """The event readings of one article's triples (what :func:`readings` finds in its named graph).

    Why: the streaming build keeps these compact readings, not the article graphs, for the fused
    graph it writes at the end.
    """
    props: dict[URIRef, dict[URIRef, list[Node]]] = defaultdict(lambda: defaultdict(list))
    kinds: dict[URIRef, set[URIRef]] = defaultdict(set)
    # what each predicate is for, looked up once per triple (a hash: a Namespace builds the term on
    # every attribute access, and each == of two terms is a Python call — most of this loop's time)
    published: dict[URIRef, date | None] = {}
    for s, p, o in triples:
        use = _USES.get(p)
        if use is None:
            continue
        if use is _TYPED:
            if o in _KIND_SET:
                kinds[s].add(o)  # type: ignore[arg-type]
        elif use is _READ:
            props[s][p].append(o)  # type: ignore[index]
        else:
            published[s] = _day_or_none(str(o)[:10])  # type: ignore[index]
    out: list[Reading] = []
    for kind in KINDS:
        for n in sorted(s for s, ks in kinds.items() if kind in ks):
            r = reading(n, kind, props.get(n, {}))
            if r is not None:
                r.published = published.get(r.article)
                out.append(r)
    return out


def reading(node: URIRef, kind: URIRef, props: Mapping[URIRef, Iterable[Node]]) -> Reading | None:
    """A node's reading from its property values; None without the article it was derived from."""
    arts = sorted(set(props.get(PROV.wasDerivedFrom, ())))
    if not arts:
        return None
    roles: dict[URIRef, set[URIRef]] = defaultdict(set)
    for p in KEY_ROLES[kind] + OTHER_ROLES[kind]:
        roles[p] = {o for o in props.get(p, ()) if isinstance(o, URIRef)}
    key = tuple(tuple(sorted(map(str, roles[p]))) for p in KEY_ROLES[kind])
    status = next((str(o) for o in props.get(BNKG.status, ())), str(BNKG.Occurred))
    dates = sorted(props.get(BNKG.date, ()), key=str)
    places = sorted(props.get(BNKG.place, ()))
    return Reading(node, kind, key, status, dates[0] if dates else None,  # type: ignore[arg-type]
                   places[0] if places else None, arts[0], roles)  # type: ignore[arg-type]


class _Union:
    def __init__(self, items: Iterable[URIRef]) -> None:
        self.parent = {i: i for i in items}

    def find(self, x: URIRef) -> URIRef:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: URIRef, b: URIRef) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:  # the smaller IRI is the root: the result does not depend on the order of calls
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


def cluster(group: list[Reading], rules: FusionRules) -> list[list[Reading]]:
    """Split readings with the same kind, key and status into events (see the module docstring).

    Two dated readings are one event when their places allow it (one missing, or equal) and their
    dates are compatible or within ``same_days`` days; events are the connected groups of that
    relation.  It is computed without comparing every pair (100,000 articles put thousands of
    readings in one group — the Putin–Kim meetings — and the pairwise loop made fusion quadratic):
    readings with the same date and place are one node, and a node meets only the nodes whose date
    is a prefix of its own or a day up to ``same_days`` after it."""
    if not group:
        return []
    kind = str(group[0].kind).rsplit("#", 1)[-1]
    same = rules.same_days.get(kind, 1)
    uf = _Union(r.node for r in group)
    dated = [r for r in group if r.date is not None]
    undated = [r for r in group if r.date is None]

    def places_ok(a: URIRef | None, b: URIRef | None) -> bool:
        return a is None or b is None or a == b

    # one node per (date, place): equal dates are compatible and equal places fit
    nodes: dict[tuple[str, URIRef | None], list[Reading]] = defaultdict(list)
    for r in dated:
        nodes[(str(r.date), r.place)].append(r)
    by_date: dict[str, list[tuple[str, URIRef | None]]] = defaultdict(list)
    by_day: dict[date, list[tuple[str, URIRef | None]]] = defaultdict(list)
    for key, rs in nodes.items():
        for x in rs[1:]:
            uf.union(rs[0].node, x.node)
        by_date[key[0]].append(key)
        if (day := _day_or_none(key[0])) is not None:
            by_day[day].append(key)
    # the relation is symmetric, so each pair is found from one side: the longer date looks up its
    # prefixes, the earlier day looks up the days after it
    for key in nodes:
        d = key[0]
        near = [k for i in range(len(d) + 1) for k in by_date.get(d[:i], ())]
        day = _day_or_none(d)
        if day is not None:
            near += [k for n in range(1, same + 1) if (other := _shift(day, n)) is not None
                     for k in by_day.get(other, ())]
        for k in near:
            if k != key and places_ok(key[1], k[1]):
                uf.union(nodes[key][0].node, nodes[k][0].node)
    members: dict[URIRef, list[Reading]] = defaultdict(list)
    for r in dated:
        members[uf.find(r.node)].append(r)
    # the places of each event so far (an undated reading fits where all of them allow its place)
    places: dict[URIRef, set[URIRef]] = {root: {x.place for x in rs if x.place is not None}
                                         for root, rs in members.items()}
    # and the days its dated readings cover (an undated reading adds none)
    days: dict[URIRef, tuple[date, date]] = {}
    for root, rs in members.items():
        spans = [_span(x.date) for x in rs if x.date is not None]
        days[root] = (min(a for a, _ in spans), max(b for _, b in spans))
    lonely: list[Reading] = []
    for r in undated:
        # an undated reading in a page of known date tells of a time near it, give or take bridge_days:
        # not of an event decades away ("2000: Putin in Pyongyang" is no report of the 2024 visit)
        fits = sorted(root for root in members if (r.place is None or places[root] <= {r.place})
                      and (r.published is None or (days[root][0] - timedelta(rules.bridge_days) <= r.published
                                                   <= days[root][1] + timedelta(rules.bridge_days))))
        if not fits:
            lonely.append(r)
            continue
        first, last = min(days[root][0] for root in fits), max(days[root][1] for root in fits)
        together = set().union(*(places[root] for root in fits))
        if len(fits) == 1 or ((last - first).days <= rules.bridge_days and len(together) <= 1):
            for root in fits[1:]:
                uf.union(fits[0], root)
            uf.union(fits[0], r.node)
            merged = [x for root in fits for x in members.pop(root)]
            merged_places = set().union(*(places.pop(root) for root in fits))
            for root in fits:
                del days[root]
            members[uf.find(r.node)] = merged + [r]
            places[uf.find(r.node)] = merged_places | ({r.place} if r.place is not None else set())
            days[uf.find(r.node)] = (first, last)
        else:
            lonely.append(r)  # compatible with events far apart: which one? we do not guess
    # undated readings that fit no event: together when their places allow it (a reading without a
    # place fits every other, so then all are one; else one per place)
    if any(r.place is None for r in lonely):
        for r in lonely[1:]:
            uf.union(lonely[0].node, r.node)
    else:
        first_at: dict[URIRef, URIRef] = {}
        for r in lonely:
            uf.union(first_at.setdefault(r.place, r.node), r.node)  # type: ignore[arg-type]
    out: dict[URIRef, list[Reading]] = defaultdict(list)
    for r in group:
        out[uf.find(r.node)].append(r)
    return [sorted(rs, key=lambda r: r.node) for _, rs in sorted(out.items())]


def anchor(rs: list[Reading]) -> str:
    """What an event's IRI is made from besides its kind, key actors and status: its earliest date at
    the finest precision any reading gives (the earliest day; else month; else year), or "undated".

    Why not the smallest reading IRI: a new article whose reading sorts first would rename the event.
    With the date, a new source that gives the same date, a later or coarser one, or none, keeps the
    IRI; a first day-precise date for an event known by its month, an earlier date, or a merge or split
    of events renames it (README, "Event identity")."""
    dates = [str(r.date) for r in rs if r.date is not None]
    if not dates:
        return "undated"
    finest = max(len(d) for d in dates)
    return min(d for d in dates if len(d) == finest)


_PRECISION_TYPES = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}


def agreed(dates: Iterable[Literal]) -> Literal | None:
    """The most precise date every one of ``dates`` falls in: the longest common prefix of whole
    components (``2024-10-10`` and ``2024-10-11`` → ``2024-10``; ``2024-06-19`` and ``2024-11`` →
    ``2024``); None when even the years differ."""
    texts = [str(d) for d in dates]
    for n in (10, 7, 4):
        if all(len(t) >= n for t in texts) and len({t[:n] for t in texts}) == 1:
            return Literal(texts[0][:n], datatype=_PRECISION_TYPES[n])
    return None


def _day_or_none(s: str) -> date | None:
    """The day a date's text names (``YYYY-MM-DD``); None for a month, a year or a malformed date."""
    if len(s) != 10:
        return None
    try:
        return date.fromisoformat(s)
    except ValueError:
        return None


def _shift(day: date, n: int) -> date | None:
    try:
        return day + timedelta(days=n)
    except OverflowError:
        return None


def fuse(ds: Dataset, iris: IRIs | None = None, rules: FusionRules | None = None) -> URIRef:
    """(Re)write the fused-events graph of ``ds`` from all its readings; returns its IRI."""
    iris = iris or IRIs()
    gid = iris("graph", "fused")
    ds.remove_graph(ds.graph(gid))
    g = ds.graph(gid)
    g.addN((s, p, o, g) for s, p, o in fused_triples(readings(ds, exclude=gid), iris, rules))
    g.addN((s, p, o, g) for s, p, o in claim_ranks(graph_claims(ds, exclude=gid)))
    for a, b in surname_links(ds, iris):
        g.add((a, OWL.sameAs, b))
    return gid


def surname_links(ds: Dataset | Iterable[Triple], iris: IRIs) -> list[tuple[URIRef, URIRef]]:
    """People the gazetteer lacks, named by one word in one article ("মিন") and in full in another
    ("হান সং মিন"): linked with ``owl:sameAs`` when exactly one full name has that word first or last.

    Reads the ``rdfs:label`` triples of ``ds``: a Dataset (all its graphs) or the actor and place
    descriptions a streaming build keeps."""
    prefix = f"{iris.base}actor/person-"
    labels: dict[URIRef, set[str]] = defaultdict(set)
    found = ((s, o) for s, _, o, _ in ds.quads((None, RDFS.label, None, None))) if isinstance(ds, Dataset) \
        else ((s, o) for s, p, o in ds if p == RDFS.label)
    for node, o in found:
        if str(node).startswith(prefix) and getattr(o, "language", None) == "bn":
            labels[node].add(str(o))  # type: ignore[index]
    full = {n: ls for n, ls in labels.items() if any(len(x.split()) > 1 for x in ls)}
    links = []
    for node, ls in sorted(labels.items()):
        single = sorted(x for x in ls if len(x.split()) == 1)
        if not single or node in full:
            continue
        matches = sorted(n for n, fl in full.items()
                         if any(single[0] in (x.split()[0], x.split()[-1]) for x in fl if len(x.split()) > 1))
        if len(matches) == 1:
            links.append((node, matches[0]))
    return links


def fused_triples(found: Iterable[Reading], iris: IRIs | None = None, rules: FusionRules | None = None
                  ) -> list[Triple]:
    """The triples of the fused-events graph for a set of readings (any order: they are sorted)."""
    iris = iris or IRIs()
    rules = rules or FusionRules()
    out: list[Triple] = []
    add = out.append
    keys: list[tuple[str, URIRef]] = []
    order = {k: i for i, k in enumerate(KINDS)}
    groups: dict[tuple[URIRef, tuple[tuple[str, ...], ...], str], list[Reading]] = defaultdict(list)
    for r in sorted(found, key=lambda r: (order[r.kind], str(r.node))):  # (str: URIRefs order as their text)
        groups[(r.kind, r.key, r.status)].append(r)
    # the terms every event repeats, looked up once (a Namespace attribute builds its term on each
    # access), and the literals that recur (each Literal() is some microseconds; 30,000 events at 10,000 articles)
    fused_event, sem_event, kind_p, status_p, report_of = BNKG.FusedEvent, SEM.Event, BNKG.kind, BNKG.status, BNKG.reportOf
    supported_by, derived_from, conflict_on, date_p, place_p = (BNKG.supportedBy, PROV.wasDerivedFrom, BNKG.conflictOn,
                                                                BNKG.date, BNKG.place)
    a_type, label_p, count_p, count_type = RDF.type, RDFS.label, BNKG.sourceCount, XSD.nonNegativeInteger
    labels: dict[tuple[str, int], Literal] = {}
    counts: dict[int, Literal] = {}
    for (kind, key, status), group in sorted(groups.items()):
        clusters = cluster(group, rules)
        anchors = [anchor(rs) for rs in clusters]
        taken: dict[str, int] = defaultdict(int)
        for a in anchors:
            taken[a] += 1
        kind_name = kind.rsplit("#", 1)[-1]
        span = rules.span_days.get(str(kind).rsplit("#", 1)[-1], 0)
        status_iri = URIRef(status)
        roles = KEY_ROLES[kind] + OTHER_ROLES[kind]
        named = "\x1f".join(map(str, ("event", kind, key, status)))  # digest's first parts, joined once
        for rs, a in zip(clusters, anchors, strict=True):
            # two events of these actors with the same anchor (e.g. undated, or one day, in two places):
            # the smallest reading tells them apart
            event = iris("event", digest(named, a, *((rs[0].node,) if taken[a] > 1 else ())))
            add((event, a_type, fused_event))
            add((event, a_type, sem_event))
            add((event, kind_p, kind))
            add((event, status_p, status_iri))
            for p in roles:  # (the roles hold URIRefs only: sorted by their text, as rdflib orders them)
                held = set().union(*(r.roles.get(p, ()) for r in rs))
                for o in sorted(held, key=str) if len(held) > 1 else held:
                    add((event, p, o))
            for r in rs:
                add((r.node, report_of, event))
                add((event, supported_by, r.article))
                add((event, derived_from, r.article))  # (supportedBy's super-property, for plain SPARQL)
            dates = {r.date for r in rs if r.date is not None}
            when: Literal | None = None
            if dates and all(compatible(a, b) for a in dates for b in dates):
                when = max(dates, key=lambda d: (len(str(d)), str(d)))  # the finest
            elif dates and span and all(compatible(a, b) or _close(a, b, span) for a in dates for b in dates):
                # the days of one visit (arrival, talks): dated by its first day, no disagreement
                when = min((d for d in dates if len(str(d)) == 10), key=str)
            elif dates:
                add((event, conflict_on, date_p))
                when = agreed(dates)  # what they do agree on: 2024-10-10 and 2024-10-11 → 2024-10
            if when is not None:
                add((event, date_p, when))
            places = {r.place for r in rs if r.place is not None}
            if len(places) == 1:
                add((event, place_p, places.pop()))
            elif places:
                add((event, conflict_on, place_p))
            n = len({r.article for r in rs})
            if (label := labels.get((kind_name, n))) is None:
                label = labels[kind_name, n] = Literal(f"{kind_name} reported by {n} article(s)", lang="en")
            add((event, label_p, label))
            if (count := counts.get(n)) is None:
                count = counts[n] = Literal(n, datatype=count_type)
            add((event, count_p, count))
            keys.append((order_key(event, kind, when), event))
    rank_p = BNKG.rank
    for rank, (_, event) in enumerate(sorted(keys)):
        add((event, rank_p, Literal(rank, datatype=count_type)))
    return out


def claim_ranks(claims: Iterable[tuple[str, URIRef]]) -> list[Triple]:
    """``bnkg:claimRank`` of each claim: its place (0, 1, …) in the order of ``(source file, claim IRI)`` — the
    claims listing's order (claims.rq: ``""`` for a claim without a source file sorts first); a claim listed
    under several files (of several articles) takes its first place.

    >>> [int(o) for _, _, o in claim_ranks([("b.txt", URIRef("x:1")), ("a.txt", URIRef("x:2")), ("c.txt", URIRef("x:2"))])]
    [0, 1]
    """
    first: dict[URIRef, str] = {}
    for file, claim in claims:
        if claim not in first or file < first[claim]:
            first[claim] = file
    ordered = sorted((f, str(c), c) for c, f in first.items())
    return [(claim, BNKG.claimRank, Literal(n, datatype=XSD.nonNegativeInteger)) for n, (_, _, claim) in enumerate(ordered)]


def graph_claims(ds: Dataset, exclude: URIRef | None = None) -> list[tuple[str, URIRef]]:
    """(source file, claim) of every claim and accusation in ``ds`` (named graphs other than ``exclude``): a row
    per source file of each article it is derived from, ``""`` where there is none (what claims.rq sorts by)."""
    out: list[tuple[str, URIRef]] = []
    for cls in (BNKG.Claim, BNKG.Accusation):
        for claim in sorted({s for s, _, _, g in ds.quads((None, RDF.type, cls, None)) if g != exclude}):
            articles = {o for _, _, o, _ in ds.quads((claim, PROV.wasDerivedFrom, None, None))}
            per_article = [[str(f) for _, _, f, _ in ds.quads((a, BNKG.sourceFile, None, None))] for a in articles]
            files = [f for fs in per_article for f in fs]
            if not per_article or not all(per_article):  # (claims.rq: no source file → "")
                files.append("")
            out.extend((f, claim) for f in files)  # type: ignore[misc]
    return out


def order_key(event: URIRef, kind: URIRef, when: Node | None) -> str:
    """The timeline's sort key of a fused event, as its canned query computes it: dated events first (by the
    lexical form of the date: 2024-06 before 2024-06-19), then the kind's name, then the IRI; tab-separated
    (a tab sorts below every character of a date, a kind or an IRI, so the key orders as the tuple would).

    >>> order_key(URIRef("https://x.org/e1"), BNKG.Visit, Literal("2024-06", datatype=XSD.gYearMonth))
    '02024-06\\tVisit\\thttps://x.org/e1'
    """
    return f"{'0' + str(when) if when is not None else '1'}\t{str(kind).rsplit('#', 1)[-1]}\t{event}"
