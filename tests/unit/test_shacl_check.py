"""bnkg.ontology.shacl_check: the checker proves a graph conforms only where the engines find
nothing, and knows every construct of shapes.ttl (or sends the nodes it applies to to the engine)."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from bnkg.builder.article import ArticleReader
from bnkg.builder.graph import IRIs, record_triples
from bnkg.ontology import validate
from bnkg.ontology.graphs import shapes_graph, subclass_axioms
from bnkg.ontology.shacl_check import HANDLED, SPARQL_PROOFS, Checker, default_checker, query_digest
from bnkg.ontology.shacl_parallel import validate_whole
from bnkg.rdf.namespaces import BNKG, BNKGSH, RDF, SH, XSD
from bnkg.rdf.nquads import ntriple_lines

from . import test_ontology as T

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "kim-russia-visit.txt"
FUSED = f"""INSERT DATA {{ <{T.FUSED}> a bnkg:FusedEvent ; bnkg:kind bnkg:Meeting ;
    bnkg:supportedBy art:aaaaaaaaaaaaaaaa ; prov:wasDerivedFrom art:aaaaaaaaaaaaaaaa ; bnkg:status bnkg:Occurred ;
    bnkg:sourceCount "1"^^xsd:nonNegativeInteger ; bnkg:rank "0"^^xsd:nonNegativeInteger }}"""


def _typed(triples: list[tuple[Node, Node, Node]]) -> list[str]:
    return sorted({s.n3() for s, p, _ in triples if p == RDF.type})


def _proves(triples: list[tuple[Node, Node, Node]], checker: Checker | None = None) -> bool:
    """Whether the checker proves every typed node of ``triples`` conforms."""
    return (checker or default_checker()).proves_lines(ntriple_lines(triples), _typed(triples))


@functools.cache
def _mini() -> tuple[tuple[Node, Node, Node], ...]:
    return tuple(T.broken(FUSED))  # the mini graph and a fused event


def test_the_mini_graph_and_a_fused_event_are_proved() -> None:
    assert validate(T.broken(FUSED)).conforms
    assert default_checker().unknown is None
    assert _proves(list(_mini()))


def test_a_real_article_is_proved(reader: ArticleReader) -> None:
    triples = record_triples(reader.read_file(EXAMPLE), IRIs())
    assert validate_whole(_graph(triples), "turbo").conforms
    assert _proves(triples)


@pytest.mark.parametrize("case", T.BREAKAGES, ids=[case[0] for case in T.BREAKAGES])
def test_no_breakage_is_proved(case: tuple[str, str, str, str]) -> None:
    """Every breakage the engines report is not proved, with its focus node alone or all of them."""
    triples = list(T.broken(case[1]))
    focus = case[2] if case[2].startswith("_:") else f"<{case[2]}>"
    assert not default_checker().proves_lines(ntriple_lines(triples), [focus])
    assert not _proves(triples)


def _shape_nodes(g: Graph) -> set[Node]:
    """Every node shapes.ttl uses as a shape: targeted, a property, inside a logical constraint."""
    found: set[Node] = set(g.subjects(SH.targetClass))
    todo = list(found)
    while todo:
        node = todo.pop()
        nested = [*g.objects(node, SH.property), *g.objects(node, SH.node), *g.objects(node, SH["not"]),
                  *g.objects(node, SH.qualifiedValueShape)]
        for p in (SH["or"], SH["and"], SH.xone):
            for head in g.objects(node, p):
                nested += list(g.items(head))
        for n in nested:
            if n not in found:
                found.add(n)
                todo.append(n)
    return found


def test_every_construct_of_the_shapes_is_handled() -> None:
    """What a shape of shapes.ttl says is a handled component (an unhandled one would make the
    checker prove nothing about the nodes it applies to), and every SHACL-SPARQL constraint has a
    proof written for its query text."""
    g = shapes_graph()
    used = {p for node in _shape_nodes(g) for p in g.predicates(node)}
    assert used <= HANDLED, used - HANDLED
    assert {SH["class"], SH.datatype, SH.pattern, SH["or"], SH.qualifiedValueShape, SH.lessThan, SH.equals} <= used
    for constraint in g.objects(None, SH.sparql):
        assert constraint in SPARQL_PROOFS, constraint
        assert query_digest(str(g.value(constraint, SH.select))) == SPARQL_PROOFS[constraint][0], constraint


def _edit(update: str) -> Graph:
    g = shapes_graph()
    g.update(f"""PREFIX sh: <{SH}> PREFIX bnkg: <{BNKG}> PREFIX bnkgsh: <{BNKGSH}> PREFIX xsd: <{XSD}>
                 PREFIX rdf: <{RDF}> {update}""")
    return g


UNKNOWN = {
    "closed": "INSERT DATA { bnkgsh:EvidenceShape sh:closed true }",
    "unique-lang": "INSERT DATA { bnkgsh:Article-headline-value sh:uniqueLang true }",
    "target-node": "INSERT DATA { bnkgsh:X a sh:NodeShape ; sh:targetNode bnkg:Occurred ; sh:class bnkg:Person }",
    "target-objects-of": "INSERT DATA { bnkgsh:X a sh:NodeShape ; sh:targetObjectsOf bnkg:quote }",
    "new-sparql": """INSERT DATA { bnkgsh:EventShape sh:sparql bnkgsh:Y . bnkgsh:Y a sh:SPARQLConstraint ;
                     sh:select "SELECT $this WHERE { $this bnkg:date ?d }" }""",
    "edited-sparql": """DELETE { bnkgsh:Event-date-after-publication sh:select ?q }
                        INSERT { bnkgsh:Event-date-after-publication sh:select "SELECT $this WHERE { }" }
                        WHERE { bnkgsh:Event-date-after-publication sh:select ?q }""",
    "inverse-path": """INSERT DATA { bnkgsh:EvidenceShape sh:property [ sh:path [ sh:inversePath bnkg:evidence ] ;
                       sh:minCount 1 ] }""",
    "has-value-literal": """INSERT DATA { bnkgsh:Evidence-rule-value sh:hasValue "x" }""",
    "nested-unknown": """INSERT DATA { bnkgsh:Actor-affiliation-value sh:not [ sh:uniqueLang true ] }""",
    "recursive": """INSERT DATA { bnkgsh:EventShape sh:node bnkgsh:EventShape }""",
    "two-patterns": """INSERT DATA { bnkgsh:Article-sourceFile-value sh:pattern "^.*$" }""",
    "flags": """INSERT DATA { bnkgsh:Article-sourceFile-value sh:flags "i" }""",
    "a-class-shape": """INSERT DATA { bnkgsh:EvidenceShape a <http://www.w3.org/2000/01/rdf-schema#Class> }""",
}


