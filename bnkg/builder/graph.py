"""Records → RDF: one named graph per article, deterministic IRIs, evidence for every fact.

The shape of what is written is documented in ``docs/graph-model.md``.  IRIs come from gazetteer
keys or SHA-256 digests of the record's content, never from raw text, so the same input always
gives the same IRIs and hostile text cannot break out of an IRI.
"""

from __future__ import annotations

import hashlib

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from bnkg.builder.records import ArticleRecord, DateValue, Entity, Evidence
from bnkg.mappings import Lexicons, default_mappings
from bnkg.rdf.namespaces import BNKG, DEFAULT_BASE, PREFIXES, SCHEMA, WD
from bnkg.rdf.nquads import Known

Triple = tuple[Node, Node, Node]
DATE_TYPES = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}
# entries an :class:`IRIs` keeps of entity IRIs and descriptions before it starts afresh (discovered
# people are new keys in every article: a reader kept for 10^5 articles must stay small)
_CACHE_ENTITIES = 20_000
# the terms record_triples writes hundreds of times per article, looked up once (an attribute of a
# DefinedNamespace is built again on every access: ~1 µs, a twentieth of record_triples)
_TYPE, _DERIVED = RDF.type, PROV.wasDerivedFrom
_EVIDENCE, _EVIDENCE_CLASS, _IN_ARTICLE = BNKG.evidence, BNKG.Evidence, BNKG.inArticle
_BEGIN, _END, _QUOTE, _RULE, _TRIGGER = BNKG.beginIndex, BNKG.endIndex, BNKG.quote, BNKG.rule, BNKG.trigger
_CAMEO, _DATE, _STATUS, _MENTIONS = BNKG.cameoCode, BNKG.date, BNKG.status, BNKG.mentions
_STRING, _COUNT = XSD.string, XSD.nonNegativeInteger
# the other bnkg terms record_triples writes, by name (a dict lookup, not a term built per access)
_B = {name: BNKG[name] for name in (
    "Accusation", "Agreement", "Article", "Claim", "Meeting", "Occurred", "Planned", "Visit", "about",
    "agreementKind", "claimKind", "claimant", "content", "contentHash", "destination", "host", "participant",
    "party", "place", "signatory", "sourceFile", "text", "via", "visitor")}


def digest(*parts: object) -> str:
    """16 hex digits of SHA-256 over the parts: a stable, text-free IRI suffix."""
    h = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:16]


class IRIs:
    """The IRI scheme under a base (default ``https://w3id.org/bnkg/id/``)."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        self.base = base if base.endswith(("/", "#")) else base + "/"
        # per entity, what every article naming it repeats (the same actors recur in every article;
        # building the rdflib terms again was a fifth of record_triples): IRIs, and descriptions
        # keyed by the entity and whether its affiliation and state are places
        self._nodes: dict[tuple[str, bool], URIRef] = {}
        self._described: dict[tuple[Entity, bool, bool], tuple[Triple, ...]] = {}
        self._literals: dict[tuple[object, URIRef], Literal] = {}
        self._written: Known = {}

    def __call__(self, kind: str, local: str) -> URIRef:
        return URIRef(f"{self.base}{kind}/{local}")

    def article(self, content_hash: str) -> URIRef:
        return self("article", content_hash[:16])

    def graph(self, content_hash: str) -> URIRef:
        return self("graph", content_hash[:16])

    def entity(self, e: Entity | str, places: frozenset[str] = frozenset()) -> URIRef:
        key = e.key if isinstance(e, Entity) else e
        is_place = e.type == "Place" if isinstance(e, Entity) else key in places
        node = self._nodes.get((key, is_place))
        if node is None:
            if len(self._nodes) > _CACHE_ENTITIES:
                self._nodes.clear()
            node = self._nodes[key, is_place] = self("place" if is_place else "actor", key)
        return node

    def literal(self, value: str | int, datatype: URIRef) -> Literal:
        """``Literal(value, datatype=datatype)``, cached: offsets, rules, codes and dates recur in
        every article, and building an rdflib literal costs ~5 µs."""
        key = (value, datatype)
        hit = self._literals.get(key)
        if hit is None:
            if len(self._literals) > _CACHE_ENTITIES:
                self._literals.clear()
            hit = self._literals[key] = Literal(value, datatype=datatype)
        return hit

    def written(self) -> Known:
        """The terms' N-Triples forms kept across articles (:func:`bnkg.rdf.nquads.nquad_lines`'s
        ``known``), emptied when it grows past the cache size."""
        if len(self._written) > _CACHE_ENTITIES:
            self._written.clear()
        return self._written

    def described(self, e: Entity, places: frozenset[str]) -> tuple[Triple, ...]:
        """:func:`entity_triples`, cached on this object."""
        key = (e, e.affiliation in places, e.state in places)
        hit = self._described.get(key)
        if hit is None:
            if len(self._described) > _CACHE_ENTITIES:
                self._described.clear()
            hit = self._described[key] = tuple(entity_triples(e, self, places))
        return hit


def date_literal(d: DateValue) -> Literal:
    return Literal(d.value, datatype=DATE_TYPES[d.precision])


def bind_prefixes(g: Graph, iris: IRIs) -> None:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    for kind in ("article", "graph", "actor", "place", "visit", "meeting", "agreement", "claim", "evidence"):
        g.bind(f"{kind}", URIRef(f"{iris.base}{kind}/"), override=True)


def add_record(ds: Dataset, rec: ArticleRecord, iris: IRIs | None = None, lexicons: Lexicons | None = None) -> URIRef:
    """Write one article's record into its own named graph of ``ds``; returns the graph IRI."""
    iris = iris or IRIs()
    gid = iris.graph(rec.article.content_hash)
    g = ds.graph(gid)
    g.addN((s, p, o, g) for s, p, o in record_triples(rec, iris, lexicons))
    return gid


