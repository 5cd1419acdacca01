"""SHACL validation of a graph (the union of its named graphs) against bnkg's shapes, with pyshacl
(SHACL-SPARQL enabled), and the report: :class:`Violation` s in one order.  The faster engine and
the graph-by-graph validation are :mod:`bnkg.ontology.shacl_parallel`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from bnkg.ontology.graphs import shapes_graph, short_iri, subclass_axioms, union_triples
from bnkg.rdf.namespaces import PREFIXES, RDF, SH

__all__ = ["PreparedQueryGraph", "ValidationReport", "Violation", "pyshacl_validate", "sorted_violations", "validate",
           "violations_of"]


@dataclass(frozen=True)
class Violation:
    """One SHACL validation result.

    ``focus``, ``path`` and ``shape`` are IRIs (or ``_:`` blank node ids); ``value`` is the
    offending value, an IRI or a literal in N3 form such as ``"2024-6"^^xsd:gYearMonth``;
    ``severity`` is ``Violation``, ``Warning`` or ``Info``.
    """

    focus: str
    path: str | None
    value: str | None
    message: str
    shape: str
    severity: str

    def line(self) -> str:
        """One readable line: severity, focus node, path, message, value and shape."""
        path = f" {short_iri(self.path)}" if self.path else ""
        value = f" (value: {self.value})" if self.value is not None else ""
        return f"{self.severity}: {self.focus}{path}: {self.message}{value} [{short_iri(self.shape)}]"


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of :func:`validate`: ``conforms`` and the results, sorted and de-duplicated."""

    conforms: bool
    violations: tuple[Violation, ...]

    def text(self) -> str:
        """One line per violation (sorted); ``"conforms"`` when there is none."""
        if not self.violations:
            return "conforms" if self.conforms else "does not conform"
        return "\n".join(v.line() for v in self.violations)

    def __str__(self) -> str:
        return self.text()


def _term_str(term: Node | None, graph: Graph) -> str | None:
    if term is None:
        return None
    if isinstance(term, Literal):
        return term.n3(graph.namespace_manager)
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _path_str(results: Graph, path: Node | None) -> str | None:
    if path is None or isinstance(path, URIRef):
        return None if path is None else str(path)
    # a complex SHACL path (blank node): render its triples compactly
    return " ".join(f"{short_iri(str(p))} {_term_str(o, results)}" for p, o in results.predicate_objects(path))


def _source(results: Graph, result: Node) -> Node | None:
    """The named SPARQL constraint that produced ``result`` if any, else its source shape."""
    constraint = results.value(result, SH.sourceConstraint)
    return constraint if isinstance(constraint, URIRef) else results.value(result, SH.sourceShape)


def violations_of(results: Graph) -> tuple[Violation, ...]:
    found: set[Violation] = set()
    for result in results.subjects(RDF.type, SH.ValidationResult):
        messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
        severity = results.value(result, SH.resultSeverity)
        found.add(
            Violation(
                focus=_term_str(results.value(result, SH.focusNode), results) or "",
                path=_path_str(results, results.value(result, SH.resultPath)),
                value=_term_str(results.value(result, SH.value), results),
                message="; ".join(messages) or "(no message)",
                shape=_term_str(_source(results, result), results) or "",
                severity=str(severity).rpartition("#")[2] if severity is not None else "Violation",
            )
        )
    return sorted_violations(found)


def sorted_violations(found: Iterable[Violation]) -> tuple[Violation, ...]:
    """Violations in the one order every report uses: focus node, path, message, value, shape."""
    return tuple(sorted(found, key=lambda v: (v.focus, v.path or "", v.message, v.value or "", v.shape)))


class PreparedQueryGraph(Graph):
    """A graph that parses each distinct SPARQL query text once.

    pyshacl sends the same SHACL-SPARQL text once per focus node, with ``$this`` in
    ``initBindings``; rdflib would parse it every time (~16 ms each, most of the validation time).
    The cache lives on the instance, so it dies with the validation.
    """

    def __init__(self) -> None:
        super().__init__()
        self._prepared: dict[str, Any] = {}  # text → rdflib.plugins.sparql.sparql.Query

    def query(self, query_object: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(query_object, str):
            prepared = self._prepared.get(query_object)
            if prepared is None:
                from rdflib.plugins.sparql import prepareQuery  # measured start-up cost: only pyshacl's
                prepared = self._prepared[query_object] = prepareQuery(query_object)
            query_object = prepared
        return super().query(query_object, *args, **kwargs)


def pyshacl_validate(data: Graph, **options: Any) -> tuple[bool, Graph, str]:
    """``pyshacl.validate(data, **options)``, imported on first use: pyshacl and rdflib's SPARQL
    engine take ~0.5 s to import, which every build and validation with the turbo engine paid."""
    import pyshacl  # measured start-up cost: ~0.5 s (python -X importtime), unused with pyshacl-turbo

    return pyshacl.validate(data, **options)  # type: ignore[no-any-return]


def validate(data: Graph | Dataset) -> ValidationReport:
    """Validate ``data`` (all its named graphs together) against the bnkg SHACL shapes.

    The data is copied into one graph together with the ontology's ``rdfs:subClassOf`` axioms, so
    that ``sh:class bnkg:Actor`` accepts a ``bnkg:Person``; ``data`` itself is not modified.
    pyshacl runs without inference and with SHACL-SPARQL (``advanced=True``).
    """
    union = PreparedQueryGraph()
    for prefix, namespace in PREFIXES.items():
        union.bind(prefix, namespace)
    for triple in union_triples(data):
        union.add(triple)
    for triple in subclass_axioms():
        union.add(triple)
    conforms, results, _ = pyshacl_validate(
        union,
        shacl_graph=shapes_graph(),
        inference="none",
        advanced=True,
        inplace=True,
        allow_warnings=False,
    )
    assert isinstance(results, Graph)
    for prefix, namespace in PREFIXES.items():
        results.bind(prefix, namespace, replace=True)
    return ValidationReport(conforms=bool(conforms), violations=violations_of(results))
