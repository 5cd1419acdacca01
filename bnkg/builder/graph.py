"""Records → RDF: one named graph per article, deterministic IRIs, evidence for every fact.

The shape of what is written is documented in ``docs/graph-model.md``.  IRIs come from gazetteer
keys or SHA-256 digests of the record's content, never from raw text, so the same input always
gives the same IRIs and hostile text cannot break out of an IRI.
"""

from __future__ import annotations

import hashlib

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

from bnkg.builder.records import ArticleRecord, DateValue, Entity, Evidence
from bnkg.ontology.namespaces import BNKG, DEFAULT_BASE, PREFIXES, SCHEMA, WD

DATE_TYPES = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}
CLAIM_CAMEO = "010"
ACCUSATION_CAMEO = "112"


def digest(*parts: object) -> str:
    """16 hex digits of SHA-256 over the parts: a stable, text-free IRI suffix."""
    h = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:16]


class IRIs:
    """The IRI scheme under a base (default ``https://w3id.org/bnkg/id/``)."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def __call__(self, kind: str, local: str) -> URIRef:
        return URIRef(f"{self.base}{kind}/{local}")

    def article(self, content_hash: str) -> URIRef:
        return self("article", content_hash[:16])

    def graph(self, content_hash: str) -> URIRef:
        return self("graph", content_hash[:16])

    def entity(self, e: Entity | str, places: frozenset[str] = frozenset()) -> URIRef:
        key = e.key if isinstance(e, Entity) else e
        is_place = e.type == "Place" if isinstance(e, Entity) else key in places
        return self("place" if is_place else "actor", key)


def date_literal(d: DateValue) -> Literal:
    return Literal(d.value, datatype=DATE_TYPES[d.precision])


def bind_prefixes(g: Graph, iris: IRIs) -> None:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    for kind in ("article", "graph", "actor", "place", "visit", "meeting", "agreement", "claim", "evidence"):
        g.bind(f"{kind}", URIRef(f"{iris.base}{kind}/"), override=True)


def add_record(ds: Dataset, rec: ArticleRecord, iris: IRIs | None = None) -> URIRef:
    """Write one article's record into its own named graph of ``ds``; returns the graph IRI."""
    iris = iris or IRIs()
    art = rec.article
    gid = iris.graph(art.content_hash)
    g = ds.graph(gid)
    a = iris.article(art.content_hash)
    places = frozenset(e.key for e in rec.entities if e.type == "Place")

    def ent(key: str) -> URIRef:
        return iris.entity(key, places)

    g.add((a, RDF.type, BNKG.Article))
    g.add((a, BNKG.sourceFile, Literal(art.source_file, datatype=XSD.string)))
    g.add((a, BNKG.contentHash, Literal(art.content_hash, datatype=XSD.string)))
    g.add((a, BNKG.content, Literal(art.text, lang="bn")))
    if art.headline:
        g.add((a, SCHEMA.headline, Literal(art.headline, lang="bn")))
    if art.published is not None:
        if art.published_time and art.published.precision == "day":
            t = art.published_time if art.published_time.count(":") == 2 else art.published_time + ":00"
            g.add((a, SCHEMA.datePublished, Literal(f"{art.published.value}T{t}", datatype=XSD.dateTime)))
        elif art.published.precision == "day":
            g.add((a, SCHEMA.datePublished, date_literal(art.published)))
    for key in rec.mentioned:
        g.add((a, BNKG.mentions, ent(key)))

    for e in rec.entities:
        add_entity(g, e, iris, places)

    def evidence(node: URIRef, evs: tuple[Evidence, ...]) -> None:
        g.add((node, PROV.wasDerivedFrom, a))
        for ev in evs:
            e = iris("evidence", digest(art.content_hash, ev.start, ev.end, ev.rule))
            g.add((node, BNKG.evidence, e))
            g.add((e, RDF.type, BNKG.Evidence))
            g.add((e, BNKG.inArticle, a))
            g.add((e, BNKG.beginIndex, Literal(ev.start, datatype=XSD.nonNegativeInteger)))
            g.add((e, BNKG.endIndex, Literal(ev.end, datatype=XSD.nonNegativeInteger)))
            g.add((e, BNKG.quote, Literal(ev.quote, lang="bn")))
            g.add((e, BNKG.rule, Literal(ev.rule, datatype=XSD.string)))
            for t in ev.triggers:
                g.add((e, BNKG.trigger, Literal(t, datatype=XSD.string)))

    def timed(node: URIRef, date: DateValue | None, status: str) -> None:
        if date is not None:
            g.add((node, BNKG.date, date_literal(date)))
        g.add((node, BNKG.status, BNKG[status]))

    for v in rec.visits:
        n = iris("visit", digest(art.content_hash, "visit", v.visitor, v.destination, v.evidence[0].start))
        g.add((n, RDF.type, BNKG.Visit))
        g.add((n, BNKG.visitor, ent(v.visitor)))
        g.add((n, BNKG.destination, ent(v.destination)))
        if v.place:
            g.add((n, BNKG.place, ent(v.place)))
        if v.host:
            g.add((n, BNKG.host, ent(v.host)))
        g.add((n, BNKG.cameoCode, Literal("042", datatype=XSD.string)))
        timed(n, v.date, v.status)
        evidence(n, v.evidence)
    for m in rec.meetings:
        n = iris("meeting", digest(art.content_hash, "meeting", *m.participants, m.evidence[0].start))
        g.add((n, RDF.type, BNKG.Meeting))
        for p in m.participants:
            g.add((n, BNKG.participant, ent(p)))
        if m.place:
            g.add((n, BNKG.place, ent(m.place)))
        g.add((n, BNKG.cameoCode, Literal("040", datatype=XSD.string)))
        timed(n, m.date, m.status)
        evidence(n, m.evidence)
    for ag in rec.agreements:
        n = iris("agreement", digest(art.content_hash, "agreement", *ag.parties, ag.evidence[0].start))
        g.add((n, RDF.type, BNKG.Agreement))
        for p in ag.parties:
            g.add((n, BNKG.party, ent(p)))
        for p in ag.signatories:
            g.add((n, BNKG.signatory, ent(p)))
        g.add((n, BNKG.agreementKind, Literal(ag.kind, datatype=XSD.string)))
        g.add((n, BNKG.cameoCode, Literal("057", datatype=XSD.string)))
        timed(n, ag.date, ag.status)
        evidence(n, ag.evidence)
    for c in rec.claims:
        n = iris("claim", digest(art.content_hash, "claim", c.claimant, c.text_span[0], c.text_span[1]))
        g.add((n, RDF.type, BNKG.Accusation if c.accusation else BNKG.Claim))
        g.add((n, BNKG.claimant, ent(c.claimant)))
        g.add((n, BNKG.text, Literal(c.text, lang="bn")))
        g.add((n, BNKG.claimKind, Literal(c.kind, datatype=XSD.string)))
        g.add((n, BNKG.cameoCode, Literal(ACCUSATION_CAMEO if c.accusation else CLAIM_CAMEO, datatype=XSD.string)))
        for k in c.about:
            g.add((n, BNKG.about, ent(k)))
        if c.via:
            g.add((n, BNKG.via, ent(c.via)))
        evidence(n, c.evidence)
    return gid


def add_entity(g: Graph, e: Entity, iris: IRIs, places: frozenset[str]) -> None:
    node = iris.entity(e)
    g.add((node, RDF.type, BNKG[e.type]))
    g.add((node, RDFS.label, Literal(e.label_bn, lang="bn")))
    if e.label_en:
        g.add((node, RDFS.label, Literal(e.label_en, lang="en")))
    for alias in e.aliases:
        g.add((node, SKOS.altLabel, Literal(alias, lang="bn")))
    if e.wikidata:
        g.add((node, OWL.sameAs, WD[e.wikidata]))
    if e.affiliation:
        g.add((node, BNKG.affiliation, iris.entity(e.affiliation, places)))
    if e.role_bn:
        g.add((node, BNKG.role, Literal(e.role_bn, lang="bn")))
    if e.state:
        g.add((node, BNKG.inState, iris.entity(e.state, places)))


def new_dataset(iris: IRIs | None = None) -> Dataset:
    ds = Dataset()
    bind_prefixes(ds, iris or IRIs())
    return ds


