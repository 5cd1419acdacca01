"""The engines a canned query runs on, each over the union of the named graphs: rdflib in memory,
the embedded Oxigraph store, and anything with a ``select`` method (:class:`QueryTarget`), such as
a remote SPARQL endpoint (:class:`bnkg.stores.remote.Endpoint`).

rdflib and the embedded store bind parameters as terms. Any other target reads them from the query
text (:class:`TextParams`, :func:`with_values`): one ``VALUES`` block, each term escaped by Oxigraph's
N-Triples serialiser, and a string typed ``"…"^^xsd:string`` — Virtuoso turns a plain non-ASCII
literal in query text into ``"?????"`` (a Bengali name then matches nothing) but keeps the typed one,
and RDF 1.1 makes the two the same term, so other engines answer alike.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable

import pyoxigraph as ox
from rdflib import Dataset, Graph
from rdflib.graph import ConjunctiveGraph
from rdflib.query import Result, ResultRow
from rdflib.term import Literal, Node, URIRef

from bnkg.errors import BnkgError, QueryError
from bnkg.queries.results import pack, read_tsv, unpack
from bnkg.queries.specialise import WHERE_RE
from bnkg.rdf.iri import IRI_RE
from bnkg.rdf.namespaces import BNKG
from bnkg.rdf.terms import XSD_STRING, to_oxigraph
from bnkg.stores.answers import KeptAnswers
from bnkg.stores.embedded import STATE_GRAPH, open_store

__all__ = ["QueryTarget", "RdflibEngine", "Solutions", "StoreEngine", "TextParams", "engine_for", "rows_of",
           "sparql_text", "union_view", "with_values"]

_PROBE = f"ASK {{ ?article a <{BNKG.Article}> }}"
_WHERE_ANY = re.compile(r"\bWHERE\s*\{")

Solutions = tuple[tuple[str, ...], list[dict[str, Node]]]


@runtime_checkable
class QueryTarget(Protocol):
    """A SPARQL engine whose default graph is the union of the named graphs (see the module doc)."""

    def select(self, sparql: str, bindings: Mapping[str, Node]) -> Solutions:
        """Evaluate a SELECT with ``bindings`` (variable name → term) bound safely; returns
        the projected variable names and one dict of rdflib terms per solution."""
        ...


class RdflibEngine:
    """rdflib in memory: the union view of a Dataset, parameters bound with ``initBindings``."""

    def __init__(self, graph: Graph) -> None:
        self.graph = union_view(graph)

    def select(self, sparql: str, bindings: Mapping[str, Node]) -> Solutions:
        result = self.graph.query(sparql, initBindings=dict(bindings)) if bindings else self.graph.query(sparql)
        return tuple(str(v) for v in result.vars or ()), list(rows_of(result))


class TextParams:
    """A :class:`QueryTarget` given its parameters in the query text (:func:`with_values`), never as
    bindings: what an endpoint needs (HTTP has no binding API), done here once for every target."""

    def __init__(self, target: QueryTarget) -> None:
        self.target = target

    def select(self, sparql: str, bindings: Mapping[str, Node]) -> Solutions:
        return self.target.select(with_values(sparql, bindings), {})


def sparql_text(term: Node) -> str:
    """``term`` as SPARQL text: an IRI checked against bnkg's strict pattern (and Oxigraph's parser), a
    literal escaped by Oxigraph's N-Triples serialiser, a string typed ``"…"^^xsd:string``.

    >>> print(sparql_text(Literal('পুতিন "x"')))
    "পুতিন \\"x\\""^^<http://www.w3.org/2001/XMLSchema#string>
    """
    if isinstance(term, URIRef):
        if not IRI_RE.match(str(term)):
            raise QueryError(f"not an IRI that can be sent: {str(term)[:80]!r}")
        return str(ox.NamedNode(str(term)))
    if isinstance(term, Literal):
        if term.language is None and term.datatype in (None, URIRef(XSD_STRING)):
            return f"{ox.Literal(str(term))}^^<{XSD_STRING}>"
        return str(to_oxigraph(term))
    raise QueryError(f"cannot send a {type(term).__name__} as a query parameter")


def with_values(sparql: str, bindings: Mapping[str, Node]) -> str:
    """``sparql`` with one ``VALUES`` row for ``bindings`` at the top of its main ``WHERE`` group."""
    if not bindings:
        return sparql
    names = sorted(bindings)
    block = (f"\n  VALUES ({' '.join('?' + n for n in names)}) "
             f"{{ ({' '.join(sparql_text(bindings[n]) for n in names)}) }}\n")
    m = WHERE_RE.search(sparql) or _WHERE_ANY.search(sparql)
    if m is None:
        raise QueryError("query has no 'WHERE {' to bind parameters at")
    return sparql[: m.end()] + block + sparql[m.end():]


def engine_for(graph: object) -> QueryTarget:
    """The engine for ``graph``: rdflib, the embedded pyoxigraph store, or a :class:`QueryTarget`
    (given its parameters in the query text, :class:`TextParams`)."""
    if isinstance(graph, Graph):
        return RdflibEngine(graph)
    if isinstance(graph, (RdflibEngine, StoreEngine, TextParams)):
        return graph
    if isinstance(graph, QueryTarget):
        return TextParams(graph)
    if isinstance(graph, ox.Store):
        return StoreEngine(graph)
    raise QueryError(f"cannot query a {type(graph).__name__}: give an rdflib Graph/Dataset, "
                     "a pyoxigraph Store (bnkg.stores.embedded.open_store) or a bnkg.stores.remote.Endpoint")


def union_view(graph: Graph) -> Graph:
    """A view whose default graph is the union of all named graphs (a plain Graph is itself)."""
    if isinstance(graph, ConjunctiveGraph) and graph.store.graph_aware:
        return Dataset(store=graph.store, default_union=True)
    return graph


def rows_of(result: Result) -> Iterator[dict[str, Node]]:
    for row in result:
        if isinstance(row, ResultRow):
            yield {str(k): v for k, v in row.asdict().items()}


class StoreEngine:
    """Runs canned queries on a pyoxigraph Store (a :class:`QueryTarget`): on its default graph,
    the union bnkg maintains, or — for a store filled by other tools, whose default graph holds no
    article — on Oxigraph's (slower, multiset) union of the named graphs.

    Opened on a folder (:meth:`open`), it also keeps the whole answers of the listings there
    (:mod:`bnkg.stores.answers`): :meth:`rows` with ``keep=True`` reads them back while the store is unchanged."""

    def __init__(self, store: ox.Store, kept: KeptAnswers | None = None, state: str = "") -> None:
        if store.contains_named_graph(STATE_GRAPH):
            raise BnkgError("the store's first load was interrupted and it may hold half an article; "
                            "run the same `bnkg load` again")
        self.store = store
        self.kept = kept
        self.state = state  # the store's state when it was opened (what a kept answer is computed on)
        self.union = not self.store.query(_PROBE) and bool(self.store.query(_PROBE, use_default_graph_as_union=True))

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> StoreEngine:
        """The engine of the store in folder ``path``, opened to read, keeping the listings' whole answers there."""
        kept = KeptAnswers(Path(path))
        state = kept.state() if Path(path).is_dir() else ""  # (before opening: see bnkg.stores.answers)
        return cls(open_store(path, read_only=True), kept, state)

    def select(self, sparql: str, bindings: Mapping[str, Node]) -> tuple[tuple[str, ...], list[dict[str, Node]]]:
        """Evaluate ``sparql``; ``bindings`` are substituted as RDF terms (SEP-0007), not as text."""
        names, rows = read_tsv(self._results(sparql, bindings))
        return names, [{n: t for n, t in zip(names, row, strict=True) if t is not None} for row in rows]

    def rows(self, sparql: str, columns: Sequence[str], *, keep: bool = False
             ) -> tuple[tuple[str, ...], list[tuple[Node | None, ...]]]:
        """The projected variables and the solutions as tuples of ``columns`` (``None`` where unbound).  With
        ``keep`` (a whole listing) the results are kept in the store's folder and read back while it is
        unchanged (:meth:`open`)."""
        found = self.kept_rows(sparql, None) if keep else None
        if found is not None:
            names, rows = found
        elif keep and self.kept is not None:
            packed = pack(self._results(sparql, {}))
            if self.state:
                self.kept.keep(sparql, packed, self.state)
            names, rows = unpack(packed)
        else:
            names, rows = read_tsv(self._results(sparql, {}))
        return names, _in_order(names, rows, columns)

    def kept_rows(self, sparql: str, columns: Sequence[str] | None
                  ) -> tuple[tuple[str, ...], list[tuple[Node | None, ...]]] | None:
        """The kept answer of ``sparql`` (:meth:`rows`), its rows as tuples of ``columns`` (``None``: as projected);
        ``None`` when none is kept for the store as it is (or the kept file is damaged: it is computed afresh)."""
        kept = self.kept.get(sparql) if self.kept is not None else None
        try:
            names, rows = unpack(kept) if kept is not None else ((), [])
        except BnkgError:
            return None
        if kept is None:
            return None
        return names, rows if columns is None else _in_order(names, rows, columns)

    def keep(self, sparql: str) -> bool:
        """Compute the results of a whole listing and keep them unless they are kept already (:meth:`rows`);
        whether they are kept now."""
        if self.kept is None or not self.state:
            return False
        return self.kept.get(sparql) is not None or self.kept.keep(sparql, pack(self._results(sparql, {})), self.state)

    def _results(self, sparql: str, bindings: Mapping[str, Node]) -> bytes:
        subs = {ox.Variable(k): to_oxigraph(v) for k, v in bindings.items()}
        solutions = self.store.query(sparql, use_default_graph_as_union=self.union, substitutions=subs or None)
        if not isinstance(solutions, ox.QuerySolutions):
            raise BnkgError("canned queries must be SELECT queries")
        # Read as TSV, serialised in Rust: reading the solutions one Python object per cell took longer
        # than the query (10,000 articles: 20 of 108 ms for the agreements, 350 ms for the claims).
        return solutions.serialize(format=ox.QueryResultsFormat.TSV)


def _in_order(names: tuple[str, ...], rows: list[tuple[Node | None, ...]], columns: Sequence[str]
              ) -> list[tuple[Node | None, ...]]:
    """Rows of the variables ``names`` as tuples of ``columns`` (``None`` for a variable not projected)."""
    if tuple(columns) == names:
        return rows
    where = {n: i for i, n in enumerate(names)}
    pick = [where.get(c) for c in columns]
    return [tuple(None if i is None else row[i] for i in pick) for row in rows]
