"""The ontology (bnkg.ttl), the SHACL shapes (shapes.ttl) and the validate / reason API."""

from __future__ import annotations

import functools
import shutil
from pathlib import Path

import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DefinedNamespace

from bnkg.ontology import (
    BNKG,
    ONTOLOGY_IRI,
    OWL,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SH,
    XSD,
    ReasoningReport,
    ValidationReport,
    Violation,
    ontology_graph,
    reason,
    shapes_graph,
    validate,
)

MINI = Path(__file__).parents[1] / "data" / "mini.trig"
ID = "https://w3id.org/bnkg/id/"
ART_A = f"{ID}article/aaaaaaaaaaaaaaaa"
ART_B = f"{ID}article/bbbbbbbbbbbbbbbb"
VISIT_A = f"{ID}visit/a000000000000001"
VISIT_B = f"{ID}visit/b000000000000001"
MEETING = f"{ID}meeting/a000000000000002"
AGREEMENT = f"{ID}agreement/a000000000000003"
CLAIM = f"{ID}claim/a000000000000004"
ACCUSATION = f"{ID}claim/b000000000000002"
EV_VISIT = f"{ID}evidence/a000000000000001"
PUTIN = f"{ID}actor/putin"
PESKOV = f"{ID}actor/peskov"
PYONGYANG = f"{ID}place/pyongyang"
NEW_ACTOR = f"{ID}actor/nobody"
FUSED = f"{ID}event/e1"


def _fused(*without: str, extra: str = "") -> str:
    """INSERT a fused event (bnkg/builder/fusion.py) lacking the properties named in ``without``."""
    props = {"kind": "bnkg:kind bnkg:Meeting", "supportedBy": "bnkg:supportedBy art:aaaaaaaaaaaaaaaa",
             "status": "bnkg:status bnkg:Occurred", "wasDerivedFrom": "prov:wasDerivedFrom art:aaaaaaaaaaaaaaaa",
             "sourceCount": 'bnkg:sourceCount "1"^^xsd:nonNegativeInteger', "rank": 'bnkg:rank "0"^^xsd:nonNegativeInteger'}
    body = " ; ".join(["a bnkg:FusedEvent", *(v for k, v in props.items() if k not in without), *filter(None, [extra])])
    return f"INSERT DATA {{ <{FUSED}> {body} }}"

PREFIXES = f"""
PREFIX bnkg: <https://w3id.org/bnkg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX art: <{ID}article/>
PREFIX actor: <{ID}actor/>
PREFIX place: <{ID}place/>
PREFIX visit: <{ID}visit/>
PREFIX meeting: <{ID}meeting/>
PREFIX agreement: <{ID}agreement/>
PREFIX claim: <{ID}claim/>
PREFIX ev: <{ID}evidence/>
"""


@functools.cache
def _mini_triples() -> tuple[tuple[object, object, object], ...]:
    dataset = Dataset()
    dataset.parse(MINI, format="trig")
    return tuple((s, p, o) for s, p, o, _ in dataset.quads((None, None, None, None)))


def mini_dataset() -> Dataset:
    dataset = Dataset()
    dataset.parse(MINI, format="trig")
    return dataset


def mini_union() -> Graph:
    graph = Graph()
    for triple in _mini_triples():
        graph.add(triple)  # type: ignore[arg-type]
    return graph


def broken(update: str) -> Graph:
    graph = mini_union()
    graph.update(PREFIXES + update)
    return graph


def _terms(namespace: type[DefinedNamespace]) -> list[str]:
    return [name for name in namespace.__annotations__ if not name.startswith("_")]


# ---------------------------------------------------------------------------------------------
# (a) the ontology
# ---------------------------------------------------------------------------------------------

CONTRACT_CLASSES = ["Article", "Actor", "Person", "State", "Organization", "Group", "Place", "Visit",
                    "Meeting", "Agreement", "Claim", "Accusation"]
CONTRACT_OBJECT_PROPERTIES = ["mentions", "visitor", "destination", "place", "host", "participant", "party",
                              "signatory", "status", "claimant", "about"]
CONTRACT_DATATYPE_PROPERTIES = ["sourceFile", "date", "text"]


def test_ontology_header() -> None:
    graph = ontology_graph()
    onto = URIRef(ONTOLOGY_IRI)
    assert (onto, RDF.type, OWL.Ontology) in graph
    assert graph.value(onto, OWL.versionInfo) is not None


def test_every_namespace_term_is_defined_with_labels_and_comment() -> None:
    graph = ontology_graph()
    problems = []
    for name in _terms(BNKG):
        term = BNKG[name]
        if not set(graph.objects(term, RDF.type)) & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty,
                                                     OWL.NamedIndividual}:
            problems.append(f"{name}: not declared")
        labels = {lit.language for lit in graph.objects(term, RDFS.label) if isinstance(lit, Literal)}
        comments = {lit.language for lit in graph.objects(term, RDFS.comment) if isinstance(lit, Literal)}
        if not {"en", "bn"} <= labels:
            problems.append(f"{name}: labels {labels}")
        if "en" not in comments:
            problems.append(f"{name}: no @en comment")
    assert problems == []


