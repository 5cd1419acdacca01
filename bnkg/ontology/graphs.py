"""The shipped ontology (``bnkg.ttl``) and SHACL shapes (``shapes.ttl``) as rdflib graphs, and the
triples every check adds or reads: the named subclass axioms, and the union of a Dataset's graphs."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from importlib import resources

from rdflib import ConjunctiveGraph, Graph, URIRef
from rdflib.term import Node

from bnkg.rdf.namespaces import BNKGSH, ONTOLOGY_IRI, PREFIXES, RDFS, SH

__all__ = ["ONTOLOGY_IRI", "Triple", "ontology_graph", "shapes_graph", "shipped_triples", "short_iri", "subclass_axioms",
           "union_triples"]

Triple = tuple[Node, Node, Node]


@functools.cache
def shipped_triples(resource: str) -> tuple[Triple, ...]:
    """The triples of a shipped Turtle file, parsed once; immutable so it can be shared."""
    data = resources.files("bnkg.ontology").joinpath(resource).read_bytes()
    return tuple(Graph().parse(data=data, format="turtle"))


def _fresh(resource: str) -> Graph:
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    graph.bind("sh", SH)
    graph.bind("bnkgsh", BNKGSH)
    for triple in shipped_triples(resource):
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
        for s, p, o in shipped_triples("bnkg.ttl")
        if p == RDFS.subClassOf and isinstance(s, URIRef) and isinstance(o, URIRef)
    )


def union_triples(data: Graph) -> Iterator[Triple]:
    """Every triple of ``data``; for a Dataset / ConjunctiveGraph, of all its graphs."""
    if isinstance(data, ConjunctiveGraph):  # Dataset is a ConjunctiveGraph
        for s, p, o, _ in data.quads((None, None, None, None)):
            yield s, p, o
    else:
        yield from data


def short_iri(term: str) -> str:
    """``term`` with a known vocabulary namespace replaced by its prefix (for report lines)."""
    for prefix, namespace in (*PREFIXES.items(), ("sh", SH), ("bnkgsh", BNKGSH)):
        if prefix != "wd" and term.startswith(str(namespace)):
            return f"{prefix}:{term[len(str(namespace)):]}"
    return f"<{term}>"
