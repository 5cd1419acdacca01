"""bnkg/rdf/namespaces.py is the one place the vocabulary is written out: actor types and namespace IRIs."""

from __future__ import annotations

import re
from pathlib import Path
from typing import get_args

from rdflib import Graph, URIRef

import bnkg
from bnkg.builder.records import ActorType
from bnkg.ontology import ontology_graph
from bnkg.rdf.namespaces import (
    ACTOR_TYPES,
    BNKG,
    BNKGSH,
    ONTOLOGY_IRI,
    OWL,
    PREFIXES,
    RDF,
    RDFS,
    sparql_prefixes,
)
from bnkg.views.story import ACTOR_KINDS

PACKAGE = Path(bnkg.__file__).parent
# a namespace of the vocabulary written out in code (instance IRIs under the base are data, not vocabulary)
VOCABULARY_IRI = re.compile(r"https://w3id\.org/bnkg/(ontology|shapes)\b")


def test_actor_types_are_the_ontologys_subclasses_of_actor() -> None:
    g: Graph = ontology_graph()
    direct = {str(s).removeprefix(str(BNKG)) for s in g.subjects(RDFS.subClassOf, BNKG.Actor)}
    assert set(ACTOR_TYPES) == direct == {"Person", "State", "Organization", "Group"}
    assert get_args(ActorType) == ACTOR_TYPES  # the records' type says the same, in the same order
    assert ACTOR_KINDS[:len(ACTOR_TYPES)] == ACTOR_TYPES and set(ACTOR_KINDS) - set(ACTOR_TYPES) == {"Actor", "Place"}


def test_shapes_and_ontology_iris_match_the_shipped_files() -> None:
    for name in ("bnkg.ttl", "shapes.ttl"):
        declared = Graph().parse(PACKAGE / "ontology" / name, format="turtle")
        assert str(dict(declared.namespaces())["bnkg"]) == str(BNKG) == ONTOLOGY_IRI + "#"
    assert (URIRef(ONTOLOGY_IRI), RDF.type, OWL.Ontology) in ontology_graph()
    assert str(dict(Graph().parse(PACKAGE / "ontology" / "shapes.ttl").namespaces())["bnkgsh"]) == str(BNKGSH)
    assert str(PREFIXES["bnkg"]) == str(BNKG)


def test_sparql_prefixes_spell_the_shared_namespaces() -> None:
    assert sparql_prefixes() == ""
    assert sparql_prefixes("skos", "bnkg") == (f"PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                                               f"PREFIX bnkg: <{ONTOLOGY_IRI}#>\n")


def test_no_module_writes_a_vocabulary_iri_outside_namespaces() -> None:
    found = [f"{p.relative_to(PACKAGE)}:{n}: {line.strip()}" for p in sorted(PACKAGE.rglob("*.py"))
             if p.name != "namespaces.py" for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if VOCABULARY_IRI.search(line)]
    assert found == []
