"""The embedded triple store: an on-disk Oxigraph database (pyoxigraph) with a named graph per article.

Why: rdflib keeps everything in Python objects and re-parses the graph file for every question; a
large corpus must be parsed once.  ``bnkg build … --store kg/`` writes each article's named graph
into the store as it is built, and ``bnkg query NAME --store kg/`` then answers from the store's
indexes without reading any file.

The default graph is kept equal to the union *set* of the named graphs.  Why: actor and place
descriptions are repeated in every article graph, and Oxigraph's "union default graph" is a multiset —
a label found in 1,000 graphs matches 1,000 times, and every OPTIONAL label of a canned query multiplies
the rows (a 1,700-quad graph took seconds per query; the deduplicated default graph takes ~1 ms).  So
queries read the default graph, with parameters bound through pyoxigraph's ``substitutions``.

Writes are idempotent and never leave half an article: :func:`put_graph` replaces an article's named
graph and updates the default graph in one transaction (one ``extend`` for a new graph; one SPARQL
Update — drop the triples no other graph holds, drop the graph, insert both — for an existing one).
The same Update text (:func:`replace_update`) loads remote endpoints (:mod:`bnkg.remote`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from bnkg.errors import BnkgError

__all__ = ["LoadStats", "StoreTarget", "add_dataset", "from_oxigraph", "is_store", "load_file", "open_store",
           "put_graph", "quad_count", "refresh_fused", "replace_update", "to_dataset", "to_oxigraph", "tsv_term"]

_XSD_STRING = str(XSD.string)
_DEFAULT = ox.DefaultGraph()
# present while a bulk load into an empty store runs; a store that still has it was interrupted
_STATE_GRAPH = ox.NamedNode("urn:bnkg:store-state")
_LOADING = ox.Quad(ox.NamedNode("urn:bnkg:store"), ox.NamedNode("urn:bnkg:loading"), ox.Literal("true"), _STATE_GRAPH)
_PROBE = "ASK { ?article a <https://w3id.org/bnkg/ontology#Article> }"
_GRAPH_IRI = re.compile(r"^(.*/)graph/(?:[0-9a-f]{16}|fused)$")
# rdflib format names (bnkg.serialize.format_for) → Oxigraph formats
_OX_FORMATS = {
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "json-ld": ox.RdfFormat.JSON_LD,
}

Triple = tuple[Node, Node, Node]


@dataclass(frozen=True)
class LoadStats:
    """What a load wrote: named graphs (articles), of which replaced, and the store's size after."""

    graphs: int
    replaced: int
    quads: int


def is_store(obj: object) -> bool:
    """Whether ``obj`` is a pyoxigraph Store (what :func:`open_store` returns)."""
    return isinstance(obj, ox.Store)


def open_store(path: str | os.PathLike[str], *, read_only: bool = False) -> ox.Store:
    """Open (or create) the on-disk store in folder ``path``.

    ``read_only=True`` (for queries and validation) needs an existing store and lets several readers
    share it; a writer takes RocksDB's lock, so a second writer gets a clear error instead of waiting.
    """
    folder = Path(path)
    if read_only and not (folder / "CURRENT").is_file():
        raise BnkgError(f"{path}: no bnkg store here (create one with: bnkg build ARTICLES… --store {path})")
    if folder.exists() and not folder.is_dir():
        raise BnkgError(f"{path}: not a folder; --store needs a folder for the on-disk store")
    try:
        return ox.Store.read_only(str(folder)) if read_only else ox.Store(str(folder))
    except OSError as exc:
        raise BnkgError(f"{path}: cannot open the store ({exc}); is another bnkg process writing it?") from exc


# --- terms ---------------------------------------------------------------------------------------