def test_ontology_defines_no_term_missing_from_the_namespace() -> None:
    graph = ontology_graph()
    defined = {str(s) for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(str(BNKG._NS))}
    assert defined == {str(BNKG[name]) for name in _terms(BNKG)}


def test_contract_terms_and_kinds() -> None:
    graph = ontology_graph()
    for name in CONTRACT_CLASSES + ["Event", "Evidence", "Status"]:
        assert (BNKG[name], RDF.type, OWL.Class) in graph, name
    for name in CONTRACT_OBJECT_PROPERTIES:
        assert (BNKG[name], RDF.type, OWL.ObjectProperty) in graph, name
    for name in CONTRACT_DATATYPE_PROPERTIES:
        assert (BNKG[name], RDF.type, OWL.DatatypeProperty) in graph, name
    for name in ("Occurred", "Planned"):
        assert (BNKG[name], RDF.type, BNKG.Status) in graph


def test_hierarchy_and_alignment() -> None:
    graph = ontology_graph()
    sem = "http://semanticweb.cs.vu.nl/2009/11/sem/"
    nif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
    sub = [
        (BNKG.Accusation, BNKG.Claim), (BNKG.Person, BNKG.Actor), (BNKG.State, BNKG.Actor),
        (BNKG.Organization, BNKG.Actor), (BNKG.Group, BNKG.Actor), (BNKG.Visit, BNKG.Event),
        (BNKG.Meeting, BNKG.Event), (BNKG.Agreement, BNKG.Event), (BNKG.Event, URIRef(sem + "Event")),
        (BNKG.Event, PROV.Entity), (BNKG.Claim, PROV.Entity), (BNKG.Claim, SCHEMA.Claim),
        (BNKG.Actor, URIRef(sem + "Actor")), (BNKG.Person, SCHEMA.Person), (BNKG.State, SCHEMA.Country),
        (BNKG.Organization, SCHEMA.Organization), (BNKG.Place, URIRef(sem + "Place")),
        (BNKG.Place, SCHEMA.Place), (BNKG.Article, SCHEMA.NewsArticle), (BNKG.Article, PROV.Entity),
        (BNKG.Evidence, URIRef(nif + "String")),
    ]
    for s, o in sub:
        assert (s, RDFS.subClassOf, o) in graph, (s, o)
    subprop = [(BNKG[p], URIRef(sem + "hasActor"))
               for p in ("visitor", "participant", "party", "signatory", "host", "claimant")]
    subprop += [(BNKG.place, URIRef(sem + "hasPlace")), (BNKG.date, URIRef(sem + "hasTimeStamp")),
                (BNKG.beginIndex, URIRef(nif + "beginIndex")), (BNKG.endIndex, URIRef(nif + "endIndex")),
                (BNKG.quote, URIRef(nif + "anchorOf")), (BNKG.content, URIRef(nif + "isString"))]
    for s, o in subprop:
        assert (s, RDFS.subPropertyOf, o) in graph, (s, o)


def test_external_terms_are_declared_not_imported() -> None:
    graph = ontology_graph()
    assert not list(graph.objects(None, OWL.imports))
    referenced = {o for p in (RDFS.subClassOf, RDFS.subPropertyOf) for o in graph.objects(None, p)
                  if isinstance(o, URIRef)}
    for term in referenced:
        assert set(graph.objects(term, RDF.type)), f"{term} is referenced but not declared"


def test_cameo_codes_are_documented() -> None:
    graph = ontology_graph()
    notes = {name: " ".join(str(n) for n in graph.objects(BNKG[name], URIRef("http://www.w3.org/2004/02/skos/core#note")))
             for name in ("Visit", "Meeting", "Agreement", "Claim", "Accusation")}
    assert "042" in notes["Visit"] and "043" in notes["Visit"]
    assert "040" in notes["Meeting"] and "046" in notes["Meeting"]
    assert "057" in notes["Agreement"]
    assert "010" in notes["Claim"]
    assert "112" in notes["Accusation"]


def test_date_range_is_left_open_for_hermit() -> None:
    assert ontology_graph().value(BNKG.date, RDFS.range) == RDFS.Literal


def test_graphs_are_fresh_copies() -> None:
    first = ontology_graph()
    first.remove((None, None, None))
    assert len(ontology_graph()) > 100
    shapes = shapes_graph()
    shapes.remove((None, None, None))
    assert len(shapes_graph()) > 100


def test_every_shape_constraint_has_a_message() -> None:
    shapes = shapes_graph()
    named = [s for s in set(shapes.subjects(RDF.type, SH.PropertyShape))
             | set(shapes.subjects(RDF.type, SH.SPARQLConstraint))]
    assert named
    for shape in named:
        assert shapes.value(shape, SH.message) is not None, shape


