"""N-Quads lines written term by term equal rdflib's serialiser, with or without a kept term cache."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
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
    return sorted(line for line in ds.serialize(format="nquads").split("\n") if line)


def test_lines_are_rdflibs_and_a_lone_surrogate_becomes_a_question_mark() -> None:
    triples = [(S, P, Literal("ঢাকা \udcfe বার্তা", lang="bn")), (S, P, Literal(7, datatype=COUNT)),
               (S, P, Literal('উদ্ধৃতি "ভেতরে"\n', lang="bn"))]
    lines = sorted(nquad_lines(triples, G))
    assert lines == _rdflib(triples)
    assert any("ঢাকা ? বার্তা" in line for line in lines)


def test_a_kept_cache_gives_the_same_lines_and_keeps_terms_but_long_texts() -> None:
    text = Literal("দীর্ঘ উদ্ধৃতি " * 20, lang="bn")
    triples = [(S, P, Literal(7, datatype=COUNT)), (S, P, Literal("নিয়ম", lang="bn")), (S, P, text)]
    known: dict = {}
    first = nquad_lines(triples, G, known)
    assert nquad_lines(triples, G, known) == first == nquad_lines(triples, G)
    assert sorted(first) == _rdflib(triples)
    kept = {t for t, _ in known.values()}
    assert Literal(7, datatype=COUNT) in kept and Literal("নিয়ম", lang="bn") in kept and S in kept and P in kept
    assert text not in kept
    # an equal term that is another object is written (and kept) on its own
    assert nquad_lines([(URIRef(str(S)), P, Literal(7, datatype=COUNT))], G, known) == [first[0]]


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([S, P, URIRef("https://example.org/ভ")]),
                          st.sampled_from([P, COUNT]),
                          st.one_of(st.text(max_size=200).map(lambda x: Literal(x, lang="bn")),
                                    st.integers(0, 10**6).map(lambda x: Literal(x, datatype=COUNT)),
                                    st.text(max_size=40).map(Literal), st.just(S))), max_size=12),
       st.integers(1, 3))
def test_lines_with_a_kept_cache_equal_rdflibs_for_any_text(triples: list, rounds: int) -> None:
    known: dict = {}
    want = _rdflib(triples)
    for _ in range(rounds):  # the same objects again: written from the cache
        assert sorted(set(nquad_lines(triples, G, known))) == want
