"""N-Quads lines written term by term equal rdflib's serialiser, with or without a kept term cache."""

from __future__ import annotations

from rdflib import Dataset, Literal, URIRef

from bnkg.rdf.nquads import nquad_lines

G = URIRef("https://example.org/graph/g")
S = URIRef("https://example.org/s")
P = URIRef("https://example.org/p")
COUNT = URIRef("http://www.w3.org/2001/XMLSchema#nonNegativeInteger")  # not rdflib's XSD: pytest probes it


def _rdflib(triples: list[tuple[URIRef, URIRef, Literal]]) -> list[str]:
    ds = Dataset()
    for t in triples:
        ds.add((*t, G))
    return sorted(line for line in ds.serialize(format="nquads").splitlines() if line)


def test_lines_are_rdflibs_and_a_lone_surrogate_becomes_a_question_mark() -> None:
    triples = [(S, P, Literal("ঢাকা \udcfe বার্তা", lang="bn")), (S, P, Literal(7, datatype=COUNT)),
               (S, P, Literal('উদ্ধৃতি "ভেতরে"\n', lang="bn"))]
    lines = sorted(nquad_lines(triples, G))
    assert lines == _rdflib(triples)
    assert any("ঢাকা ? বার্তা" in line for line in lines)


def test_a_kept_cache_gives_the_same_lines_and_keeps_short_typed_terms_only() -> None:
    triples = [(S, P, Literal(7, datatype=COUNT)), (S, P, Literal("নিয়ম", lang="bn"))]
    known: dict = {}
    first = nquad_lines(triples, G, known)
    assert nquad_lines(triples, G, known) == first == nquad_lines(triples, G)
    assert Literal(7, datatype=COUNT) in known and S in known and P in known
    assert Literal("নিয়ম", lang="bn") not in known
