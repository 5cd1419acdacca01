"""SHACL validation that keeps up with large graphs: a faster engine, and named graphs in parallel.

Why: one pyshacl call over the union of 10,000 article graphs takes minutes (its SHACL-SPARQL
constraints run rdflib's SPARQL engine once per focus node, and the union copy alone costs
~30 µs a triple).  Two independent speed-ups, each giving the same report as
:func:`bnkg.ontology.validate`:

* **engine** — ``"turbo"`` is pyshacl-turbo (a Rust SHACL engine with pyshacl's API; the
  ``fast`` extra); ``"pyshacl"`` is pyshacl; ``"auto"`` takes turbo when it is installed.  The test
  suite checks that both give the same violations on every breakage of ``tests/unit/test_ontology.py``.
* **per-graph, in parallel** (:func:`validate_parallel`) — every *typed* node is validated with the
  graph that types it: a node typed in one named graph only (an article, its events, claims and
  evidence — or a fused event) is *owned* by that graph; a node typed in several (an actor or place
  every article describes) is validated once, over the union of its descriptions.  A chunk of graphs
  is validated on the union triples of the nodes it owns plus, for every node they point to, that
  node's own triples (what ``sh:class`` and the SHACL-SPARQL constraints read: the article's content
  and publication date), and keeps the results whose focus node it owns.  This is exact for shapes
  that look at most one hop from the focus node — all of bnkg's (a test checks that every
  ``sh:path`` is a plain property).  Chunks run in a process pool (fork: the workers share the
  parent's Dataset, nothing is copied up front).
"""

from __future__ import annotations

import functools
import multiprocessing
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Literal

import pyoxigraph as ox
from rdflib import BNode, ConjunctiveGraph, Dataset, Graph, URIRef
from rdflib.term import Literal as LiteralTerm
from rdflib.term import Node

from bnkg._infra.pool import default_jobs, ordered_map, same
from bnkg.errors import BnkgError
from bnkg.ontology.graphs import Triple, shapes_graph, subclass_axioms, union_triples
from bnkg.ontology.shacl import (
    PreparedQueryGraph,
    ValidationReport,
    Violation,
    pyshacl_validate,
    sorted_violations,
    validate,
    violations_of,
)
from bnkg.rdf.namespaces import BNKG, BNKGSH, PREFIXES, PROV, RDF, SCHEMA, SH, XSD
from bnkg.rdf.nquads import ntriple_lines

try:  # the optional Rust engine (the `fast` extra)
    import pyshacl_turbo
except ImportError:  # pragma: no cover - installed with the test extra
    pyshacl_turbo = None

__all__ = ["ENGINES", "engine_name", "run_shacl", "run_shacl_lines", "run_shacl_nt", "sparql_silent", "sparql_silent_nt",
           "sparql_silent_terms",
           "validate_fast", "validate_parallel", "validate_whole"]

Engine = Literal["auto", "pyshacl", "turbo"]
ENGINES: tuple[str, ...] = ("auto", "pyshacl", "turbo")


def engine_name(engine: str = "auto") -> str:
    """``pyshacl`` or ``turbo``: what ``engine`` resolves to here."""
    if engine not in ENGINES:
        raise BnkgError(f"unknown SHACL engine {engine!r}; use one of {', '.join(ENGINES)}")
    if engine == "auto":
        return "turbo" if _turbo() is not None else "pyshacl"
    if engine == "turbo" and _turbo() is None:
        raise BnkgError("the turbo SHACL engine is not installed (a dependency of bnkg): pip install pyshacl-turbo")
    return engine


@functools.cache
def _turbo() -> Any:
    """pyshacl-turbo's compiled bnkg shapes (compiled once per process; immutable), or None."""
    if pyshacl_turbo is None:
        return None
    return pyshacl_turbo.compile_shapes(shapes_graph(), advanced=True)


@functools.cache
def _turbo_core() -> Any:
    """:func:`_turbo` without the two SHACL-SPARQL constraints :func:`sparql_silent` checks: for data
    on which it proved they report nothing (there they cost a third of the engine's time)."""
    shapes = shapes_graph()
    for constraint in _SKIPPABLE:
        shapes.remove((None, SH.sparql, constraint))
    return pyshacl_turbo.compile_shapes(shapes, advanced=True)


@functools.cache
def _axioms_nt() -> str:
    return "".join(line + "\n" for line in ntriple_lines(subclass_axioms()))


