"""OWL consistency of the ontology and a graph, checked with HermiT (owlready2, needs Java); nothing
is fetched from the network (``owl:imports`` are dropped first)."""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from bnkg.errors import BnkgError
from bnkg.ontology.graphs import ONTOLOGY_IRI, Triple, ontology_graph, short_iri, union_triples
from bnkg.rdf.namespaces import OWL, RDF, RDFS, XSD

__all__ = ["ReasoningReport", "reason"]

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
            clash = sorted(short_iri(str(c)) for c in group if c in types)
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