def record_triples(rec: ArticleRecord, iris: IRIs | None = None, lexicons: Lexicons | None = None) -> list[Triple]:
    """The triples of one article's named graph, without duplicates, in a fixed order.

    A pure function of the record: the parallel and streaming builds (:mod:`bnkg.builder.corpus.stream`)
    write these triples without ever holding an rdflib store, and :func:`add_record` adds them to one.
    CAMEO codes come from ``lexicons`` (``triggers.yaml``, ``claims.yaml``; default: the shipped ones).
    """
    iris = iris or IRIs()
    lex = lexicons or default_mappings().lexicons
    out: dict[Triple, None] = {}  # an ordered set: entities repeat across facts
    add = out.setdefault  # (a C call: the first insertion decides the order, as out[t] = None would)

    art = rec.article
    a = iris.article(art.content_hash)
    places = frozenset(e.key for e in rec.entities if e.type == "Place")

    def ent(key: str) -> URIRef:
        return iris.entity(key, places)

    add((a, _TYPE, _B["Article"]))
    add((a, _B["sourceFile"], Literal(art.source_file, datatype=_STRING)))
    add((a, _B["contentHash"], Literal(art.content_hash, datatype=_STRING)))
    add((a, _B["content"], Literal(art.text, lang="bn")))
    if art.headline:
        add((a, SCHEMA.headline, Literal(art.headline, lang="bn")))
    if art.published is not None:
        if art.published_time and art.published.precision == "day":
            t = art.published_time if art.published_time.count(":") == 2 else art.published_time + ":00"
            add((a, SCHEMA.datePublished, Literal(f"{art.published.value}T{t}", datatype=XSD.dateTime)))
        elif art.published.precision == "day":
            add((a, SCHEMA.datePublished, date_literal(art.published)))
    for key in rec.mentioned:
        add((a, _MENTIONS, ent(key)))

    for e in rec.entities:
        for t in iris.described(e, places):
            add(t)

    def evidence(node: URIRef, evs: tuple[Evidence, ...]) -> None:
        add((node, _DERIVED, a))
        for ev in evs:
            e = iris("evidence", digest(art.content_hash, ev.start, ev.end, ev.rule))
            add((node, _EVIDENCE, e))
            add((e, _TYPE, _EVIDENCE_CLASS))
            add((e, _IN_ARTICLE, a))
            add((e, _BEGIN, iris.literal(ev.start, _COUNT)))
            add((e, _END, iris.literal(ev.end, _COUNT)))
            add((e, _QUOTE, Literal(ev.quote, lang="bn")))
            add((e, _RULE, iris.literal(ev.rule, _STRING)))
            for t in ev.triggers:
                add((e, _TRIGGER, iris.literal(t, _STRING)))

    def timed(node: URIRef, date: DateValue | None, status: str) -> None:
        if date is not None:
            add((node, _DATE, iris.literal(date.value, DATE_TYPES[date.precision])))
        add((node, _STATUS, _B[status] if status in _B else BNKG[status]))

    for v in rec.visits:
        n = iris("visit", digest(art.content_hash, "visit", v.visitor, v.destination, v.evidence[0].start))
        add((n, _TYPE, _B["Visit"]))
        add((n, _B["visitor"], ent(v.visitor)))
        add((n, _B["destination"], ent(v.destination)))
        if v.place:
            add((n, _B["place"], ent(v.place)))
        if v.host:
            add((n, _B["host"], ent(v.host)))
        add((n, _CAMEO, iris.literal(lex.visit.cameo, _STRING)))
        timed(n, v.date, v.status)
        evidence(n, v.evidence)
    for m in rec.meetings:
        n = iris("meeting", digest(art.content_hash, "meeting", *m.participants, m.evidence[0].start))
        add((n, _TYPE, _B["Meeting"]))
        for p in m.participants:
            add((n, _B["participant"], ent(p)))
        if m.place:
            add((n, _B["place"], ent(m.place)))
        add((n, _CAMEO, iris.literal(lex.meeting.cameo, _STRING)))
        timed(n, m.date, m.status)
        evidence(n, m.evidence)
    for ag in rec.agreements:
        n = iris("agreement", digest(art.content_hash, "agreement", *ag.parties, ag.evidence[0].start))
        add((n, _TYPE, _B["Agreement"]))
        for p in ag.parties:
            add((n, _B["party"], ent(p)))
        for p in ag.signatories:
            add((n, _B["signatory"], ent(p)))
        add((n, _B["agreementKind"], iris.literal(ag.kind, _STRING)))
        add((n, _CAMEO, iris.literal(lex.agreement.cameo, _STRING)))
        timed(n, ag.date, ag.status)
        evidence(n, ag.evidence)
    for c in rec.claims:
        n = iris("claim", digest(art.content_hash, "claim", c.claimant, c.text_span[0], c.text_span[1]))
        add((n, _TYPE, _B["Accusation"] if c.accusation else _B["Claim"]))
        add((n, _B["claimant"], ent(c.claimant)))
        add((n, _B["text"], Literal(c.text, lang="bn")))
        add((n, _B["claimKind"], iris.literal(c.kind, _STRING)))
        add((n, _CAMEO, iris.literal(lex.speech.accusation_cameo if c.accusation else lex.speech.claim_cameo,
                                               _STRING)))
        for k in c.about:
            add((n, _B["about"], ent(k)))
        if c.via:
            add((n, _B["via"], ent(c.via)))
        evidence(n, c.evidence)
    return list(out)


def entity_triples(e: Entity, iris: IRIs, places: frozenset[str]) -> list[Triple]:
    """The description of an actor or place that every article graph mentioning it carries."""
    node = iris.entity(e)
    out: list[Triple] = [(node, RDF.type, BNKG[e.type]), (node, RDFS.label, Literal(e.label_bn, lang="bn"))]
    if e.label_en:
        out.append((node, RDFS.label, Literal(e.label_en, lang="en")))
    for alias in e.aliases:
        out.append((node, SKOS.altLabel, Literal(alias, lang="bn")))
    if e.wikidata:
        out.append((node, OWL.sameAs, WD[e.wikidata]))
    if e.affiliation:
        out.append((node, BNKG.affiliation, iris.entity(e.affiliation, places)))
    if e.role_bn:
        out.append((node, BNKG.role, Literal(e.role_bn, lang="bn")))
    if e.state:
        out.append((node, BNKG.inState, iris.entity(e.state, places)))
    return out


def new_dataset(iris: IRIs | None = None) -> Dataset:
    ds = Dataset()
    bind_prefixes(ds, iris or IRIs())
    return ds