def to_oxigraph(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as a pyoxigraph term (raises ``ValueError`` for an invalid IRI)."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def from_oxigraph(term: object) -> Node | None:
    """A pyoxigraph term as an rdflib term; ``xsd:string`` literals become simple literals."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    return None


_UNSEEN = URIRef("urn:bnkg:unseen")  # a memo's "not yet parsed"
_ECHAR = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.DOTALL)
_ECHARS = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?P<decimal>\.[0-9]*)?|\.[0-9]+)(?P<double>[eE][+-]?[0-9]+)?")


def tsv_term(cell: str) -> Node | None:
    """A term of SPARQL 1.1 TSV results (Turtle syntax) as an rdflib term — the same term
    :func:`from_oxigraph` makes of it; ``None`` for an unbound cell (and an RDF-star triple term).

    >>> tsv_term('"Kim \\\"Jong\\\" Un"@en')
    rdflib.term.Literal('Kim "Jong" Un', lang='en')
    >>> tsv_term("12"), tsv_term("<https://w3id.org/bnkg/id/actor/putin>")
    (rdflib.term.Literal('12', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#integer')), rdflib.term.URIRef('https://w3id.org/bnkg/id/actor/putin'))
    """
    if not cell or cell.startswith("<<"):
        return None
    if cell[0] == "<":
        return URIRef(cell[1:-1])
    if cell.startswith("_:"):
        return BNode(cell[2:])
    if cell[0] == '"':
        end = cell.rindex('"')  # language tags and datatype IRIs hold no quote
        lexical = _ECHAR.sub(_unescape, cell[1:end]) if "\\" in cell else cell[1:end]
        rest = cell[end + 1:]
        if rest.startswith("@"):
            return Literal(lexical, lang=rest[1:])
        if rest.startswith("^^<") and rest[3:-1] != _XSD_STRING:
            return Literal(lexical, datatype=URIRef(rest[3:-1]))
        return Literal(lexical)
    if cell in ("true", "false"):
        return Literal(cell, datatype=XSD.boolean)
    number = _NUMBER.fullmatch(cell)
    if number is None:
        raise BnkgError(f"cannot read the term {cell[:80]!r} in the store's query results")
    kind = XSD.double if number["double"] else XSD.decimal if number["decimal"] or cell.lstrip("+-")[0] == "." \
        else XSD.integer
    return Literal(cell, datatype=kind)


def _unescape(m: re.Match[str]) -> str:
    code = m.group(1) or m.group(2)
    return chr(int(code, 16)) if code else _ECHARS.get(m.group(3), "\\" + m.group(3))


# --- writing -------------------------------------------------------------------------------------


def replace_update(graph: ox.NamedNode, ntriples: str) -> str:
    """SPARQL Update making named graph ``graph`` hold exactly ``ntriples`` and keeping the default graph
    the union of the named graphs (triples only ``graph`` had leave it).  One request = one transaction
    on Oxigraph.  ``ntriples`` must come from an N-Triples serialiser (it is inserted as data)."""
    return (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {graph}) }} }} ;\n"
            f"DROP SILENT GRAPH {graph} ;\n"
            f"INSERT DATA {{ GRAPH {graph} {{\n{ntriples}}} }} ;\n"
            f"INSERT DATA {{\n{ntriples}}}")


def put_graph(store: ox.Store, name: URIRef | str, triples: Iterable[Triple]) -> bool:
    """Make named graph ``name`` hold exactly ``triples`` (and the default graph the union), in one
    transaction; True if it replaced a graph."""
    graph = ox.NamedNode(str(name))
    cache: dict[Node, ox.NamedNode | ox.BlankNode | ox.Literal] = {}

    def conv(t: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
        found = cache.get(t)
        if found is None:
            found = cache[t] = to_oxigraph(t)
        return found

    spo = [(conv(s), conv(p), conv(o)) for s, p, o in triples]
    if not store.contains_named_graph(graph):
        store.extend([ox.Quad(s, p, o, g) for s, p, o in spo for g in (graph, _DEFAULT)])  # type: ignore[arg-type]
        return False
    body = ox.serialize([ox.Triple(*t) for t in spo], format=ox.RdfFormat.N_TRIPLES) or b""  # type: ignore[arg-type]
    store.update(replace_update(graph, body.decode("utf-8")))
    return True


def add_dataset(store: ox.Store, ds: Dataset) -> LoadStats:
    """Write every non-empty named graph of ``ds`` into ``store``, replacing graphs of the same name;
    the fused events are then recomputed over all the store's articles."""
    fresh = next(iter(store.named_graphs()), None) is None
    graphs = replaced = 0
    for ctx in ds.graphs():
        if not isinstance(ctx.identifier, URIRef) or len(ctx) == 0 or ctx.identifier == ds.default_graph.identifier:
            continue
        replaced += put_graph(store, ctx.identifier, ctx)
        graphs += 1
    if not fresh:
        refresh_fused(store)
    store.flush()
    return LoadStats(graphs, replaced, quad_count(store))


def refresh_fused(store: ox.Store, base: str | None = None) -> int:
    """Recompute the fused-events graph (:mod:`bnkg.builder.fusion`) from the readings of every article
    in the store; returns its size.  Why: articles arrive one by one (``build --store``) or file by file
    (``load``), and a fused event depends on all of them."""
    from bnkg.builder.fusion import KEY_ROLES, KINDS, OTHER_ROLES, fuse
    from bnkg.builder.graph import IRIs
    from bnkg.ontology.namespaces import BNKG, PROV, RDF, RDFS

    base = base or _base_of(store)
    if base is None:
        return 0
    iris = IRIs(base)
    gid = iris("graph", "fused")
    preds = {RDF.type, PROV.wasDerivedFrom, BNKG.status, BNKG.date, BNKG.place}
    for kind in KINDS:
        preds |= set(KEY_ROLES[kind]) | set(OTHER_ROLES[kind])
    query = (f"SELECT ?s ?p ?o ?g WHERE {{ VALUES ?kind {{ {' '.join(f'<{k}>' for k in KINDS)} }} "
             f"VALUES ?p {{ {' '.join(f'<{p}>' for p in sorted(preds))} }} "
             f"GRAPH ?g {{ ?s a ?kind ; ?p ?o }} FILTER(?g != <{gid}>) }}")
    # and the Bengali names of the people the gazetteer lacks (fusion links a surname to a full name)
    names = (f"SELECT ?s ?p ?o ?g WHERE {{ BIND(<{RDFS.label}> AS ?p) GRAPH ?g {{ ?s ?p ?o }} "
             f"FILTER(?g != <{gid}> && STRSTARTS(STR(?s), \"{iris.base}actor/person-\") && LANG(?o) = \"bn\") }}")
    readings = Dataset()
    for q in (query, names):
        for sol in store.query(q):
            s, p, o, g = (from_oxigraph(sol[v]) for v in ("s", "p", "o", "g"))
            readings.add((s, p, o, readings.graph(g)))  # type: ignore[arg-type]
    fuse(readings, iris)
    fused = readings.graph(gid)
    if len(fused):
        put_graph(store, gid, fused)
    elif store.contains_named_graph(ox.NamedNode(str(gid))):
        store.remove_graph(ox.NamedNode(str(gid)))
    return len(fused)


def _base_of(store: ox.Store) -> str | None:
    """The instance base IRI of the store's article graphs (``<base>graph/<16 hex>``), if any."""
    for g in store.named_graphs():
        m = _GRAPH_IRI.match(getattr(g, "value", ""))
        if m:
            return m.group(1)
    return None


def load_file(store: ox.Store, path: str | os.PathLike[str], fmt: str | None = None, *,
              union: bool = True) -> LoadStats:
    """Load a graph file written by bnkg into ``store``; its named graphs replace those of the same name.

    Parsing is Oxigraph's (fast).  Into a store that holds articles: three transactions — the graphs
    the file names that the store holds are dropped (with the default-graph triples only they had), the
    file is loaded, and its triples are added to the default graph.  Into an empty store: Oxigraph's
    bulk loader, 4x faster and not transactional, so the store is marked "loading" until it is done and
    queries refuse a store whose first load was interrupted.  Either way no query sees half of an
    article, and loading the file again repairs an interruption.  Turtle and N-Triples (no named graphs)
    go to the default graph only.  ``union=False`` skips the default graph (a scratch store that is
    only read graph by graph).
    """
    from bnkg.serialize import format_for

    p = Path(path)
    if not p.is_file():
        raise BnkgError(f"{path}: no such graph file")
    oxfmt = _OX_FORMATS[format_for(p, fmt)]
    try:
        fresh = next(iter(store.named_graphs()), None) is None
        names: list[ox.NamedNode] = []
        existing: list[ox.NamedNode] = []
        if not fresh:  # an extra parsing pass, only needed when there may be graphs to replace
            names = sorted({q.graph_name for q in ox.parse(path=str(p), format=oxfmt)
                            if isinstance(q.graph_name, ox.NamedNode)}, key=lambda g: g.value)
            existing = [g for g in names if store.contains_named_graph(g)]
        if existing:
            listed = " ".join(map(str, existing))
            store.update(f"DELETE {{ ?s ?p ?o }} WHERE {{ VALUES ?g {{ {listed} }} GRAPH ?g {{ ?s ?p ?o }} "
                         f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other NOT IN ({', '.join(map(str, existing))})) }} }} ;\n"
                         + " ;\n".join(f"DROP SILENT GRAPH {g}" for g in existing))
        before = 0 if fresh else _graph_count(store)
        if fresh and union:
            store.add(_LOADING)  # one transaction: from now on queries refuse the store …
            store.flush()
            store.bulk_extend(_with_union(ox.parse(path=str(p), format=oxfmt)))
        else:
            store.load(path=str(p), format=oxfmt)
            if union:
                scope = f"VALUES ?g {{ {' '.join(map(str, names))} }} " if names else ""
                store.update(f"INSERT {{ ?s ?p ?o }} WHERE {{ {scope}GRAPH ?g {{ ?s ?p ?o }} }}")
        if not fresh:  # other articles are in the store: the fused events must cover them all
            refresh_fused(store)
        store.remove_graph(_STATE_GRAPH)  # … until the load is complete (a no-op when it was never there)
        store.flush()
        graphs = _graph_count(store) - before
    except (SyntaxError, ValueError) as exc:
        raise BnkgError(f"{path}: cannot read as {oxfmt}: {str(exc)[:300]}") from exc
    except OSError as exc:
        raise BnkgError(f"{path}: cannot load into the store: {exc}") from exc
    return LoadStats(graphs, len(existing), quad_count(store))