def run_shacl(triples: Iterable[Triple], engine: str = "auto", focus: Sequence[URIRef] | None = None,
              sparql: bool = True) -> ValidationReport:
    """Validate exactly ``triples`` (plus the ontology's subclass axioms) with one engine call;
    with ``focus``, only those nodes (the others are there for the shapes to read).  ``sparql``:
    :func:`run_shacl_nt`'s (pyshacl always runs every constraint)."""
    name = engine_name(engine)
    if name == "turbo":
        return run_shacl_nt((line + "\n" for line in ntriple_lines(triples)), focus, sparql)
    else:
        graph = PreparedQueryGraph()
        for t in triples:
            graph.add(t)
        for t in subclass_axioms():
            graph.add(t)
        conforms, results, _ = pyshacl_validate(graph, shacl_graph=shapes_graph(), inference="none",
                                                advanced=True, inplace=True, allow_warnings=False,
                                                focus_nodes=list(focus) if focus is not None else None)
    return _report(conforms, results)


def run_shacl_nt(lines: Iterable[str], focus: Sequence[URIRef] | None = None, sparql: bool = True
                 ) -> ValidationReport:
    """:func:`run_shacl` with the turbo engine on N-Triples lines (each ending in a newline).

    ``sparql=False`` leaves the SHACL-SPARQL constraints out: the same report only where
    :func:`sparql_silent` holds for (a superset of) the lines' triples."""
    data = pyshacl_turbo.Input("".join(lines) + _axioms_nt(), "nt", None, {}, preserve_ids=True)
    shapes = _turbo() if sparql else _turbo_core()
    conforms, results, _ = shapes.validate(data, inference="none", allow_warnings=False,
                                           focus_nodes=list(focus) if focus is not None else None)
    return _report(conforms, results)


# what the two SHACL-SPARQL constraints of shapes.ttl read (bnkgsh:Event-date-after-publication,
# bnkgsh:Evidence-quote-matches-content), in the order sparql_silent files them
_SPARQL_READS = (BNKG.status, BNKG.date, PROV.wasDerivedFrom, SCHEMA.datePublished, BNKG.inArticle,
                 BNKG.beginIndex, BNKG.endIndex, BNKG.quote, BNKG.content)
_READ_NT = {f"<{p}>": i for i, p in enumerate(_SPARQL_READS)}  # the same as N-Triples terms
_OFFSET_TYPES = (str(XSD.integer), str(XSD.nonNegativeInteger))
_SKIPPABLE = (BNKGSH["Event-date-after-publication"], BNKGSH["Evidence-quote-matches-content"])
_Lit = tuple[str, str]  # a literal's lexical form and datatype IRI; any other term is a node: a hashable key


def sparql_silent(triples: Iterable[Triple]) -> bool:
    """Whether two of the shapes' SHACL-SPARQL constraints certainly find nothing in ``triples`` (so
    an engine may skip them; the third, a fused event typed as a reading, costs nothing without
    one): every Occurred event is dated no later than the publication of each article it is derived
    from, and every evidence quote is its article's content between its offsets.  Conservative:
    anything unusual (an offset that is not a plain non-negative integer, out of order or past the
    content; a quote, content or date that is not a literal) answers False.

    Exact for any subset of ``triples`` too: both queries are plain joins and filters, so a subset
    has no more solutions (the streaming build checks the union of a chunk's article graphs)."""
    reads = {p: i for i, p in enumerate(_SPARQL_READS)}
    props: dict[object, list[list[object]]] = {}
    for s, p, o in triples:
        i = reads.get(p)  # type: ignore[call-overload]
        if i is not None:
            got = props.get(s)
            if got is None:
                got = props[s] = [[] for _ in _SPARQL_READS]
            got[i].append((str(o), str(o.datatype)) if isinstance(o, LiteralTerm) else o)
    return _silent(props, BNKG.Occurred)


def sparql_silent_nt(lines: Iterable[str]) -> bool:
    """:func:`sparql_silent` of N-Triples lines (each ending in a newline; only the lines of the
    predicates the constraints read are parsed, with Oxigraph)."""
    text = "".join(line for line in lines if line.split(" ", 2)[1] in _READ_NT)
    props: dict[object, list[list[object]]] = {}
    if text:
        try:
            triples = list(ox.parse(text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))
        except (SyntaxError, ValueError):
            return False  # the engine says what is wrong with it
        for t in triples:
            s, o = t.subject, t.object
            got = props.get(s)
            if got is None:
                got = props[s] = [[] for _ in _SPARQL_READS]
            got[_READ_NT[str(t.predicate)]].append((o.value, o.datatype.value) if isinstance(o, ox.Literal) else o)
    return _silent(props, ox.NamedNode(str(BNKG.Occurred)))