# ---------------------------------------------------------------------------------------------
# (b) mini.trig conforms
# ---------------------------------------------------------------------------------------------


def test_mini_dataset_conforms() -> None:
    report = validate(mini_dataset())
    assert isinstance(report, ValidationReport)
    assert report.conforms, report.text()
    assert report.violations == ()
    assert report.text() == "conforms"


def test_mini_union_graph_conforms_and_is_not_modified() -> None:
    graph = mini_union()
    before = len(graph)
    assert validate(graph).conforms
    assert len(graph) == before


@pytest.mark.slow
def test_validate_needs_the_subclass_axioms_it_adds() -> None:
    # sh:class bnkg:Actor accepts a bnkg:Person only through bnkg:Person rdfs:subClassOf bnkg:Actor
    graph = mini_union()
    assert (BNKG.Person, RDFS.subClassOf, BNKG.Actor) not in graph
    assert validate(graph).conforms


def test_a_dataset_is_validated_as_the_union_of_its_graphs() -> None:
    # visit b (graph b) goes to actor:north_korea; keep its "a bnkg:State" only in graph a, so
    # sh:class bnkg:State holds only on the union
    dataset = mini_dataset()
    g_b = dataset.graph(URIRef(f"{ID}graph/bbbbbbbbbbbbbbbb"))
    north_korea = URIRef(f"{ID}actor/north_korea")
    g_b.remove((north_korea, RDF.type, BNKG.State))
    assert (north_korea, RDF.type, BNKG.State) in dataset.graph(URIRef(f"{ID}graph/aaaaaaaaaaaaaaaa"))
    assert validate(dataset).conforms
    # and a problem inside a named graph is found
    g_b.remove((URIRef(VISIT_B), BNKG.visitor, None))
    report = validate(dataset)
    assert not report.conforms
    assert [v.focus for v in report.violations] == [VISIT_B]


@pytest.mark.slow
@pytest.mark.parametrize("date", ['"2024-06"^^xsd:gYearMonth', '"2024"^^xsd:gYear', '"2024-06-20"^^xsd:date'])
def test_occurred_event_in_the_publication_period_conforms(date: str) -> None:
    graph = broken(f"""
        DELETE {{ visit:a000000000000001 bnkg:date ?d }} INSERT {{ visit:a000000000000001 bnkg:date {date} }}
        WHERE {{ visit:a000000000000001 bnkg:date ?d }}""")
    assert validate(graph).conforms


def test_quote_is_not_checked_without_content() -> None:
    graph = broken("""
        DELETE { ?a bnkg:content ?c } WHERE { ?a bnkg:content ?c } ;
        DELETE { ev:a000000000000001 bnkg:quote ?q } INSERT { ev:a000000000000001 bnkg:quote "অন্য কিছু"@bn }
        WHERE { ev:a000000000000001 bnkg:quote ?q }""")
    assert validate(graph).conforms


def test_planned_event_after_publication_conforms() -> None:
    # visit b is Planned for 2025-07, the article is from 2025-06-02
    assert validate(mini_union()).conforms


# ---------------------------------------------------------------------------------------------
# (c) one negative test per shape constraint
# ---------------------------------------------------------------------------------------------


def _replace(subject: str, prop: str, value: str) -> str:
    return f"""DELETE {{ {subject} {prop} ?old }} INSERT {{ {subject} {prop} {value} }}
               WHERE {{ {subject} {prop} ?old }}"""


def _delete(subject: str, prop: str) -> str:
    return f"DELETE WHERE {{ {subject} {prop} ?old }}"


def _insert(subject: str, prop: str, value: str) -> str:
    return f"INSERT DATA {{ {subject} {prop} {value} }}"


NEW_PLACE = "INSERT DATA { place:moscow a bnkg:Place ; rdfs:label \"মস্কো\"@bn } ;"

