"""The bnkg ontology (OWL), its SHACL shapes, and checks of a graph against both.

- :func:`ontology_graph` / :func:`shapes_graph` — the shipped ``bnkg.ttl`` / ``shapes.ttl``,
  a fresh :class:`rdflib.Graph` on every call.
- :func:`validate` — SHACL validation (pyshacl, SHACL-SPARQL enabled) of the union of all graphs.
- :func:`reason` — OWL consistency check with HermiT (owlready2, needs Java); nothing is fetched
  from the network.

The namespaces of :mod:`bnkg.rdf.namespaces` are re-exported here.
"""

from __future__ import annotations

import functools
import io
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Any

import pyshacl
from rdflib import BNode, ConjunctiveGraph, Dataset, Graph, Literal, URIRef
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query
from rdflib.term import Node

from bnkg.errors import BnkgError
from bnkg.rdf.namespaces import (
    BNKG,
    DEFAULT_BASE,
    ID,
    NIF,
    OWL,
    PREFIXES,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SEM,
    SH,
    SKOS,
    WD,
    XSD,
)

__all__ = [
    "BNKG", "DEFAULT_BASE", "ID", "NIF", "OWL", "PREFIXES", "PROV", "RDF", "RDFS", "SCHEMA", "SEM", "SH",
    "SKOS", "WD", "XSD",
    "ONTOLOGY_IRI", "ReasoningReport", "ValidationReport", "Violation",
    "PreparedQueryGraph", "ontology_graph", "reason", "shapes_graph", "sorted_violations", "subclass_axioms",
    "union_triples", "validate", "violations_of",
]

ONTOLOGY_IRI = "https://w3id.org/bnkg/ontology"

Triple = tuple[Node, Node, Node]

# The OWL 2 datatype map (https://www.w3.org/TR/owl2-syntax/#Datatype_Maps): the only datatypes
# HermiT accepts in literals. Anything else (xsd:date, xsd:gYearMonth, xsd:gYear, …) makes HermiT
# abort with UnsupportedDatatypeException, so reason() retypes such literals to xsd:string.
_OWL2_DATATYPES: frozenset[URIRef] = frozenset(
    [OWL.real, OWL.rational, RDF.PlainLiteral, RDF.XMLLiteral, RDFS.Literal]
    + [
        XSD[name]
        for name in [
            "decimal", "integer", "nonNegativeInteger", "nonPositiveInteger", "positiveInteger",
            "negativeInteger", "long", "int", "short", "byte", "unsignedLong", "unsignedInt", "unsignedShort",
            "unsignedByte", "double", "float", "string", "normalizedString", "token", "language", "Name",
            "NCName", "NMTOKEN", "boolean", "hexBinary", "base64Binary", "anyURI", "dateTime", "dateTimeStamp",
        ]
    ]
)


# ---------------------------------------------------------------------------------------------
# The shipped graphs
# ---------------------------------------------------------------------------------------------


@functools.cache
def _triples(resource: str) -> tuple[Triple, ...]:
    """The triples of a shipped Turtle file, parsed once; immutable so it can be shared."""
    data = resources.files("bnkg.ontology").joinpath(resource).read_bytes()
    return tuple(Graph().parse(data=data, format="turtle"))


def _fresh(resource: str) -> Graph:
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    graph.bind("sh", SH)
    graph.bind("bnkgsh", "https://w3id.org/bnkg/shapes#")
    for triple in _triples(resource):
        graph.add(triple)
    return graph


def ontology_graph() -> Graph:
    """The OWL ontology (``bnkg.ttl``) as a new graph the caller may modify."""
    return _fresh("bnkg.ttl")


def shapes_graph() -> Graph:
    """The SHACL shapes (``shapes.ttl``) as a new graph the caller may modify."""
    return _fresh("shapes.ttl")


@functools.cache
def subclass_axioms() -> tuple[Triple, ...]:
    """The ontology's named ``rdfs:subClassOf`` triples (what ``sh:class`` needs in the data)."""
    return tuple(
        (s, p, o)
        for s, p, o in _triples("bnkg.ttl")
        if p == RDFS.subClassOf and isinstance(s, URIRef) and isinstance(o, URIRef)
    )


def union_triples(data: Graph) -> Iterator[Triple]:
    """Every triple of ``data``; for a Dataset / ConjunctiveGraph, of all its graphs."""
    if isinstance(data, ConjunctiveGraph):  # Dataset is a ConjunctiveGraph
        for s, p, o, _ in data.quads((None, None, None, None)):
            yield s, p, o
    else:
        yield from data


# ---------------------------------------------------------------------------------------------
# SHACL validation
# ---------------------------------------------------------------------------------------------