def _with_union(quads: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
    """Each quad, then its triple in the default graph (duplicates there collapse: a store is a set)."""
    for q in quads:
        yield q
        if not isinstance(q.graph_name, ox.DefaultGraph):
            yield ox.Quad(q.subject, q.predicate, q.object, _DEFAULT)


def _graph_count(store: ox.Store) -> int:
    return sum(1 for g in store.named_graphs() if g != _STATE_GRAPH)


def quad_count(store: ox.Store) -> int:
    """The number of quads in the named graphs (the default graph only repeats them)."""
    solutions = store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert isinstance(solutions, ox.QuerySolutions)
    return int(next(iter(solutions))["n"].value)


# --- reading -------------------------------------------------------------------------------------


def to_dataset(store: ox.Store) -> Dataset:
    """The store's named graphs as an rdflib Dataset, e.g. for SHACL validation."""
    ds = Dataset()
    named = (q for q in store.quads_for_pattern(None, None, None, None)
             if not isinstance(q.graph_name, ox.DefaultGraph) and q.graph_name != _STATE_GRAPH)
    data = ox.serialize(named, format=ox.RdfFormat.N_QUADS) or b""
    if data:
        ds.parse(data=data.decode("utf-8"), format="nquads")
    return ds


def named_graph(store: ox.Store, name: URIRef | str) -> Graph:
    """One named graph of the store as an rdflib Graph (empty when absent)."""
    g = Graph(identifier=URIRef(str(name)))
    for q in store.quads_for_pattern(None, None, None, ox.NamedNode(str(name))):
        s, p, o = (from_oxigraph(t) for t in (q.subject, q.predicate, q.object))
        g.add((s, p, o))  # type: ignore[arg-type]
    return g


class StoreTarget:
    """Runs canned queries on a pyoxigraph Store (a :class:`bnkg.queries.QueryTarget`): on its default graph,
    the union bnkg maintains, or — for a store filled by other tools, whose default graph holds no
    article — on Oxigraph's (slower, multiset) union of the named graphs."""

    # select() gives terms in the form bnkg.queries.canonical makes, each distinct cell made canonical once
    # (the runner skips its pass over every cell)
    canonical_terms = True

    def __init__(self, store: ox.Store) -> None:
        if store.contains_named_graph(_STATE_GRAPH):
            raise BnkgError("the store's first load was interrupted and it may hold half an article; "
                            "run the same `bnkg load` again")
        self.store = store
        self.union = not self.store.query(_PROBE) and bool(self.store.query(_PROBE, use_default_graph_as_union=True))

    def select(self, sparql: str, bindings: Mapping[str, Node]) -> tuple[tuple[str, ...], list[dict[str, Node]]]:
        """Evaluate ``sparql``; ``bindings`` are substituted as RDF terms (SEP-0007), not as text."""
        from bnkg.queries import canonical  # (bnkg.queries imports this module when given a store)

        subs = {ox.Variable(k): to_oxigraph(v) for k, v in bindings.items()}
        solutions = self.store.query(sparql, use_default_graph_as_union=self.union, substitutions=subs or None)
        if not isinstance(solutions, ox.QuerySolutions):
            raise BnkgError("canned queries must be SELECT queries")
        names = tuple(v.value for v in solutions.variables)
        # Read as TSV, serialised in Rust: reading the solutions one Python object per cell took longer
        # than the query (10,000 articles: 20 of 108 ms for the agreements, 350 ms for the claims).
        # Labels, dates and statuses repeat from row to row: each distinct cell is parsed once.
        text = solutions.serialize(format=ox.QueryResultsFormat.TSV).decode("utf-8")
        lines = text.split("\n")[1:-1]  # (the header; the empty string after the last newline)
        terms: dict[str, Node | None] = {"": None}
        rows: list[dict[str, Node]] = []
        for line in lines:
            row: dict[str, Node] = {}
            for n, cell in zip(names, line.split("\t"), strict=True):
                term = terms.get(cell, _UNSEEN)
                if term is _UNSEEN:
                    term = terms[cell] = canonical(tsv_term(cell))
                if term is not None:
                    row[n] = term
            rows.append(row)
        return names, rows