# (id, SPARQL update breaking mini.trig, expected focus node, expected message substring)
BREAKAGES: list[tuple[str, str, str, str]] = [
    # Article
    ("article-no-sourceFile", _delete("art:aaaaaaaaaaaaaaaa", "bnkg:sourceFile"), ART_A,
     "exactly one bnkg:sourceFile"),
    ("article-sourceFile-path", _replace("art:aaaaaaaaaaaaaaaa", "bnkg:sourceFile", '"in/a.txt"'), ART_A,
     "base name"),
    ("article-two-headlines", _insert("art:aaaaaaaaaaaaaaaa", "schema:headline", '"আরেক"@bn'), ART_A,
     "at most one schema:headline"),
    ("article-headline-en", _replace("art:aaaaaaaaaaaaaaaa", "schema:headline", '"Putin visits"@en'), ART_A,
     "schema:headline must be a Bengali (@bn) string"),
    ("article-two-dates", _insert("art:aaaaaaaaaaaaaaaa", "schema:datePublished", '"2024-06-21"^^xsd:date'),
     ART_A, "at most one schema:datePublished"),
    ("article-date-string", _replace("art:aaaaaaaaaaaaaaaa", "schema:datePublished", '"2024-06-20"'), ART_A,
     "schema:datePublished must be an xsd:date"),
    ("article-no-contentHash", _delete("art:aaaaaaaaaaaaaaaa", "bnkg:contentHash"), ART_A,
     "exactly one bnkg:contentHash"),
    ("article-bad-contentHash", _replace("art:aaaaaaaaaaaaaaaa", "bnkg:contentHash", '"XYZ"'), ART_A,
     "64 lowercase hex digits"),
    ("article-two-contents", _insert("art:aaaaaaaaaaaaaaaa", "bnkg:content", '"আরেক"@bn'), ART_A,
     "at most one bnkg:content"),
    ("article-content-untagged", _replace("art:bbbbbbbbbbbbbbbb", "bnkg:content", '"plain"'), ART_B,
     "bnkg:content must be a Bengali (@bn) string"),
    ("article-mentions-place", _insert("art:aaaaaaaaaaaaaaaa", "bnkg:mentions", "place:pyongyang"), ART_A,
     "bnkg:mentions must point to an Actor"),
    # Actor
    ("actor-untyped-kind", 'INSERT DATA { actor:nobody a bnkg:Actor ; rdfs:label "কেউ না"@bn }', NEW_ACTOR,
     "must be typed as one of bnkg:Person"),
    ("actor-no-label", _delete("actor:peskov", "rdfs:label"), PESKOV, "An Actor must have an rdfs:label"),
    ("actor-no-bn-label", 'DELETE DATA { actor:peskov rdfs:label "দিমিত্রি পেসকভ"@bn }', PESKOV,
     "Bengali (@bn) rdfs:label"),
    ("actor-sameAs-dbpedia", _replace("actor:putin", "owl:sameAs", "<http://dbpedia.org/resource/Vladimir_Putin>"),
     PUTIN, "owl:sameAs of an Actor must be a Wikidata entity IRI"),
    ("actor-sameAs-property", _replace("actor:putin", "owl:sameAs", "<http://www.wikidata.org/entity/P17>"),
     PUTIN, "owl:sameAs of an Actor must be a Wikidata entity IRI"),
    ("actor-affiliation-person", _replace("actor:peskov", "bnkg:affiliation", "actor:putin"), PESKOV,
     "bnkg:affiliation must point to a State or an Organization"),
    ("actor-role-iri", _insert("actor:peskov", "bnkg:role", "actor:russia"), PESKOV,
     "bnkg:role must be a literal"),
    # Place
    ("place-no-label", _delete("place:pyongyang", "rdfs:label"), PYONGYANG, "A Place must have an rdfs:label"),
    ("place-sameAs-wrong", _replace("place:pyongyang", "owl:sameAs", "<https://www.wikidata.org/wiki/Q18808>"),
     PYONGYANG, "owl:sameAs of a Place must be a Wikidata entity IRI"),
    ("place-two-states", _insert("place:pyongyang", "bnkg:inState", "actor:russia"), PYONGYANG,
     "at most one bnkg:inState"),
    ("place-inState-person", _replace("place:pyongyang", "bnkg:inState", "actor:putin"), PYONGYANG,
     "bnkg:inState must point to a State"),
    # every event
    ("event-two-dates", _insert("visit:a000000000000001", "bnkg:date", '"2024-06-18"^^xsd:date'), VISIT_A,
     "at most one bnkg:date"),
    ("event-date-2024-6", _replace("visit:b000000000000001", "bnkg:date", '"2025-7"^^xsd:gYearMonth'), VISIT_B,
     "bnkg:date must be an xsd:date (YYYY-MM-DD), xsd:gYearMonth (YYYY-MM) or xsd:gYear (YYYY)"),
    ("event-date-month-13", _replace("visit:b000000000000001", "bnkg:date", '"2025-13"^^xsd:gYearMonth'),
     VISIT_B, "bnkg:date must be an xsd:date"),
    ("event-date-short-year", _replace("visit:b000000000000001", "bnkg:date", '"25"^^xsd:gYear'), VISIT_B,
     "bnkg:date must be an xsd:date"),
    ("event-date-string", _replace("visit:a000000000000001", "bnkg:date", '"2024-06-19"'), VISIT_A,
     "bnkg:date must be an xsd:date"),
    ("event-date-dateTime", _replace("visit:a000000000000001", "bnkg:date", '"2024-06-19T10:00:00"^^xsd:dateTime'),
     VISIT_A, "bnkg:date must be an xsd:date"),
    ("event-no-status", _delete("meeting:a000000000000002", "bnkg:status"), MEETING,
     "exactly one bnkg:status"),
    ("event-two-statuses", _insert("meeting:a000000000000002", "bnkg:status", "bnkg:Planned"), MEETING,
     "exactly one bnkg:status"),
    ("event-status-other", _replace("agreement:a000000000000003", "bnkg:status", "bnkg:Cancelled"), AGREEMENT,
     "bnkg:status must be bnkg:Occurred or bnkg:Planned"),
    ("event-two-places", NEW_PLACE + _insert("meeting:a000000000000002", "bnkg:place", "place:moscow"), MEETING,
     "at most one bnkg:place"),
    ("event-place-state", _replace("meeting:a000000000000002", "bnkg:place", "actor:north_korea"), MEETING,
     "bnkg:place must point to a Place"),
    ("event-occurred-after-publication", _replace("visit:a000000000000001", "bnkg:date", '"2024-06-21"^^xsd:date'),
     VISIT_A, "after the publication date"),
    ("event-occurred-month-after-publication",
     _replace("meeting:a000000000000002", "bnkg:date", '"2024-07"^^xsd:gYearMonth'), MEETING,
     "after the publication date"),
    ("event-occurred-year-after-publication",
     _replace("visit:b000000000000001", "bnkg:status", "bnkg:Occurred") + " ; "
     + _replace("visit:b000000000000001", "bnkg:date", '"2026"^^xsd:gYear'), VISIT_B,
     "after the publication date"),
    # Visit
    ("visit-no-visitor", _delete("visit:a000000000000001", "bnkg:visitor"), VISIT_A,
     "exactly one bnkg:visitor"),
    ("visit-two-visitors", _insert("visit:a000000000000001", "bnkg:visitor", "actor:peskov"), VISIT_A,
     "exactly one bnkg:visitor"),
    ("visit-visitor-place", _replace("visit:a000000000000001", "bnkg:visitor", "place:pyongyang"), VISIT_A,
     "bnkg:visitor must point to an Actor"),
    ("visit-no-destination", _delete("visit:b000000000000001", "bnkg:destination"), VISIT_B,
     "exactly one bnkg:destination"),
    ("visit-two-destinations", _insert("visit:b000000000000001", "bnkg:destination", "actor:russia"), VISIT_B,
     "exactly one bnkg:destination"),
    ("visit-destination-person", _replace("visit:a000000000000001", "bnkg:destination", "actor:kim_jong_un"),
     VISIT_A, "bnkg:destination must point to a State"),
    ("visit-two-hosts", _insert("visit:a000000000000001", "bnkg:host", "actor:kim_jong_un") + " ; "
     + _insert("visit:a000000000000001", "bnkg:host", "actor:north_korea"), VISIT_A, "at most one bnkg:host"),
    ("visit-host-place", _insert("visit:a000000000000001", "bnkg:host", "place:pyongyang"), VISIT_A,
     "bnkg:host must point to an Actor"),
    # Meeting
    ("meeting-one-participant", 'DELETE DATA { meeting:a000000000000002 bnkg:participant actor:kim_jong_un }',
     MEETING, "at least two bnkg:participant"),
    ("meeting-participant-place", _insert("meeting:a000000000000002", "bnkg:participant", "place:pyongyang"),
     MEETING, "bnkg:participant must point to an Actor"),
    # Agreement
    ("agreement-no-party", _delete("agreement:a000000000000003", "bnkg:party"), AGREEMENT,
     "at least one bnkg:party"),
    ("agreement-party-person", _insert("agreement:a000000000000003", "bnkg:party", "actor:lavrov"), AGREEMENT,
     "bnkg:party must point to a State or an Organization"),
    ("agreement-signatory-state", _insert("agreement:a000000000000003", "bnkg:signatory", "actor:russia"),
     AGREEMENT, "bnkg:signatory must point to a Person"),
    ("agreement-two-kinds", _insert("agreement:a000000000000003", "bnkg:agreementKind", '"economic"'), AGREEMENT,
     "at most one bnkg:agreementKind"),
    ("agreement-kind-unknown", _replace("agreement:a000000000000003", "bnkg:agreementKind", '"nuclear"'),
     AGREEMENT, "bnkg:agreementKind must be"),
    ("agreement-kind-bn", _replace("agreement:a000000000000003", "bnkg:agreementKind", '"defense"@bn'),
     AGREEMENT, "bnkg:agreementKind must be"),
    # provenance of events and claims
    ("fact-no-wasDerivedFrom", _delete("claim:a000000000000004", "prov:wasDerivedFrom"), CLAIM,
     "at least one prov:wasDerivedFrom"),
    ("fact-wasDerivedFrom-evidence", _replace("visit:a000000000000001", "prov:wasDerivedFrom",
                                             "ev:a000000000000001"), VISIT_A,
     "prov:wasDerivedFrom must point to an Article"),
    ("fact-no-evidence", _delete("agreement:a000000000000003", "bnkg:evidence"), AGREEMENT,
     "at least one bnkg:evidence"),
    ("fact-evidence-article", _replace("claim:a000000000000004", "bnkg:evidence", "art:aaaaaaaaaaaaaaaa"), CLAIM,
     "bnkg:evidence must point to an Evidence"),
    ("fact-two-cameo-codes", _insert("visit:a000000000000001", "bnkg:cameoCode", '"043"'), VISIT_A,
     "at most one bnkg:cameoCode"),
    ("fact-cameo-code-word", _replace("claim:a000000000000004", "bnkg:cameoCode", '"say"'), CLAIM,
     "bnkg:cameoCode must be an xsd:string of 2 to 4 digits"),
    # Claim
    ("claim-no-claimant", _delete("claim:a000000000000004", "bnkg:claimant"), CLAIM,
     "exactly one bnkg:claimant"),
    ("claim-claimant-place", _replace("claim:a000000000000004", "bnkg:claimant", "place:pyongyang"), CLAIM,
     "bnkg:claimant must point to an Actor"),
    ("claim-no-text", _delete("claim:a000000000000004", "bnkg:text"), CLAIM, "exactly one bnkg:text"),
    ("claim-text-untagged", _replace("claim:a000000000000004", "bnkg:text", '"relations will deepen"'), CLAIM,
     "bnkg:text must be a Bengali (@bn) string"),
    ("claim-no-claimKind", _delete("claim:a000000000000004", "bnkg:claimKind"), CLAIM,
     "exactly one bnkg:claimKind"),
    ("claim-claimKind-bn", _replace("claim:a000000000000004", "bnkg:claimKind", '"বলেন"@bn'), CLAIM,
     "bnkg:claimKind must be a lowercase xsd:string"),
    ("claim-about-place", _replace("claim:a000000000000004", "bnkg:about", "place:pyongyang"), CLAIM,
     "bnkg:about must point to an Actor or an event"),
    ("claim-two-vias", _insert("claim:a000000000000004", "bnkg:via", "actor:russia") + " ; "
     + _insert("claim:a000000000000004", "bnkg:via", "actor:north_korea"), CLAIM, "at most one bnkg:via"),
    ("claim-via-place", _insert("claim:a000000000000004", "bnkg:via", "place:pyongyang"), CLAIM,
     "bnkg:via must point to an Actor"),
    ("accusation-no-accused", _delete("claim:b000000000000002", "bnkg:about"), ACCUSATION,
     "An Accusation must name the accused"),
    # Evidence
    ("evidence-no-article", _delete("ev:a000000000000001", "bnkg:inArticle"), EV_VISIT,
     "exactly one bnkg:inArticle"),
    ("evidence-article-actor", _replace("ev:a000000000000001", "bnkg:inArticle", "actor:putin"), EV_VISIT,
     "bnkg:inArticle must point to an Article"),
    ("evidence-no-begin", _delete("ev:a000000000000001", "bnkg:beginIndex"), EV_VISIT,
     "exactly one bnkg:beginIndex"),
    ("evidence-begin-negative", _replace("ev:a000000000000001", "bnkg:beginIndex", "-1"), EV_VISIT,
     "bnkg:beginIndex must be a non-negative integer"),
    ("evidence-begin-string", _replace("ev:a000000000000001", "bnkg:beginIndex", '"23"'), EV_VISIT,
     "bnkg:beginIndex must be a non-negative integer"),
    ("evidence-begin-equals-end", _replace("ev:a000000000000001", "bnkg:beginIndex", "81"), EV_VISIT,
     "bnkg:beginIndex must be less than bnkg:endIndex"),
    ("evidence-begin-after-end", _replace("ev:a000000000000001", "bnkg:beginIndex", "90"), EV_VISIT,
     "bnkg:beginIndex must be less than bnkg:endIndex"),
    ("evidence-no-end", _delete("ev:a000000000000001", "bnkg:endIndex"), EV_VISIT,
     "exactly one bnkg:endIndex"),
    ("evidence-end-decimal", _replace("ev:a000000000000001", "bnkg:endIndex", "81.0"), EV_VISIT,
     "bnkg:endIndex must be a non-negative integer"),
    ("evidence-no-quote", _delete("ev:a000000000000001", "bnkg:quote"), EV_VISIT, "exactly one bnkg:quote"),
    ("evidence-quote-untagged",
     _replace("ev:a000000000000001", "bnkg:quote", '"রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন বুধবার পিয়ংইয়ং সফর করেন।"'),
     EV_VISIT, "bnkg:quote must be a Bengali (@bn) string"),
    ("evidence-no-rule", _delete("ev:a000000000000001", "bnkg:rule"), EV_VISIT, "exactly one bnkg:rule"),
    ("evidence-rule-langString", _replace("ev:a000000000000001", "bnkg:rule", '"visit.trigger"@en'), EV_VISIT,
     "bnkg:rule must be an xsd:string"),
    ("evidence-trigger-integer", _insert("ev:a000000000000001", "bnkg:trigger", "5"), EV_VISIT,
     "bnkg:trigger must be an xsd:string or a Bengali (@bn) string"),
    ("evidence-trigger-en", _insert("ev:a000000000000001", "bnkg:trigger", '"visit"@en'), EV_VISIT,
     "bnkg:trigger must be an xsd:string or a Bengali (@bn) string"),
    ("evidence-quote-mismatch", _replace("ev:a000000000000001", "bnkg:quote", '"পুতিন পিয়ংইয়ং সফর করেন।"@bn'),
     EV_VISIT, "is not the article content between bnkg:beginIndex and bnkg:endIndex"),
    ("evidence-offsets-shifted", _replace("ev:a000000000000001", "bnkg:beginIndex", "24") + " ; "
     + _replace("ev:a000000000000001", "bnkg:endIndex", "82"), EV_VISIT,
     "is not the article content between bnkg:beginIndex and bnkg:endIndex"),
    # Fused events
    ("fused-no-kind", _fused("kind"), FUSED, "exactly one bnkg:kind"),
    ("fused-no-support", _fused("supportedBy"), FUSED, "bnkg:supportedBy at least one Article"),
    ("fused-no-status", _fused("status"), FUSED, "exactly one bnkg:status (its readings share it)"),
    ("fused-two-dates", _fused(extra='bnkg:date "2024-06-19"^^xsd:date , "2024-06-20"^^xsd:date'), FUSED,
     "at most one bnkg:date (the most precise"),
    ("fused-conflict-on-visitor", _fused(extra="bnkg:conflictOn bnkg:visitor"), FUSED,
     "bnkg:conflictOn must name"),
    ("fused-no-derived-from", _fused("wasDerivedFrom", "supportedBy"), FUSED,
     "prov:wasDerivedFrom at least one Article"),
    ("fused-derived-from-not-article", _fused(extra="prov:wasDerivedFrom actor:putin"), FUSED,
     "prov:wasDerivedFrom at least one Article"),
    ("fused-sources-differ", _fused("wasDerivedFrom", extra="prov:wasDerivedFrom art:bbbbbbbbbbbbbbbb"), FUSED,
     "exactly its bnkg:supportedBy articles"),
    ("fused-no-source-count", _fused("sourceCount"), FUSED, "exactly one bnkg:sourceCount"),
    ("fused-source-count-string", _fused("sourceCount", extra='bnkg:sourceCount "1"'), FUSED,
     "exactly one bnkg:sourceCount"),
    ("fused-source-count-zero", _fused("sourceCount", extra='bnkg:sourceCount "0"^^xsd:nonNegativeInteger'), FUSED,
     "exactly one bnkg:sourceCount"),
    ("fused-no-rank", _fused("rank"), FUSED, "exactly one bnkg:rank"),
    ("fused-two-ranks", _fused(extra='bnkg:rank "1"^^xsd:nonNegativeInteger'), FUSED, "exactly one bnkg:rank"),
    ("fused-rank-string", _fused("rank", extra='bnkg:rank "0"'), FUSED, "exactly one bnkg:rank"),
    ("fused-rank-negative", _fused("rank", extra='bnkg:rank "-1"^^xsd:integer'), FUSED, "exactly one bnkg:rank"),
    ("fused-typed-as-reading", _fused(extra="a bnkg:Meeting"), FUSED, "must not be typed with a reading class"),
    # a claim's place in the claims listing (fusion.claim_ranks: one whole number, written beside the fused events)
    ("claim-two-ranks", 'INSERT DATA { claim:a000000000000004 bnkg:claimRank "0"^^xsd:nonNegativeInteger , '
     '"1"^^xsd:nonNegativeInteger }', CLAIM, "at most one bnkg:claimRank"),
    ("claim-rank-string", 'INSERT DATA { claim:a000000000000004 bnkg:claimRank "0" }', CLAIM, "at most one bnkg:claimRank"),
    ("claim-rank-negative", 'INSERT DATA { claim:a000000000000004 bnkg:claimRank "-1"^^xsd:integer }', CLAIM,
     "at most one bnkg:claimRank"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("update", "focus", "message"), [case[1:] for case in BREAKAGES],
                         ids=[case[0] for case in BREAKAGES])
def test_broken_graph_is_reported(update: str, focus: str, message: str) -> None:
    report = validate(broken(update))
    assert not report.conforms
    matching = [v for v in report.violations if v.focus == focus and message in v.message]
    assert matching, report.text()
    assert all(v.severity == "Violation" for v in matching)
    assert any(line.startswith(f"Violation: {focus}") and message in line for line in report.text().splitlines())


def test_every_constraint_shape_is_exercised_by_a_breakage() -> None:
    """The breakages above cover every named property shape and SPARQL constraint."""
    shapes = shapes_graph()
    messages = {str(shapes.value(s, SH.message)) for s in shapes.subjects(SH.message, None)
                if isinstance(s, URIRef)}
    covered = {m for m in messages if any(case[3] in m for case in BREAKAGES)}
    # SPARQL messages contain {?placeholders}; compare their fixed prefix
    uncovered = sorted(m for m in messages - covered
                       if not any(case[3] in m.replace("{?value}", "") for case in BREAKAGES))
    assert uncovered == []


def test_date_after_publication_reports_path_value_and_article() -> None:
    report = validate(broken(_replace("visit:a000000000000001", "bnkg:date", '"2024-06-21"^^xsd:date')))
    (violation,) = report.violations
    assert violation == Violation(
        focus=VISIT_A,
        path=str(BNKG.date),
        value='"2024-06-21"^^xsd:date',
        message=("An Occurred event is dated 2024-06-21, after the publication date 2024-06-20 of the article "
                 f"it was derived from ({ART_A}): either the date or the status is wrong"),
        shape=violation.shape,
        severity="Violation",
    )


@pytest.mark.slow
def test_report_is_sorted_deterministic_and_readable() -> None:
    update = (_delete("visit:a000000000000001", "bnkg:visitor") + " ; "
              + _delete("claim:a000000000000004", "bnkg:text") + " ; "
              + _delete("art:bbbbbbbbbbbbbbbb", "bnkg:sourceFile"))
    first = validate(broken(update))
    second = validate(broken(update))
    assert first == second
    assert list(first.violations) == sorted(first.violations, key=lambda v: (v.focus, v.path or "", v.message))
    lines = first.text().splitlines()
    assert len(lines) == 3 == len(first.violations)
    assert str(first) == first.text()
    assert lines[0].startswith(f"Violation: {ART_B} bnkg:sourceFile: An Article must have exactly one")
    assert "[bnkgsh:" in lines[0]


def test_blank_node_focus_is_rendered() -> None:
    graph = mini_union()
    node = BNode()
    graph.add((node, RDF.type, BNKG.Group))
    report = validate(graph)
    assert any(v.focus.startswith("_:") and "rdfs:label" in v.message for v in report.violations)


def test_builder_literal_forms_conform() -> None:
    """Offsets typed xsd:nonNegativeInteger, explicit xsd:string, @bn triggers (what graph.py writes)."""
    graph = mini_union()
    ev = URIRef(EV_VISIT)
    graph.set((ev, BNKG.beginIndex, Literal(23, datatype=XSD.nonNegativeInteger)))
    graph.set((ev, BNKG.endIndex, Literal(81, datatype=XSD.nonNegativeInteger)))
    graph.set((ev, BNKG.trigger, Literal("সফর করেন", lang="bn")))
    graph.set((ev, BNKG.rule, Literal("visit.trigger", datatype=XSD.string)))
    graph.set((URIRef(ART_A), SCHEMA.datePublished, Literal("2024-06-20T19:17:00", datatype=XSD.dateTime)))
    assert validate(graph).conforms


# ---------------------------------------------------------------------------------------------
# (d) the reasoner
# ---------------------------------------------------------------------------------------------

needs_java = pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs Java")


@pytest.mark.slow
@needs_java
def test_ontology_and_mini_are_consistent() -> None:
    report = reason(mini_dataset())
    assert report == ReasoningReport(True, report.message)
    assert "consistent" in report.message


@pytest.mark.slow
@needs_java
def test_gyear_dates_do_not_break_hermit() -> None:
    # HermiT rejects xsd:gYear / xsd:gYearMonth / xsd:date literals; reason() retypes them
    graph = broken(_replace("visit:b000000000000001", "bnkg:date", '"2025"^^xsd:gYear'))
    assert reason(graph).consistent


@pytest.mark.slow
@needs_java
def test_builder_literal_forms_are_consistent() -> None:
    graph = mini_union()
    ev = URIRef(EV_VISIT)
    graph.set((ev, BNKG.beginIndex, Literal(23, datatype=XSD.nonNegativeInteger)))
    graph.set((ev, BNKG.trigger, Literal("সফর করেন", lang="bn")))
    graph.set((URIRef(ART_A), SCHEMA.datePublished, Literal("2024-06-20T19:17:00", datatype=XSD.dateTime)))
    assert reason(graph).consistent


@pytest.mark.slow
@needs_java
def test_person_and_state_together_is_inconsistent() -> None:
    graph = broken("INSERT DATA { actor:putin a bnkg:State }")
    report = reason(graph)
    assert not report.consistent
    assert PUTIN in report.message and "disjoint" in report.message


@pytest.mark.slow
@needs_java
def test_two_statuses_are_inconsistent() -> None:
    report = reason(broken(_insert("visit:a000000000000001", "bnkg:status", "bnkg:Planned")))
    assert not report.consistent
    assert "functional" in report.message


@pytest.mark.slow
def test_missing_java_raises_bnkg_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import owlready2

    from bnkg.errors import BnkgError

    monkeypatch.setattr(owlready2, "JAVA_EXE", "/nonexistent/java")
    with pytest.raises(BnkgError, match="Java"):
        reason(mini_union())
