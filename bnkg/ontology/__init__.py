"""The bnkg ontology (OWL), its SHACL shapes, and checks of a graph against both.

- :mod:`bnkg.ontology.graphs` — :func:`ontology_graph` / :func:`shapes_graph`, the shipped ``bnkg.ttl`` /
  ``shapes.ttl``, a fresh :class:`rdflib.Graph` on every call.
- :mod:`bnkg.ontology.shacl` — :func:`validate`, SHACL validation (pyshacl, SHACL-SPARQL enabled) of the
  union of all graphs; :mod:`bnkg.ontology.shacl_parallel` — the same report, faster.
- :mod:`bnkg.ontology.reasoning` — :func:`reason`, OWL consistency with HermiT (owlready2, needs Java);
  nothing is fetched from the network.

The names below are the package's API; the namespaces of :mod:`bnkg.rdf.namespaces` are re-exported.
"""

from __future__ import annotations

from bnkg.ontology.graphs import ONTOLOGY_IRI, ontology_graph, shapes_graph
from bnkg.ontology.reasoning import ReasoningReport, reason
from bnkg.ontology.shacl import ValidationReport, Violation, validate
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
    "ontology_graph", "reason", "shapes_graph", "validate",
]