@pytest.mark.parametrize("update", UNKNOWN.values(), ids=UNKNOWN.keys())
def test_a_construct_the_checker_does_not_know_sends_the_graph_to_the_engine(update: str) -> None:
    checker = Checker(_edit(update), subclass_axioms())
    assert not _proves(list(_mini()), checker)


def test_a_shape_on_the_subjects_of_a_property_is_checked() -> None:
    """sh:targetSubjectsOf (the claims' ranks): a node that is the subject of the predicate gets the
    shape whatever its types; the graph is proved only if it holds there."""
    target = "bnkgsh:X a sh:NodeShape ; sh:targetSubjectsOf bnkg:quote ; sh:property [ sh:path bnkg:quote ; "
    assert _proves(list(_mini()), Checker(_edit(f"INSERT DATA {{ {target} sh:maxCount 1 ] }}"), subclass_axioms()))
    assert not _proves(list(_mini()), Checker(_edit(f"INSERT DATA {{ {target} sh:maxCount 0 ] }}"), subclass_axioms()))


def test_an_edit_the_checker_knows_is_checked() -> None:
    """A handled component added to a shape is enforced: a second sh:maxCount-like bound on rules."""
    stricter = Checker(_edit('INSERT DATA { bnkgsh:Evidence-rule-value sh:in ( "x" ) }'), subclass_axioms())
    assert not _proves(list(_mini()), stricter)  # a literal sh:in: left to the engine
    looser = Checker(_edit("INSERT DATA { bnkgsh:Evidence-rule-value sh:nodeKind sh:Literal }"), subclass_axioms())
    assert _proves(list(_mini()), looser)
    wrong = Checker(_edit("INSERT DATA { bnkgsh:Evidence-rule-value sh:nodeKind sh:IRI }"), subclass_axioms())
    assert not _proves(list(_mini()), wrong)


@pytest.mark.parametrize(("line", "proved"), [
    ('<{e}> <{ns}quote> "x\\"y"@bn .', False),  # an escaped quote: canonical, still not the content
    ('<{e}> <{ns}rule> "r\\u0031"^^<http://www.w3.org/2001/XMLSchema#string> .', True),
    ('<{e}> <{ns}rule> "r"^^<http://www.w3.org/2001/XMLSchema#date> .', False),
    ('<{e}> <{ns}rule> "r\\q" .', False),  # a malformed escape
    ('<{e}> <{ns}trigger> "ট্রিগার"@BN .', True),  # a language tag is case-insensitive
    ('<{e}> <{ns}trigger> "ট্রিগার"@bn-BD .', False),  # a sub-tag: the engine decides
    ('<{e}> <http://www.w3.org/2000/01/rdf-schema#subClassOf> <{ns}Article> .', False),
])
def test_odd_terms_are_read_as_the_engines_read_them(line: str, proved: bool) -> None:
    """Escapes, explicit xsd:string, language-tag case, a changed class hierarchy."""
    replaced = (BNKG.rule, BNKG.trigger, BNKG.quote) if "quote" in line else (BNKG.rule, BNKG.trigger)
    triples = [t for t in _mini() if not (str(t[0]) == T.EV_VISIT and t[1] in replaced)]
    lines = ntriple_lines(triples) + [line.format(e=T.EV_VISIT, ns=BNKG)]
    if "rule" not in line:
        lines.append(f'<{T.EV_VISIT}> <{BNKG.rule}> "r" .')
    focus = sorted({x.split(" ", 1)[0] for x in lines if f" <{RDF.type}> " in x})
    assert default_checker().proves_lines(lines, focus) is proved