def sparql_silent_terms(index: Mapping[str, Mapping[str, Iterable[str]]]) -> bool:
    """:func:`sparql_silent` of triples indexed subject → predicate → objects, each term in its
    N-Triples form, literals with their escapes resolved (``"lexical"`` then the datatype or
    language: the lexical form is what lies between the first and the last quote)."""
    props: dict[object, list[list[object]]] = {}
    for s, ps in index.items():
        if not _READ_NT.keys().isdisjoint(ps):
            props[s] = [[_lexical(o) for o in ps.get(p, ())] for p in _READ_NT]
    return _silent(props, f"<{BNKG.Occurred}>")


def _lexical(term: str) -> object:
    """A literal term as (lexical form, datatype IRI); any other term as it is."""
    if term[0] != '"':
        return term
    k = term.rfind('"')
    suffix = term[k + 1:]
    datatype = suffix[3:-1] if suffix.startswith("^^") else str(RDF.langString) if suffix else str(XSD.string)
    return term[1:k], datatype


def _silent(props: dict[object, list[list[object]]], occurred: object) -> bool:
    """``props``: subject → its values of each of ``_SPARQL_READS``."""
    none: list[list[object]] = [[] for _ in _SPARQL_READS]
    for values in props.values():
        status, dates, derived, _, in_article, begins, ends, quotes, _ = values
        if dates and derived and occurred in status:
            for a in derived:
                for published in props.get(a, none)[3]:
                    if not isinstance(published, tuple) or not all(isinstance(d, tuple) for d in dates):
                        return False
                    p = published[0]
                    if any(d[0][:len(p)] > p[:len(d[0])] for d in dates):  # type: ignore[index]
                        return False
        if in_article and begins and ends and quotes:
            for a in in_article:
                for content in props.get(a, none)[8]:
                    if not _quotes_match(content, begins, ends, quotes):
                        return False
    return True


def _quotes_match(content: object, begins: list[object], ends: list[object], quotes: list[object]) -> bool:
    if not isinstance(content, tuple):
        return False
    text = content[0]
    for b in begins:
        for e in ends:
            begin, end = _offset(b), _offset(e)
            if begin is None or end is None or not begin < end <= len(text):
                return False
            expected = text[begin:end]
            if any(not isinstance(q, tuple) or q[0] != expected for q in quotes):
                return False
    return True


def _offset(term: object) -> int | None:
    """A plain non-negative integer literal's value (what the constraint's filter admits); else None."""
    if isinstance(term, tuple) and term[1] in _OFFSET_TYPES:
        text = term[0]
        if text.isascii() and text.isdigit():
            return int(text)
    return None


def run_shacl_lines(lines: Sequence[str], engine: str = "auto", sparql: bool = True) -> ValidationReport:
    """:func:`run_shacl` on N-Triples lines (each ending in a newline), with either engine."""
    if engine_name(engine) == "turbo":
        return run_shacl_nt(lines, sparql=sparql)
    return run_shacl(Graph().parse(data="".join(lines), format="nt"), engine)


def _report(conforms: object, results: object) -> ValidationReport:
    assert isinstance(results, Graph)
    for prefix, namespace in PREFIXES.items():
        results.bind(prefix, namespace, replace=True)
    return ValidationReport(conforms=bool(conforms), violations=violations_of(results))


def validate_fast(data: Graph | Dataset, *, jobs: int | None = None, engine: str = "auto") -> ValidationReport:
    """Whichever measured fastest (benchmarks/bench_scale.py): with turbo one call on the whole graph
    (its own work is small beside reading the graph, which a split does not save); with pyshacl the
    named graphs in parallel."""
    name = engine_name(engine)
    return validate_whole(data, name) if name == "turbo" else validate_parallel(data, jobs=jobs, engine=name)


def validate_whole(data: Graph | Dataset, engine: str = "auto") -> ValidationReport:
    """One engine call on the union of all graphs (the baseline of :func:`validate_parallel`)."""
    if engine_name(engine) == "pyshacl":
        return validate(data)
    return run_shacl(union_triples(data), engine)


# --- per graph, in parallel ------------------------------------------------------------------


