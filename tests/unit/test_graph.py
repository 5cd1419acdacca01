"""bnkg.builder.graph: the per-entity caches of :class:`IRIs` give the triples the uncached code gives.

Every sentence here is invented for the tests.
"""

from __future__ import annotations

import pytest
from rdflib import URIRef

import bnkg.builder.graph as graph
from bnkg.builder.article import ArticleReader
from bnkg.builder.graph import IRIs, entity_triples, record_triples
from bnkg.builder.records import Entity
from bnkg.rdf.namespaces import BNKG

PAGE = "রাশিয়া ও উত্তর কোরিয়া\n\n১৪ সেপ্টেম্বর ২০২৩\n\n{}\n"


def test_an_entity_description_is_built_once_and_equals_the_uncached_one() -> None:
    iris = IRIs()
    kim = Entity("kim_test", "Person", "কিম টেস্ট", label_en="Kim Test", affiliation="north_korea",
                 aliases=("কিম",))
    first = iris.described(kim, frozenset())
    assert first == tuple(entity_triples(kim, IRIs(), frozenset()))
    assert iris.described(kim, frozenset()) is first


def test_a_state_key_that_is_a_place_in_one_article_only_is_a_place_iri_there_only() -> None:
    iris = IRIs()
    town = Entity("town_test", "Place", "শহর", state="region_test")
    as_place = dict((p, o) for _, p, o in iris.described(town, frozenset({"region_test"})))
    as_actor = dict((p, o) for _, p, o in iris.described(town, frozenset()))
    assert as_place[BNKG.inState] == URIRef(f"{iris.base}place/region_test")
    assert as_actor[BNKG.inState] == URIRef(f"{iris.base}actor/region_test")
    assert iris.entity("region_test", frozenset({"region_test"})) == URIRef(f"{iris.base}place/region_test")
    assert iris.entity("region_test") == URIRef(f"{iris.base}actor/region_test")


def test_the_entity_caches_start_afresh_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(graph, "_CACHE_ENTITIES", 3)
    iris = IRIs("https://example.org/kg/")
    for k in range(10):
        e = Entity(f"person_{k}", "Person", "নাম")
        assert iris.described(e, frozenset())[0][0] == URIRef(f"https://example.org/kg/actor/person_{k}")
    assert len(iris._described) <= 4 and len(iris._nodes) <= 4
    assert iris.entity("person_0") == URIRef("https://example.org/kg/actor/person_0")


def test_articles_written_with_one_iris_equal_articles_written_each_with_a_fresh_one(reader: ArticleReader) -> None:
    bodies = ["রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন পিয়ংইয়ং সফর করেন। সেখানে তিনি কিম জং উনের সঙ্গে বৈঠক করেন।",
              "কিম জং উন মস্কো সফরে যান। পুতিনের সঙ্গে তাঁর বৈঠক হয় ক্রেমলিনে।"]
    records = [reader.read_string(PAGE.format(b), f"a{k}.txt") for k, b in enumerate(bodies)]
    assert {"kim_jong_un", "putin"} <= set(records[0].mentioned) & set(records[1].mentioned)
    shared = IRIs()
    for rec in records * 2:
        assert record_triples(rec, shared) == record_triples(rec, IRIs())
