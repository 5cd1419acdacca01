"""Hostile text in articles, file names and query parameters stays data.

An article (and its file name) full of quotes, angle brackets, braces, newlines, backslashes,
SPARQL keywords and ``<script>`` is built; then: no IRI in the graph holds raw text (only gazetteer
keys and hashes), every output format round-trips to the same quads (read back by rdflib and by
Oxigraph, an independent parser), and hostile parameter values — including the hostile texts
that are in the graph — give no rows and no error in memory, in the embedded store and on a
SPARQL server; and a name selects the same actor in Bengali and English on all three.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import XSD

import bnkg
from bnkg.builder.corpus.pipeline import build_result
from bnkg.builder.records import ArticleRecord
from bnkg.errors import BnkgError, QueryError
from bnkg.queries import catalogue, run
from bnkg.rdf.iri import SAFE_IRI
from bnkg.rdf.serialize import FORMATS, serialize
from bnkg.stores.embedded import load_file, open_store
from bnkg.stores.remote import Endpoint, RetryPolicy

from ..conftest import EXAMPLES
from .test_remote import oxigraph_server

ACTOR = "https://w3id.org/bnkg/id/actor/"

SCRIPT = "<script>alert(1)</script>"
SPARQL = "} SELECT * WHERE { ?s ?p ?o }"
PAGE = f"""<html><head><title>পুতিন "বললেন" {{}} &lt;script&gt;alert(1)&lt;/script&gt;</title></head><body>
<h1>পেসকভ: "সম্পর্ক }}{{ গভীর" &lt;script&gt;alert(1)&lt;/script&gt; \\ \"\"\" ' SELECT * WHERE {{ ?s ?p ?o }}</h1>
<p>প্রকাশিত: ২০ জুন ২০২৪</p>
<p>রাশিয়ার প্রেসিডেন্ট ভ্লাদিমির পুতিন বুধবার উত্তর কোরিয়া সফরে পিয়ংইয়ংয়ে পৌঁছান। সেখানে তিনি কিম জং উনের সঙ্গে বৈঠক করেন।</p>
<p>ক্রেমলিনের মুখপাত্র দিমিত্রি পেসকভ বলেন, "দুই দেশের সম্পর্ক &lt;script&gt;alert(1)&lt;/script&gt; {SPARQL} \"\"\" \\\\ \\" আরও গভীর হবে &gt; &lt;http://evil.example/x&gt; ।"</p>
<p>উত্তর কোরিয়ার রাষ্ট্রদূত পাক মিন সু বলেন, 'সহযোগিতা }}}} {{{{ বাড়বে \\n ।'</p>
</body></html>
"""
FILE_NAME = 'evil "name" <b> {x} \\ \n SELECT.html'
HOSTILE = ['"', ">", "}", "'", "\\", '"""', "\\u0022", SCRIPT, 'x" } SELECT * WHERE { ?s ?p ?o } #', "a\nb",
           "https://w3id.org/bnkg/id/actor/putin> } UNION { ?s ?p ?o", "<https://w3id.org/bnkg/id/actor/putin>}",
           "পুতিন\" }", "person-", "FILTER(true)", "  "]
NO_WAIT = RetryPolicy(retries=1, backoff=0.0)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Dataset, ArticleRecord]:
    d = tmp_path_factory.mktemp("hostile")
    (d / FILE_NAME).write_text(PAGE, encoding="utf-8")
    result = build_result([d])
    assert not result.skipped, result.skipped
    [rec] = result.records
    return result.dataset, rec


@pytest.fixture(scope="module")
def ds(built: tuple[Dataset, ArticleRecord]) -> Dataset:
    return built[0]


def _literals_in_graph(ds: Dataset) -> Iterator[str]:
    for _, _, o, _ in ds.quads((None, None, None, None)):
        if isinstance(o, Literal):
            yield str(o)


def test_the_hostile_text_reached_the_graph_as_literals(ds: Dataset, built: tuple[Dataset, ArticleRecord]) -> None:
    rec = built[1]
    assert SCRIPT in (rec.article.headline or "")
    claim_texts = [c.text for c in rec.claims]
    assert any(SCRIPT in t and "SELECT * WHERE" in t for t in claim_texts), claim_texts
    assert any("}} {{" in t for t in claim_texts), claim_texts
    literals = set(_literals_in_graph(ds))
    assert FILE_NAME in literals  # bnkg:sourceFile, newline and all
    assert any(SCRIPT in x and '"""' in x and "\\\\" in x for x in literals)  # bnkg:content


def test_no_iri_holds_raw_text(ds: Dataset, built: tuple[Dataset, ArticleRecord]) -> None:
    iris: set[str] = set()
    for quad in ds.quads((None, None, None, None)):
        for term in quad:
            if isinstance(term, URIRef) and term != DATASET_DEFAULT_GRAPH_ID:
                iris.add(str(term))
            assert not isinstance(term, BNode)
    assert len(iris) > 30
    for iri in iris:
        assert SAFE_IRI.match(iri), iri
    persons = [e.key for e in built[1].entities if e.key.startswith("person-")]
    assert persons and all(re.fullmatch(r"person-[0-9a-f]{12,64}", k) for k in persons)  # a hash, not the name