def _short(term: str) -> str:
    """``term`` with a known vocabulary namespace replaced by its prefix (for report lines)."""
    for prefix, namespace in (*PREFIXES.items(), ("sh", SH), ("bnkgsh", "https://w3id.org/bnkg/shapes#")):
        if prefix != "wd" and term.startswith(str(namespace)):
            return f"{prefix}:{term[len(str(namespace)):]}"
    return f"<{term}>"


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
        path = f" {_short(self.path)}" if self.path else ""
        value = f" (value: {self.value})" if self.value is not None else ""
        return f"{self.severity}: {self.focus}{path}: {self.message}{value} [{_short(self.shape)}]"


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
    return " ".join(f"{_short(str(p))} {_term_str(o, results)}" for p, o in results.predicate_objects(path))


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
        self._prepared: dict[str, Query] = {}

    def query(self, query_object: str | Query, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        if isinstance(query_object, str):
            prepared = self._prepared.get(query_object)
            if prepared is None:
                prepared = self._prepared[query_object] = prepareQuery(query_object)
            query_object = prepared
        return super().query(query_object, *args, **kwargs)


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
    conforms, results, _ = pyshacl.validate(
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


# ---------------------------------------------------------------------------------------------
# OWL reasoning (HermiT)
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReasoningReport:
    """The outcome of :func:`reason`: whether ontology + data are consistent, and a short message."""

    consistent: bool
    message: str


def _for_hermit(triples: Iterable[Triple]) -> Graph:
    """A copy HermiT can read: literals outside the OWL 2 datatype map become ``xsd:string``.

    The lexical form is kept, so only the datatype changes. The ontology states nothing about the
    values of these literals (bnkg:date and schema:datePublished have an open range), so the
    consistency of the graph is unaffected.  ``owl:imports`` triples are dropped: owlready2 would
    download (or read from disk) whatever a graph file names there.
    """
    graph = Graph()
    for s, p, o in triples:
        if p == OWL.imports:
            continue
        if isinstance(o, Literal) and o.datatype is not None and o.datatype not in _OWL2_DATATYPES:
            o = Literal(str(o), datatype=XSD.string)
        graph.add((s, p, o))
    return graph


def _disjointness_hints(data: Graph, ontology: Graph, limit: int = 5) -> list[str]:
    """Nodes of ``data`` typed with two classes the ontology declares disjoint (a likely cause)."""
    supers: dict[Node, set[Node]] = {}
    for cls in set(ontology.subjects(RDF.type, OWL.Class)):
        supers[cls] = set(ontology.transitive_objects(cls, RDFS.subClassOf))
    groups: list[list[Node]] = [list(ontology.items(m)) for m in ontology.objects(None, OWL.members)]
    groups += [[a, b] for a, b in ontology.subject_objects(OWL.disjointWith)]
    hints: list[str] = []
    for node in sorted(set(data.subjects(RDF.type, None)), key=str):
        types: set[Node] = set()
        for cls in data.objects(node, RDF.type):
            types |= supers.get(cls, {cls})
        for group in groups:
            clash = sorted(_short(str(c)) for c in group if c in types)
            if len(clash) > 1:
                hints.append(f"{node} is typed {' and '.join(clash)}, which are disjoint")
                break
        if len(hints) >= limit:
            break
    return hints


def reason(data: Graph | Dataset) -> ReasoningReport:
    """Check that the ontology plus ``data`` (the union of its graphs) is consistent, with HermiT.

    Loads both into a fresh owlready2 ``World`` (as N-Triples, in memory) and runs HermiT without
    property-value inference. Literals HermiT cannot parse (xsd:date, xsd:gYearMonth, xsd:gYear)
    are retyped to xsd:string first. Raises :class:`BnkgError` when Java is missing or HermiT fails.
    """
    import owlready2  # measured start-up cost: 20-70 ms of every command (python -X importtime); only reasoning needs it

    if shutil.which(owlready2.JAVA_EXE) is None:
        raise BnkgError(
            f"reasoning needs Java for HermiT, but {owlready2.JAVA_EXE!r} was not found on PATH; "
            "install a Java runtime (11 or later)"
        )
    ontology = ontology_graph()
    data_graph = _for_hermit(union_triples(data))
    world = owlready2.World()
    try:
        world.get_ontology(ONTOLOGY_IRI).load(
            fileobj=io.BytesIO(_for_hermit(ontology).serialize(format="nt", encoding="utf-8")),
            format="ntriples",
        )
        world.get_ontology("https://w3id.org/bnkg/data").load(
            fileobj=io.BytesIO(data_graph.serialize(format="nt", encoding="utf-8")),
            format="ntriples",
        )
        try:
            owlready2.sync_reasoner(world, infer_property_values=False, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError:
            hints = _disjointness_hints(data_graph, ontology)
            detail = "; ".join(hints) if hints else "no node is typed with disjoint classes; look for "
            if not hints:
                detail += "two values of a functional property (bnkg:status, bnkg:date, …) or range clashes"
            return ReasoningReport(False, f"HermiT: ontology + data are inconsistent: {detail}")
        except owlready2.OwlReadyJavaError as error:
            first = next((ln for ln in str(error).splitlines() if "Exception" in ln), str(error)[:300])
            raise BnkgError(f"HermiT failed: {first.strip()}") from error
    finally:
        world.close()
    return ReasoningReport(True, f"HermiT: ontology + data ({len(data_graph)} triples) are consistent")