def test_a_plain_literal_and_its_xsd_string_twin_are_two_values() -> None:
    """Regression (CI, stop 22): a rule given as ``"r"`` and as ``"r"^^xsd:string`` was proved to
    have one value; rdflib keeps the two terms apart, so both engines count two and report."""
    rule = next(t for t in _mini() if t[1] == BNKG.rule)
    triples = [*_mini(), (rule[0], rule[1], Literal(str(rule[2]), datatype=XSD.string))]
    assert not _proves(triples)
    assert not validate_whole(_graph(triples), "turbo").conforms


# --- mutations: proved ⇒ the engines conform ---------------------------------------------------

CLASSES = [BNKG.Article, BNKG.Person, BNKG.State, BNKG.Organization, BNKG.Group, BNKG.Actor, BNKG.Place,
           BNKG.Event, BNKG.Visit, BNKG.Meeting, BNKG.Agreement, BNKG.Claim, BNKG.Accusation, BNKG.Evidence,
           BNKG.FusedEvent, BNKG.Occurred]
DATATYPES = [None, XSD.string, XSD.integer, XSD.nonNegativeInteger, XSD.date, XSD.dateTime, XSD.gYear,
             XSD.gYearMonth, XSD.anyURI, "bn", "en", "bn-bd"]
LEXICAL = ["", "0", "-1", "7", "৭", "2024", "2024-06", "2024-06-20", "2024-02-30", "2024-06-20T10:00:00",
           "abc", "ab\n", "Q42", "http://www.wikidata.org/entity/Q42", "said", "0x", "a/b"]


def _literal(lexical: str, kind: object) -> Literal:
    if isinstance(kind, str) and not isinstance(kind, URIRef):
        return Literal(lexical, lang=kind)
    return Literal(lexical, datatype=kind)  # type: ignore[arg-type]


@st.composite
def _mutated(draw: st.DrawFn, bases: tuple[tuple[tuple[Node, Node, Node], ...], ...]) -> list[tuple[Node, Node, Node]]:
    triples = list(draw(st.sampled_from(bases)))
    for _ in range(draw(st.integers(1, 3))):
        i = draw(st.integers(0, len(triples) - 1))
        s, p, o = triples[i]
        how = draw(st.sampled_from(["drop", "duplicate", "second", "retype", "redatatype", "relex", "object"]))
        if how == "drop":
            del triples[i]
        elif how == "duplicate":  # the same property and value on another node
            other = triples[draw(st.integers(0, len(triples) - 1))][0]
            triples.append((other, p, o))
        elif how == "second":  # a second value, another triple's object
            triples.append((s, p, triples[draw(st.integers(0, len(triples) - 1))][2]))
        elif how == "retype":
            triples[i] = (s, RDF.type, draw(st.sampled_from(CLASSES)))
        elif how == "redatatype" and isinstance(o, Literal):
            triples[i] = (s, p, _literal(str(o), draw(st.sampled_from(DATATYPES))))
        elif how == "relex" and isinstance(o, Literal):
            triples[i] = (s, p, _literal(draw(st.sampled_from(LEXICAL)), o.language or o.datatype))
        elif how == "object":  # an IRI, a blank node or a literal where the value was
            triples[i] = (s, p, draw(st.sampled_from([URIRef(T.PUTIN), URIRef(T.PYONGYANG), BNode("b"),
                                                      Literal("x"), URIRef(T.EV_VISIT)])))
    return list(dict.fromkeys(triples))


def _graph(triples: list[tuple[Node, Node, Node]]) -> Graph:
    g = Graph()
    for t in triples:
        g.add(t)
    return g


def _check_mutations(data: st.DataObject, bases: tuple[tuple[tuple[Node, Node, Node], ...], ...], engine: str) -> None:
    triples = data.draw(_mutated(bases))
    if _proves(triples):
        report = validate(_graph(triples)) if engine == "pyshacl" else validate_whole(_graph(triples), engine)
        assert report.conforms, report.text()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_mutated_graph_proved_conforms_for_the_turbo_engine(data: st.DataObject) -> None:
    _check_mutations(data, (_mini(),), "turbo")


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_mutated_graph_proved_conforms_for_pyshacl(data: st.DataObject, reader: ArticleReader) -> None:
    article = tuple(record_triples(reader.read_file(EXAMPLE), IRIs()))
    _check_mutations(data, (_mini(), article), "pyshacl")