def _quads(ds: Dataset, union: bool) -> set[tuple[object, ...]]:
    """The quads (or triples), with ``xsd:string`` literals as simple literals: RDF 1.1 equates them."""
    def simple(o: object) -> object:
        return Literal(str(o)) if isinstance(o, Literal) and o.datatype == XSD.string else o

    return {(s, p, simple(o)) if union else (s, p, simple(o), g) for s, p, o, g in ds.quads((None, None, None, None))}


@pytest.mark.parametrize("suffix", sorted(FORMATS))
def test_every_format_round_trips_to_the_same_quads(ds: Dataset, tmp_path: Path, suffix: str) -> None:
    fmt = FORMATS[suffix]
    union = fmt in ("turtle", "nt")
    f = tmp_path / f"g{suffix}"
    f.write_bytes(serialize(ds, fmt))
    assert _quads(bnkg.load(f), union) == _quads(ds, union)
    # an independent parser reads the same number of statements
    ox_format = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS, "turtle": ox.RdfFormat.TURTLE,
                 "nt": ox.RdfFormat.N_TRIPLES, "json-ld": ox.RdfFormat.JSON_LD}[fmt]
    assert len({q for q in ox.parse(path=str(f), format=ox_format)}) == len(_quads(ds, union))


def _values(ds: Dataset, generic: list[str] = HOSTILE) -> list[str]:
    """The hostile parameter values, and the hostile texts of the graph itself."""
    return generic + sorted({x for x in _literals_in_graph(ds) if any(c in x for c in '"<>{}\\\n')})


def _all_hostile_queries_return_nothing(target: object, values: list[str]) -> int:
    n = 0
    for name, q in sorted(catalogue().items()):
        for p in q.params:
            for value in values:
                if p.kind == "date":  # refused before any query runs
                    with pytest.raises(QueryError, match="is not a date"):
                        run(name, target, **{p.name: value})
                else:
                    assert run(name, target, **{p.name: value}).rows == (), (name, p.name, value)
                n += 1
    return n


@pytest.mark.slow
def test_hostile_values_in_memory_and_in_the_store(ds: Dataset, tmp_path: Path) -> None:
    values = _values(ds)
    assert run("claims", ds, claimant="পেসকভ").rows  # a real label still works
    # rdflib's engine is slow: the generic values are tried in memory by tests/unit/test_queries.py
    assert _all_hostile_queries_return_nothing(ds, _values(ds, HOSTILE[7:10])) > 100
    f = tmp_path / "g.nq"
    bnkg.save(ds, f)
    store = open_store(tmp_path / "kg")
    load_file(store, f)
    assert len(run("claims", store, claimant="পেসকভ").rows) == len(run("claims", ds, claimant="পেসকভ").rows)
    _all_hostile_queries_return_nothing(store, values)


@pytest.mark.slow
def test_hostile_values_on_a_sparql_server(ds: Dataset, tmp_path: Path) -> None:
    f = tmp_path / "g.trig"
    bnkg.save(ds, f)
    with oxigraph_server(tmp_path / "db") as url:
        endpoint = Endpoint(url, retry=NO_WAIT)
        endpoint.load(f)
        assert len(run("claims", endpoint, claimant="পেসকভ").rows) == len(run("claims", ds, claimant="পেসকভ").rows)
        _all_hostile_queries_return_nothing(endpoint, _values(ds))


def test_hostile_base_iri_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    for base in ['https://x.example/"> <y', "https://x.example/{a}/", "javascript:alert(1)//", "https://x.example/ক/"]:
        with pytest.raises(BnkgError, match="base IRI"):
            build_result([tmp_path], base=base)


@pytest.mark.slow
def test_one_name_selects_one_actor_on_every_engine(tmp_path: Path) -> None:
    """Issue 16: `--claimant Russia` gave 5 rows (the Ministry of Foreign Affairs of Russia matched by the
    end of its English label) and `--claimant রাশিয়া` 2; `--party Russia` 3 IRIs, `--party রাশিয়া` 1.
    Now both scripts select the same actor on rdflib, the embedded store and an Oxigraph server."""
    examples = bnkg.build([EXAMPLES])
    f = tmp_path / "g.trig"
    bnkg.save(examples, f)
    store = open_store(tmp_path / "kg")
    load_file(store, f)
    with oxigraph_server(tmp_path / "db") as url:
        endpoint = Endpoint(url, retry=NO_WAIT)
        endpoint.load(f)
        for target in (examples, store, endpoint):
            for name, param, english, bengali, key in [("claims", "claimant", "Russia", "রাশিয়া", "russia"),
                                                        ("agreements", "party", "Russia", "রাশিয়া", "russia"),
                                                        ("visits", "actor", "Putin", "পুতিন", "putin")]:
                a, b = run(name, target, **{param: english}), run(name, target, **{param: bengali})
                assert a.resolved[0].iris == b.resolved[0].iris == (URIRef(ACTOR + key),), (target, name)
                assert a.rows and a.to_json() == b.to_json() == run(name, examples, **{param: bengali}).to_json()
            ministry = run("claims", target, claimant="Ministry of Foreign Affairs of Russia").resolved[0]
            assert ministry.exact and len(ministry.iris) == 1 and ministry.iris[0] != URIRef(ACTOR + "russia")
