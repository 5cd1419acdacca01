"""bnkg.ontology.shacl_parallel: the engine may skip the SHACL-SPARQL constraints only where
sparql_silent proves they find nothing, and then reports the same."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef

from bnkg.ontology.shacl_parallel import run_shacl_nt, sparql_silent, sparql_silent_nt, validate_whole
from bnkg.rdf.namespaces import BNKG
from bnkg.rdf.nquads import ntriple_lines

from . import test_ontology as T

SPARQL_SHAPES = {"https://w3id.org/bnkg/shapes#Event-date-after-publication",
                 "https://w3id.org/bnkg/shapes#Evidence-quote-matches-content"}


def _lines(g: Graph) -> list[str]:
    return [line + "\n" for line in ntriple_lines(sorted(g))]


def test_the_mini_graph_is_silent_and_reported_the_same_without_the_sparql_constraints() -> None:
    g = T.mini_union()
    assert sparql_silent(g)
    assert sparql_silent_nt(_lines(g))
    assert run_shacl_nt(_lines(g), sparql=False) == run_shacl_nt(_lines(g)) == validate_whole(g, "turbo")


@pytest.mark.parametrize("case", T.BREAKAGES, ids=[case[0] for case in T.BREAKAGES])
def test_every_breakage_the_sparql_constraints_report_is_not_silent(case: tuple[str, str, str, str]) -> None:
    """Where a SHACL-SPARQL constraint reports something, sparql_silent says so (the engine then runs
    it); where it says silent, the report without those constraints is the whole report."""
    g = T.broken(case[1])
    full = run_shacl_nt(_lines(g))
    if any(v.shape in SPARQL_SHAPES for v in full.violations):
        assert not sparql_silent(g), case[0]
    if sparql_silent(g):
        assert run_shacl_nt(_lines(g), sparql=False) == full
    assert sparql_silent_nt(_lines(g)) == sparql_silent(g)  # the same answer from N-Triples lines


EV = URIRef(T.EV_VISIT)
XS = "http://www.w3.org/2001/XMLSchema#"  # (not rdflib's XSD: pytest's collection warns on it)


@pytest.mark.parametrize(("value", "expected"), [
    (Literal(24, datatype=URIRef(XS + "integer")), False),  # a quote other than the content there: checked by the engine
    (Literal("-1", datatype=URIRef(XS + "integer")), False),  # negative: unusual, left to the engine
    (Literal("x", datatype=URIRef(XS + "nonNegativeInteger")), False),  # not a number
    (Literal("0", datatype=URIRef(XS + "string")), False),  # not an integer type
    (Literal(100_000, datatype=URIRef(XS + "nonNegativeInteger")), False),  # after the end
    (URIRef("https://example.org/0"), False),  # not a literal
])
def test_an_unusual_offset_is_not_silent(value: object, expected: bool) -> None:
    g = T.mini_union()
    g.remove((EV, BNKG.beginIndex, None))
    g.add((EV, BNKG.beginIndex, value))  # type: ignore[arg-type]
    assert sparql_silent(g) is expected
    assert sparql_silent_nt(_lines(g)) is expected


def test_lines_oxigraph_cannot_parse_are_not_silent() -> None:
    assert not sparql_silent_nt([f"<{T.EV_VISIT}> <{BNKG.quote}> \"unterminated .\n"])
    assert sparql_silent_nt([f"<{T.EV_VISIT}> <{BNKG.rule}> \"unterminated .\n"])  # a line it does not read


def test_a_quote_that_is_not_a_literal_or_content_that_is_not_is_not_silent() -> None:
    g = T.mini_union()
    quote = g.value(EV, BNKG.quote)
    g.remove((EV, BNKG.quote, None))
    g.add((EV, BNKG.quote, URIRef("https://example.org/q")))
    assert not sparql_silent(g)
    g.remove((EV, BNKG.quote, None))
    g.add((EV, BNKG.quote, quote))  # type: ignore[arg-type]
    assert sparql_silent(g)
    art = g.value(EV, BNKG.inArticle)
    g.remove((art, BNKG.content, None))  # type: ignore[arg-type]
    g.add((art, BNKG.content, URIRef("https://example.org/c")))  # type: ignore[arg-type]
    assert not sparql_silent(g)


def test_an_occurred_event_dated_after_publication_is_not_silent_a_planned_one_is() -> None:
    visit = URIRef(T.VISIT_A)
    g = T.mini_union()
    g.remove((visit, BNKG.date, None))
    g.add((visit, BNKG.date, Literal("2099-01-01", datatype=URIRef(XS + "date"))))
    assert not sparql_silent(g)
    g.remove((visit, BNKG.status, None))
    g.add((visit, BNKG.status, BNKG.Planned))
    assert sparql_silent(g)
