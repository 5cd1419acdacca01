"""Namespaces of the core vocabulary (CONTRACT) and the vocabularies it aligns to.

Typed like rdflib's own namespaces, so ``BNKG.Visit`` is checked against the ontology's terms
and a typo fails at import rather than producing a silent new IRI.
"""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

__all__ = ["BNKG", "BNKGSH", "ID", "NIF", "OWL", "PROV", "RDF", "RDFS", "SCHEMA", "SEM", "SH", "SKOS", "WD", "XSD",
           "ACTOR_TYPES", "DEFAULT_BASE", "ONTOLOGY_IRI", "PREFIXES", "sparql_prefixes"]

DEFAULT_BASE = "https://w3id.org/bnkg/id/"
ONTOLOGY_IRI = "https://w3id.org/bnkg/ontology"
# the subclasses of bnkg:Actor, by local name: what the gazetteer's ``type`` and the rules accept as an actor
ACTOR_TYPES = ("Person", "State", "Organization", "Group")


class BNKG(DefinedNamespace):
    """The bnkg ontology (``bnkg/ontology/bnkg.ttl``)."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # classes
    Article: object
    Actor: object
    Person: object
    State: object
    Organization: object
    Group: object
    Place: object
    Event: object
    Visit: object
    Meeting: object
    Agreement: object
    Claim: object
    Accusation: object
    Evidence: object
    Status: object
    FusedEvent: object
    # status individuals
    Occurred: object
    Planned: object
    # article
    sourceFile: object
    contentHash: object
    content: object
    mentions: object
    # actors and places
    affiliation: object
    role: object
    inState: object
    # events
    visitor: object
    destination: object
    place: object
    host: object
    participant: object
    party: object
    signatory: object
    agreementKind: object
    date: object
    status: object
    cameoCode: object
    # fusion across articles
    kind: object
    supportedBy: object
    reportOf: object
    conflictOn: object
    sourceCount: object
    rank: object
    claimRank: object
    # claims
    claimant: object
    text: object
    about: object
    claimKind: object
    via: object
    # evidence
    evidence: object
    inArticle: object
    beginIndex: object
    endIndex: object
    quote: object
    rule: object
    trigger: object


ID = Namespace(DEFAULT_BASE)
SCHEMA = Namespace("https://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
SH = Namespace("http://www.w3.org/ns/shacl#")
BNKGSH = Namespace("https://w3id.org/bnkg/shapes#")  # the SHACL shapes (bnkg/ontology/shapes.ttl)
WD = Namespace("http://www.wikidata.org/entity/")

PREFIXES: dict[str, Namespace] = {
    "bnkg": BNKG._NS,
    "prov": Namespace(str(PROV)),
    "schema": SCHEMA,
    "sem": SEM,
    "nif": NIF,
    "wd": WD,
    "owl": Namespace(str(OWL)),
    "rdf": Namespace(str(RDF)),
    "rdfs": Namespace(str(RDFS)),
    "skos": Namespace(str(SKOS)),
    "xsd": Namespace(str(XSD)),
}


def sparql_prefixes(*prefixes: str) -> str:
    """SPARQL ``PREFIX`` lines for some of :data:`PREFIXES`, so a query never spells a namespace out.

    >>> print(sparql_prefixes("bnkg", "rdfs"), end="")
    PREFIX bnkg: <https://w3id.org/bnkg/ontology#>
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    """
    return "".join(f"PREFIX {p}: <{PREFIXES[p]}>\n" for p in prefixes)