class _Plan:
    """Who validates what: each typed node's home graph, and the nodes typed in several graphs;
    the triples of each graph and of each subject (over all graphs).

    Read in one pass over the quads: rdflib's per-graph iteration looks up every graph a triple is
    in, which is quadratic for the actor triples repeated in every article graph.
    """

    def __init__(self, ds: ConjunctiveGraph) -> None:
        self.by_graph: dict[Node, list[Triple]] = defaultdict(list)
        self.by_subject: dict[Node, dict[Triple, None]] = defaultdict(dict)
        homes: dict[Node, set[Node]] = defaultdict(set)
        places: dict[Node, set[Node]] = defaultdict(set)
        for s, p, o, g in ds.quads((None, None, None, None)):
            gid = _gid(g)
            self.by_graph[gid].append((s, p, o))
            self.by_subject[s][(s, p, o)] = None
            places[s].add(gid)
            if p == RDF.type:
                homes[s].add(gid)
        self.owner: dict[Node, Node] = {s: next(iter(gs)) for s, gs in homes.items() if len(gs) == 1}
        self.shared: list[Node] = sorted(s for s, gs in homes.items() if len(gs) > 1)
        self.owned: dict[Node, list[Node]] = defaultdict(list)
        for s, g in self.owner.items():
            self.owned[g].append(s)
        # described in several graphs (a reading the fused graph points back to, a node given
        # triples in the default graph): its triples are gathered from all of them
        self.spread = {s for s, gs in places.items() if len(gs) > 1}
        self.graphs = sorted(self.by_graph, key=str)


def _gid(g: object) -> Node:
    return g.identifier if isinstance(g, Graph) else g  # type: ignore[return-value]


def _focus(node: Node) -> str:
    return f"_:{node}" if isinstance(node, BNode) else str(node)


def _chunk_report(ds: ConjunctiveGraph, plan: _Plan, graphs: Sequence[Node], nodes: Sequence[Node],
                  engine: str) -> ValidationReport:
    """Validate the nodes ``graphs`` own (or ``nodes``, the shared ones) on their union triples and
    one hop around them (the triples of every node they point to); keep the results about them."""
    mine = [n for g in graphs for n in plan.owned.get(g, ())] + list(nodes)
    here = set(graphs)
    data: dict[Triple, None] = {}
    for g in graphs:
        data.update(dict.fromkeys(plan.by_graph[g]))
    described: set[Node] = set()

    def describe(n: Node) -> None:
        if n not in described:
            described.add(n)
            data.update(plan.by_subject.get(n, {}))

    for n in mine:  # its triples in other graphs too
        if n in plan.spread or n in nodes:
            describe(n)
    for _, _, o in list(data):
        if isinstance(o, URIRef | BNode) and plan.owner.get(o) not in here:
            describe(o)
    report = run_shacl(data, engine)
    focus = {_focus(n) for n in mine}
    kept = tuple(v for v in report.violations if v.focus in focus)
    return ValidationReport(conforms=not kept, violations=kept)


def _validate_tasks(state: tuple[ConjunctiveGraph, _Plan, str],
                    tasks: Sequence[tuple[list[Node], list[Node]]]) -> list[ValidationReport]:
    ds, plan, engine = state
    return [_chunk_report(ds, plan, graphs, nodes, engine) for graphs, nodes in tasks]


def validate_parallel(data: Graph | Dataset, *, jobs: int | None = None, engine: str = "auto",
                      chunk_triples: int = 50_000) -> ValidationReport:
    """The report of :func:`bnkg.ontology.validate`, computed graph by graph in ``jobs`` processes.

    A graph without named graphs, or with a single graph, is validated in one call.  ``jobs``
    defaults to all cores; ``chunk_triples`` is roughly how many triples one engine call sees.
    """
    name = engine_name(engine)
    if not isinstance(data, ConjunctiveGraph):
        return validate_whole(data, name)
    plan = _Plan(data)
    if len(plan.graphs) < 2:
        return validate_whole(data, name)
    tasks: list[tuple[list[Node], list[Node]]] = []
    size = 0
    for g in plan.graphs:  # whole graphs per task, about chunk_triples triples each
        n = len(plan.by_graph[g])
        if tasks and size + n <= chunk_triples:
            tasks[-1][0].append(g)
            size += n
        else:
            tasks.append(([g], []))
            size = n
    if plan.shared:
        tasks.append(([], plan.shared))
    jobs = default_jobs() if jobs is None else jobs
    state = (data, plan, name)
    if jobs > 1 and len(tasks) > 1 and "fork" in multiprocessing.get_all_start_methods():
        reports: Iterator[ValidationReport] = ordered_map(_validate_tasks, tasks, jobs=jobs, factory=same,
                                                          args=(state,), chunk=1)
    else:
        reports = iter(_validate_tasks(state, tasks))
    found: set[Violation] = set()
    for r in reports:
        found.update(r.violations)
    violations = sorted_violations(found)
    return ValidationReport(conforms=not violations, violations=violations)
