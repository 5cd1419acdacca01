"""The embedded on-disk store (bnkg.stores.embedded): building into it, idempotent loads, and canned queries that
answer exactly as rdflib does in memory; plus a smoke test of the benchmark corpus generator."""

from __future__ import annotations

import importlib.util
import io
import json
import sys
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Literal, URIRef

import bnkg
from bnkg.builder.corpus.pipeline import build_result
from bnkg.cli.main import main
from bnkg.errors import BnkgError, QueryError
from bnkg.queries import QueryResult, catalogue, run
from bnkg.queries.engines import StoreEngine
from bnkg.queries.results import pack, read_tsv, unpack
from bnkg.rdf.terms import canonical, from_oxigraph, tsv_term
from bnkg.stores import embedded
from bnkg.stores.embedded import (
    LOADING,
    DefaultTriples,
    dump_named,
    load_file,
    open_store,
    put_graph,
    quad_count,
    refresh_fused,
    to_dataset,
)

from ..conftest import EXAMPLES, ROOT

MINI = ROOT / "tests" / "data" / "mini.trig"
ACTOR = "https://w3id.org/bnkg/id/actor/"

# Representative parameters for every canned query: labels in both scripts, a Wikidata prefixed name,
# IRIs; "sources-of" gets a fact IRI found in the graph.
PARAMS: dict[str, list[dict[str, str]]] = {
    "accusations": [{}, {"accused": "North Korea"}, {"accuser": "দক্ষিণ কোরিয়া"}],
    "actors": [{}],
    "agreements": [{}, {"party": "রাশিয়া"}],
    "claims": [{}, {"claimant": "Peskov"}, {"about": "উত্তর কোরিয়া"}],
    "conflicts": [{}, {"actor": "Putin"}],
    "timeline": [{}, {"actor": "wd:Q7747"}],
    "visits": [{}, {"actor": "ল্যাভরভ"}, {"destination": "North Korea", "actor": "Shoigu"}],
    "who-met-whom": [{}, {"actor": "Putin"}, {"actor": "https://w3id.org/bnkg/id/actor/kim_jong_un"}],
}


def cases(ds: Dataset) -> Iterator[tuple[str, dict[str, str]]]:
    """(query, params) pairs covering every canned query and every parameter."""
    assert set(PARAMS) | {"sources-of"} == set(catalogue()), "a new canned query needs test parameters"
    for name, variants in sorted(PARAMS.items()):
        for params in variants:
            yield name, params
    visit = next(iter(run("visits", ds).rows), None)
    facts = [str(visit[0])] if visit else []
    for fact in [*facts, "https://w3id.org/bnkg/id/actor/putin"]:
        yield "sources-of", {"fact": fact}


def _quads(ds: Dataset) -> int:
    return sum(1 for _ in ds.quads((None, None, None, None)))


# the queries that answer in real-world events by default and per article's reading with readings=True
PER_READING = {n for n, q in catalogue(readings=True).items() if q.sparql != catalogue()[n].sparql}


def answers(target: object, ds: Dataset) -> dict[str, QueryResult]:
    """Every case's answer on ``target``: in events, and per reading where the query has that variant."""
    out = {f"{name} {json.dumps(p, ensure_ascii=False)}": run(name, target, **p) for name, p in cases(ds)}
    out.update({f"{name} --readings {json.dumps(p, ensure_ascii=False)}": run(name, target, readings=True, **p)
                for name, p in cases(ds) if name in PER_READING})
    return out


@pytest.fixture(scope="module")
def examples() -> Dataset:
    return bnkg.build([EXAMPLES])


@pytest.fixture(scope="module")
def store(examples: Dataset, tmp_path_factory: pytest.TempPathFactory) -> ox.Store:
    """The examples built straight into an on-disk store, article by article (as ``build --store --into``
    does, and as every ``build --store`` did before it bulk-loaded)."""
    s = open_store(tmp_path_factory.mktemp("kg") / "store")
    build_result([EXAMPLES], on_graph=lambda g: put_graph(s, g.identifier, g), keep_graphs=False)
    refresh_fused(s)
    return s


@pytest.mark.slow
def test_every_canned_query_answers_as_in_memory(examples: Dataset, store: ox.Store) -> None:
    memory, embedded = answers(examples, examples), answers(store, examples)
    assert memory == embedded
    assert sum(len(r.rows) for r in memory.values()) > 50  # the comparison is not vacuous
    assert all(memory[k].rows for k in memory if "{}" in k and "conflicts" not in k), "answers to compare"


@pytest.mark.slow
def test_why_the_store_writes_the_union_set_oxigraphs_union_repeats_rows(
        examples: Dataset, store: ox.Store, tmp_path: Path) -> None:
    """A store of named graphs only (another tool's bulk load) is read through Oxigraph's union: the same set
    of rows, but a triple that n graphs hold matches n times, and the rows multiply — why bnkg writes the
    default graph as the union *set* (1,000 articles: ``actors`` had not answered in 60 s on the union)."""
    f = tmp_path / "g.nq"
    bnkg.save(examples, f)
    raw = ox.Store(str(tmp_path / "raw"))
    raw.bulk_load(path=str(f), format=ox.RdfFormat.N_QUADS)
    assert next(iter(raw.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is None
    assert StoreEngine(raw).union is True
    union, stored = answers(raw, examples), answers(store, examples)
    assert all(set(union[k].rows) == set(stored[k].rows) for k in stored)
    assert len(union["visits {}"].rows) > 100 * len(stored["visits {}"].rows) > 0


@pytest.mark.slow
def test_pages_are_slices_of_the_whole_answer_on_both_engines(examples: Dataset, store: ox.Store) -> None:
    for target in (examples, store):
        for name in ("visits", "claims", "timeline", "who-met-whom", "agreements"):
            for readings in (False, True):
                whole = run(name, target, readings=readings).rows
                assert len(whole) >= (2 if name == "agreements" else 3), name  # (two agreements in the examples)
                assert run(name, target, readings=readings, limit=2).rows == whole[:2]
                assert run(name, target, readings=readings, limit=2, offset=1).rows == whole[1:3]
                assert run(name, target, readings=readings, offset=len(whole) - 1).rows == whole[-1:]
            assert run(name, target, limit=0).rows == ()
        assert run("visits", target, actor="Putin", limit=1).rows == run("visits", target, actor="Putin").rows[:1]
        for name in ("visits", "timeline", "who-met-whom", "agreements"):  # pages found first (see bnkg/queries)
            dated = run(name, target, since="2024").rows
            assert dated and run(name, target, since="2024", limit=1, offset=1).rows == dated[1:2], name
        disputed = run("conflicts", target).rows
        assert len(disputed) >= 2 and run("conflicts", target, limit=1, offset=1).rows == disputed[1:2]
    with pytest.raises(QueryError, match="negative"):
        run("visits", store, limit=-1)

@pytest.mark.slow
def test_a_page_far_into_the_answer_is_found_by_limit_and_offset(store: ox.Store, monkeypatch: pytest.MonkeyPatch
                                                                  ) -> None:
    """Past PAGED_ROWS the page's events are not found first (their VALUES list would be long): the same rows."""
    whole = run("timeline", store).rows
    first = run("timeline", store, limit=2, offset=1).rows
    monkeypatch.setattr(bnkg.queries, "PAGED_ROWS", 2)
    assert run("timeline", store, limit=2, offset=1).rows == first == whole[1:3]


@pytest.mark.slow
def test_store_holds_the_same_quads(examples: Dataset, store: ox.Store) -> None:
    assert quad_count(store) == _quads(examples)
    assert {str(g.value) for g in store.named_graphs()} == {str(g.identifier) for g in examples.graphs() if len(g)}
    back = to_dataset(store)

    def quads(ds: Dataset) -> set[tuple]:
        return {(s, p, canonical(o), g) for s, p, o, g in ds.quads((None, None, None, None))}

    assert quads(back) == quads(examples)


@pytest.mark.slow
def test_writes_are_idempotent_and_replace(examples: Dataset, store: ox.Store, tmp_path: Path) -> None:
    before = quad_count(store), len(store)
    graph = next(g for g in examples.graphs() if len(g))
    assert put_graph(store, graph.identifier, graph) is True  # replaced, not added twice
    assert (quad_count(store), len(store)) == before
    # replacing with fewer triples removes the rest of the old graph, in one transaction
    s2 = open_store(tmp_path / "s2")
    put_graph(s2, graph.identifier, graph)
    put_graph(s2, graph.identifier, list(graph)[:3])
    assert quad_count(s2) == 3 and len(s2) == 6  # and the default graph (the union) holds the same 3
    # a file loaded twice: same size, the second time every graph is replaced
    f = tmp_path / "g.trig"
    bnkg.save(examples, f)
    s3 = open_store(tmp_path / "s3")
    first, second = load_file(s3, f), load_file(s3, f)  # bulk into the empty store, then transactions
    graphs = sum(1 for g in examples.graphs() if len(g))
    assert first.graphs == second.graphs == second.replaced == graphs
    assert first.quads == second.quads == _quads(examples)
    assert answers(s3, examples) == answers(examples, examples)


@pytest.mark.slow
def test_an_interrupted_first_load_is_refused_then_repaired(examples: Dataset, tmp_path: Path) -> None:

    f = tmp_path / "g.nq"
    bnkg.save(examples, f)
    s = open_store(tmp_path / "s")
    s.add(LOADING)  # what a bulk load into an empty store leaves when it is killed
    with pytest.raises(BnkgError, match="interrupted"):
        run("actors", s)
    stats = load_file(s, f)
    assert stats.quads == _quads(examples)
    assert run("actors", s) == run("actors", examples)


def test_default_graph_is_the_union_set_of_the_named_graphs(tmp_path: Path) -> None:
    """Why it is kept: Oxigraph's own union is a multiset, which makes label OPTIONALs explode."""
    ex = "http://example.org/"
    t1, t2, t3 = ((URIRef(ex + "s"), URIRef(ex + "p"), Literal(n)) for n in ("1", "2", "3"))
    s = open_store(tmp_path / "s")
    put_graph(s, ex + "a", [t1, t2])
    put_graph(s, ex + "b", [t2])

    def default() -> set[str]:
        return {q.object.value for q in s.quads_for_pattern(None, None, None, ox.DefaultGraph())}

    assert default() == {"1", "2"}
    put_graph(s, ex + "a", [t3])  # t1 only "a" had: gone; t2 "b" still has: kept
    assert default() == {"2", "3"}
    put_graph(s, ex + "b", [])
    assert default() == {"3"}
    # a store filled by other tools (named graphs only) is queried through Oxigraph's union instead
    f = tmp_path / "g.nq"
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    f.write_text(f"<{ex}x> <{rdf_type}> <https://w3id.org/bnkg/ontology#Article> <{ex}g> .\n")
    raw = ox.Store(str(tmp_path / "raw"))
    raw.load(path=str(f), format=ox.RdfFormat.N_QUADS)
    assert StoreEngine(raw).union is True and StoreEngine(s).union is False


@pytest.mark.slow
def test_cli_build_query_validate_load_with_store(examples: Dataset, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    kg = tmp_path / "kg"
    assert main(["build", str(EXAMPLES), "--store", str(kg), "-q", "--no-validate"]) == 0
    assert main(["build", str(EXAMPLES), "--store", str(kg), "-q", "--no-validate"]) == 0  # idempotent
    capsys.readouterr()
    assert main(["query", "who-met-whom", "--store", str(kg), "--actor", "Putin", "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert out == run("who-met-whom", examples, actor="Putin").to_json()
    assert main(["query", "visits", "--store", str(kg), "--limit", "1", "--offset", "1", "--format", "json"]) == 0
    assert capsys.readouterr().out == run("visits", examples, limit=1, offset=1).to_json()
    assert main(["validate", "--store", str(kg)]) == 0
    f = tmp_path / "g.nq"
    bnkg.save(examples, f)
    assert main(["load", str(f), "--store", str(tmp_path / "kg2"), "-q"]) == 0
    assert quad_count(open_store(tmp_path / "kg2", read_only=True)) == _quads(examples)
    # errors: a missing store, two sources at once
    assert main(["query", "actors", "--store", str(tmp_path / "none")]) == 1
    assert "no bnkg store" in capsys.readouterr().err
    assert main(["query", "actors", str(f), "--store", str(kg)]) == 1
    assert main(["build", str(EXAMPLES)]) == 1


@pytest.fixture(scope="module")
def mini_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """tests/data/mini.trig in an on-disk store (queries there take milliseconds; rdflib takes ~1 s)."""
    path = tmp_path_factory.mktemp("mini") / "kg"
    load_file(open_store(path), MINI)
    return str(path)


def test_cli_prints_what_a_name_resolved_to(mini_store: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "claims", "--store", mini_store, "--claimant", "Peskov", "--format", "csv"]) == 0
    out, err = capsys.readouterr()
    assert err == "bnkg: --claimant Peskov → দিমিত্রি পেসকভ (Dmitry Peskov)\n" and out.count("\n") == 2
    assert main(["query", "agreements", "--store", mini_store, "--party", "Russia", "--format", "csv"]) == 0
    assert capsys.readouterr().err == "bnkg: --party Russia → রাশিয়া (Russia)\n"
    assert main(["query", "claims", "--store", mini_store, "--claimant", "Nobody"]) == 0
    assert capsys.readouterr().err == "bnkg: --claimant Nobody → no actor or place has this name or alias: no rows\n"
    assert main(["query", "sources-of", str(MINI), "--fact", ACTOR + "putin", "--format", "csv"]) == 0
    assert capsys.readouterr().err == ""  # an IRI that is there: nothing to say
    assert main(["query", "visits", "--store", mini_store, "--since", "2024", "--format", "csv"]) == 0
    assert capsys.readouterr().err == ""  # a date: nothing to say


@pytest.mark.parametrize("argv", [
    ["query", "sources-of", "--fact", ACTOR + "putin", "GRAPH", "--format", "json"],
    ["query", "sources-of", "GRAPH", "--fact", ACTOR + "putin", "--format", "json"],
    ["query", "sources-of", "--format", "json", f"--fact={ACTOR}putin", "GRAPH"],
    ["query", "sources-of", "--format", "json", "GRAPH", f"--fact={ACTOR}putin"],
])
def test_cli_options_before_or_after_the_graph(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(MINI) if a == "GRAPH" else a for a in argv]) == 0
    expected = run("sources-of", bnkg.load(MINI), fact=ACTOR + "putin")
    assert expected.rows and capsys.readouterr().out == expected.to_json()


@pytest.mark.slow
def test_cli_other_commands_take_options_before_or_after_the_graph(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    outs = []
    for i, argv in enumerate([["explain", str(MINI), "--visit", "Putin"], ["explain", "--visit", "Putin", str(MINI)]]):
        assert main(argv) == 0, i
        outs.append(capsys.readouterr().out)
    assert outs[0] == outs[1] and "Vladimir Putin" in outs[0]
    for i, argv in enumerate([["export", str(MINI), "--network", str(tmp_path / "a.graphml")],
                              ["export", "--network", str(tmp_path / "b.graphml"), str(MINI)]]):
        assert main(argv) == 0, i
    assert (tmp_path / "a.graphml").read_bytes() == (tmp_path / "b.graphml").read_bytes()


@pytest.mark.parametrize(("argv", "message"), [
    (["query", "visits", "--actor", "Putin", "GRAPH", "GRAPH"], "unexpected argument"),
    (["query", "visits", "GRAPH", "--actor", "Putin", "stray"], "unexpected argument 'stray'"),
    (["query", "visits", "--visitor", "Putin", "GRAPH"],
     "query 'visits' has no parameter visitor; valid parameters: actor, destination, since, until"),
    (["query", "visits", "GRAPH", "--visitor=Putin"], "query 'visits' has no parameter visitor"),
    (["query", "visits", "GRAPH", "--act", "Putin"], "query 'visits' has no parameter act"),  # no abbreviations
    (["query", "nothing", "GRAPH", "--act", "Putin"], "has no parameter act; valid parameters: see `bnkg queries`"),
    (["query", "visits", "GRAPH", "--actor"], "parameter --actor needs a value"),
    (["query", "visits", "GRAPH", "--actor="], "parameter --actor needs a value"),
    (["query", "visits", "--actor", "Putin", "GRAPH", "--actor", "পুতিন"], "--actor is given twice ('Putin' and 'পুতিন')"),
    (["query", "actors", "GRAPH", "--actor", "Putin"], "query 'actors' has no parameter actor"),
    (["query", "visits", "--actor", "Putin"], "give exactly one of a graph file"),
])
def test_cli_query_argument_errors(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(MINI) if a == "GRAPH" else a for a in argv]) == 1
    out, err = capsys.readouterr()
    assert message in err and out == ""


# --- bnkg remove --store and bnkg build --into --store ----------------------------------------------------


def _store_quads(path: Path) -> set[ox.Quad]:
    return set(open_store(path, read_only=True).quads_for_pattern(None, None, None, None))


@pytest.mark.slow
def test_remove_from_the_store_leaves_what_a_store_of_the_others_holds(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    kg, kept = tmp_path / "kg", tmp_path / "kept"
    assert main(["build", str(EXAMPLES), "--store", str(kg), "-q", "--no-validate"]) == 0
    assert main(["build", str(EXAMPLES / "kim-russia-visit.txt"), "--store", str(kept), "-q", "--no-validate"]) == 0
    capsys.readouterr()
    # one by base name, one by content (a copy under another name)
    copy = tmp_path / "renamed.txt"
    copy.write_bytes((EXAMPLES / "moscow-agreement.txt").read_bytes())
    assert main(["remove", "lavrov-pyongyang.txt", str(copy), "--store", str(kg)]) == 0
    assert "removed 2 article(s)" in capsys.readouterr().err
    # the same quads — named graphs, the fused events, and the default graph (their union set) — as a
    # store built from the remaining article alone: no triple or event only the removed ones had is left
    assert _store_quads(kg) == _store_quads(kept)
    store = open_store(kg, read_only=True)
    alone = bnkg.build([EXAMPLES / "kim-russia-visit.txt"])
    for name in ("visits", "who-met-whom", "agreements", "claims", "actors"):
        assert run(name, store).to_json() == run(name, alone).to_json(), name
    del store
    assert main(["remove", "kim-russia-visit.txt", "--store", str(kg), "-q"]) == 0  # the last one: empty
    assert _store_quads(kg) == set()


@pytest.mark.slow
def test_build_into_the_store_skips_the_articles_it_holds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    kg, report = tmp_path / "kg", tmp_path / "skipped.jsonl"
    assert main(["build", str(EXAMPLES / "kim-russia-visit.txt"), "--store", str(kg), "-q", "--no-validate"]) == 0
    before = _store_quads(kg)
    capsys.readouterr()
    assert main(["build", str(EXAMPLES), "--store", str(kg), "--into", "--no-validate", "--report", str(report)]) == 0
    err = capsys.readouterr().err
    assert "kim-russia-visit.txt: same content as an article already in the store; built once" in err
    assert "built 2 article(s)" in err
    lines = [json.loads(x) for x in report.read_text(encoding="utf-8").splitlines()]
    assert {Path(x["path"]).name for x in lines} == {"README.md", "analysis.ipynb", "kim-russia-visit.txt"}
    full = tmp_path / "full"
    assert main(["build", str(EXAMPLES), "--store", str(full), "-q", "--no-validate"]) == 0
    assert _store_quads(kg) == _store_quads(full) and before < _store_quads(kg)
    assert main(["build", str(EXAMPLES), "--store", str(kg), "--into"]) == 0  # again: nothing new
    assert "nothing new to add; store" in capsys.readouterr().err
    assert _store_quads(kg) == _store_quads(full)


def test_build_into_a_new_store_builds_everything(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    kg = tmp_path / "kg"
    assert main(["build", str(EXAMPLES / "kim-russia-visit.txt"), "--into", "--store", str(kg), "-q",
                 "--no-validate"]) == 0
    assert len(run("actors", open_store(kg, read_only=True)).rows) > 3


@pytest.mark.parametrize(("argv", "message"), [
    (["remove", "x.txt"], "--from GRAPH) or the store (--store DIR), one of them"),
    (["remove", "x.txt", "--from", "g.trig", "--store", "KG"], "one of them"),
    (["remove", "x.txt", "--store", "KG", "-o", "out.trig"], "a store is changed in place"),
    (["remove", "x.txt", "--store", "KG", "--base", "https://example.org/id/"], "--base is for a graph file"),
    (["remove", "x.txt", "--store", "MISSING"], "no bnkg store here"),
    (["remove", "no-such-article.txt", "other.txt", "--store", "KG"],
     "not in the store KG: no-such-article.txt, other.txt"),
    (["build", str(EXAMPLES / "kim-russia-visit.txt"), "--into"], "--into without a GRAPH adds to the store"),
])
def test_remove_and_into_store_errors(argv: list[str], message: str, mini_store: str, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    names = {"KG": mini_store, "MISSING": str(tmp_path / "missing")}
    before = _store_quads(Path(mini_store))
    assert main([names.get(a, a) for a in argv]) == 1
    assert message.replace("KG", mini_store) in capsys.readouterr().err
    assert _store_quads(Path(mini_store)) == before and not (tmp_path / "missing").exists()


def test_remove_and_into_refuse_a_store_another_process_writes(mini_store: str, capsys: pytest.CaptureFixture[str]) -> None:
    writer = open_store(mini_store)  # holds RocksDB's lock, as a running `bnkg build --store` does
    try:
        assert main(["remove", "a.txt", "--store", mini_store]) == 1
        assert "another bnkg process is writing it" in capsys.readouterr().err
        assert main(["build", str(EXAMPLES / "kim-russia-visit.txt"), "--store", mini_store, "--into", "-q"]) == 1
        assert "another bnkg process is writing it" in capsys.readouterr().err
    finally:
        del writer


@pytest.mark.slow
def test_remove_refuses_a_store_whose_first_load_was_interrupted(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    kg = tmp_path / "kg"
    s = open_store(kg)
    load_file(s, MINI)
    s.add(LOADING)
    s.flush()
    del s
    assert main(["remove", "a.txt", "--store", str(kg)]) == 1
    assert "first load was interrupted" in capsys.readouterr().err
    assert ox.Quad(*LOADING) in _store_quads(kg)


@pytest.mark.slow
def test_hostile_values_bound_by_substitution(store: ox.Store) -> None:
    for value in ['"', ">", "}", 'x" } SELECT * WHERE { ?s ?p ?o } #', "line\nbreak", "<script>", "\\u0022",
                  "https://w3id.org/bnkg/id/actor/putin> } UNION { ?s ?p ?o"]:
        for readings in (False, True):
            for name, q in catalogue(readings=readings).items():
                for p in q.params:
                    if p.kind == "date":
                        with pytest.raises(QueryError, match="is not a date"):
                            run(name, store, readings=readings, **{p.name: value})
                    else:
                        assert run(name, store, readings=readings, **{p.name: value}).rows == (), (name, p.name, value)


def test_open_store_errors(tmp_path: Path) -> None:
    with pytest.raises(BnkgError, match="no bnkg store"):
        open_store(tmp_path / "missing", read_only=True)
    (tmp_path / "file").write_text("x")
    with pytest.raises(BnkgError, match="not a folder"):
        open_store(tmp_path / "file")
    with pytest.raises(BnkgError, match="cannot read"):
        bad = tmp_path / "bad.nq"
        bad.write_text("<a> <b> .\n")
        load_file(open_store(tmp_path / "s"), bad)


def test_query_rejects_unknown_targets() -> None:
    with pytest.raises(BnkgError, match="cannot query"):
        run("actors", object())


# --- the benchmark corpus generator --------------------------------------------------------------------


def _corpus_module():
    spec = importlib.util.spec_from_file_location("bnkg_bench_corpus", ROOT / "benchmarks" / "corpus.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # its dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def test_corpus_generator_is_deterministic_and_builds(tmp_path: Path) -> None:
    corpus = _corpus_module()
    five = list(corpus.generate(5, seed=7))
    assert five == list(corpus.generate(5, seed=7))
    assert five != list(corpus.generate(5, seed=8))
    assert len({text for _, text in five}) == 5 and len({name for name, _ in five}) == 5
    assert all("প্রকাশিত:" in text and "আরও খবর" in text for _, text in five)  # page chrome
    corpus.write(5, tmp_path, seed=7)
    result = build_result([tmp_path])
    assert len(result.records) == 5 and not result.skipped
    facts = sum(len(r.visits) + len(r.meetings) + len(r.agreements) + len(r.claims) for r in result.records)
    assert facts >= 5
    # one named graph per article (…/graph/<16 hex digits of its content hash>); the old check here,
    # isinstance(identifier, URIRef), held for any Dataset
    names = [str(g.identifier) for g in result.dataset.graphs() if len(g)]
    assert sorted(n.rsplit("/", 1)[-1] for n in names if "/graph/" in n and not n.endswith("/fused")) == \
        sorted(r.article.content_hash[:16] for r in result.records)


# --- reading results as TSV --------------------------------------------------------------------------

_DATATYPES = ["http://www.w3.org/2001/XMLSchema#" + t for t in
              ("string", "integer", "decimal", "double", "boolean", "date", "gYearMonth", "nonNegativeInteger")]


@st.composite
def _literals(draw: st.DrawFn) -> ox.Literal:
    text = draw(st.text(max_size=12) | st.text(alphabet="a \t\n\r\"'\\\x01\x85কু", max_size=8))  # what TSV escapes
    kind = draw(st.sampled_from(["plain", "lang", "typed", "number"]))
    if kind == "lang":
        return ox.Literal(text, language=draw(st.sampled_from(["bn", "en", "en-gb", "ko"])))
    if kind == "typed":
        return ox.Literal(text, datatype=ox.NamedNode(draw(st.sampled_from(_DATATYPES))))
    if kind == "number":
        lexical = draw(st.sampled_from(["0", "-7", "+3", "012", "1.5", ".5", "-2.", "1e3", "1.5E-2", "true", "false"]))
        dt = {"1.5": "decimal", ".5": "decimal", "-2.": "decimal", "1e3": "double", "1.5E-2": "double",
              "true": "boolean", "false": "boolean"}.get(lexical, "integer")
        return ox.Literal(lexical, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#" + dt))
    return ox.Literal(text)


@pytest.mark.slow
@settings(max_examples=150, deadline=None)
@given(objects=st.lists(st.one_of(_literals(), st.builds(lambda n: ox.NamedNode(f"https://ex.org/{n}"),
                                                          st.integers(0, 999))), min_size=1, max_size=8))
def test_results_read_as_tsv_are_the_terms_pyoxigraph_gives(objects: list[ox.Term]) -> None:
    """StoreEngine.select reads results serialised as TSV (cheaper than a Python object per cell): every
    term — escapes, language tags, datatypes, Turtle's short numbers — comes back as from_oxigraph makes it,
    in canonical form (an ill-typed xsd:nonNegativeInteger keeps its datatype in Oxigraph)."""
    store = ox.Store()
    p = ox.NamedNode("https://ex.org/p")
    store.extend(ox.Quad(ox.NamedNode(f"https://ex.org/s{i}"), p, o, ox.DefaultGraph()) for i, o in enumerate(objects))
    query = "SELECT ?s ?o ?none WHERE { ?s <https://ex.org/p> ?o OPTIONAL { ?s <https://ex.org/q> ?none } } ORDER BY ?s"
    expected = [{"s": canonical(from_oxigraph(s["s"])), "o": canonical(from_oxigraph(s["o"]))} for s in store.query(query)]
    names, rows = StoreEngine(store).select(query, {})
    assert names == ("s", "o", "none")
    assert rows == expected
    # a kept listing is packed (each distinct cell once, the rows as numbers): the same rows come back
    tsv = store.query(query).serialize(format=ox.QueryResultsFormat.TSV)
    assert unpack(pack(tsv)) == read_tsv(tsv) == (names, [tuple(r.get(n) for n in names) for r in expected])
    def shape(terms: list[Any]) -> list[tuple[Any, ...]]:
        return [(type(v), getattr(v, "datatype", None), getattr(v, "language", None)) for v in terms]

    assert [shape(list(r.values())) for r in rows] == [shape(list(r.values())) for r in expected]


def test_an_unreadable_result_term_is_named() -> None:
    with pytest.raises(BnkgError, match="cannot read the term 'nonsense'"):
        tsv_term("nonsense")


def _all_quads(s: ox.Store) -> set[str]:
    return {str(q) for q in s.quads_for_pattern(None, None, None, None)}


@pytest.mark.slow
def test_bulk_built_store_is_the_layout_of_the_transactional_one(store: ox.Store, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """``build --store`` into a new store streams N-Quads and bulk-loads them: the same named graphs and the
    same default graph (their union set) as the article-by-article transactions of stores made before, so
    either is read the same way; the scratch file beside the store is gone afterwards."""
    kg = tmp_path / "kg"
    assert main(["build", str(EXAMPLES), "--store", str(kg), "--no-validate"]) == 0
    assert f"store {kg}" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kg"]
    assert not (Path.cwd() / "articles.nq").exists()  # (an empty Store is falsy: the scratch file once went here)
    bulk = open_store(kg, read_only=True)
    assert _all_quads(bulk) == _all_quads(store)
    assert answers(bulk, bnkg.build([EXAMPLES])) == answers(store, bnkg.build([EXAMPLES]))
    # with an N-Quads output too: the file is the one loaded
    out = tmp_path / "g.nq"
    assert main(["build", str(EXAMPLES), "-o", str(out), "--store", str(tmp_path / "kg2"), "-q", "--no-validate"]) == 0
    assert _all_quads(open_store(tmp_path / "kg2", read_only=True)) == _all_quads(store)
    assert len(out.read_text(encoding="utf-8").splitlines()) == quad_count(store)


def test_a_load_in_many_parts_is_the_store_of_one(store: ox.Store, examples: Dataset, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The bulk loader is fed a few MB at a time (its batches held 2 GB at 10,000 articles): parts of
    4 kB (dozens here: N-Quads, then the default graph's N-Triples; TriG through Python objects in
    batches of 50 quads) give the same quads as the article-by-article transactions."""
    monkeypatch.setattr(embedded, "_BULK_BYTES", 4096)
    monkeypatch.setattr(embedded, "_BULK_QUADS", 50)
    calls: list[int] = []
    real = ox.Store.bulk_load
    monkeypatch.setattr(ox.Store, "bulk_load", lambda self, *a, **kw: (calls.append(1), real(self, *a, **kw))[1])
    for fmt in ("nquads", "trig"):
        graph = tmp_path / f"g.{'nq' if fmt == 'nquads' else fmt}"
        examples.serialize(graph, format=fmt)
        parts = open_store(tmp_path / f"kg-{fmt}")
        load_file(parts, graph)
        assert _all_quads(parts) == _all_quads(store), fmt
    assert len(calls) > 2 * graph.with_suffix(".nq").stat().st_size // 4096 // 2


def test_the_loader_reads_each_part_from_the_file_in_whole_lines(tmp_path: Path) -> None:
    """Parts of ``limit`` bytes and the rest of their last line, read by Oxigraph from the file (no join in
    Python): every part is whole lines, and the parts are the file."""
    f = tmp_path / "g.nt"
    f.write_bytes(b"".join(b"<http://e/s> <http://e/p> \"%d\" .\n" % (10 ** n) for n in range(12)))
    parts = []
    with io.BufferedReader(io.FileIO(f), 16) as fh:
        while fh.peek(1):
            parts.append(embedded._Part(fh, 40).read())
    assert b"".join(parts) == f.read_bytes() and len(parts) > 3
    for part in parts[:-1]:  # 40 bytes, then the rest of the line they end in
        assert part.endswith(b"\n") and len(part) >= 40 > len(part) - len(part.splitlines(keepends=True)[-1])


def test_blank_nodes_are_found_part_by_part(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The file is scanned in parts (a mapped file counted whole in the resident size): a ``_:`` cut
    in two by the parts' boundary is found; none, or an empty file, is not."""
    monkeypatch.setattr(embedded, "_CHUNK", 8)
    f = tmp_path / "g.nq"
    for text, found in (("<http://e/s> <http://e/p> <http://e/o> .\n", False), ("", False),
                        ("<http://a> <h_:/p> _:b1 .\n", True), ("<http:/_:b <p> <o> .\n", True)):
        f.write_text(text, encoding="utf-8")
        assert embedded._has_blank_nodes(f) is found, text
    assert "<http:/_:b".index("_:") == 7  # the last one's '_' ends the first part of 8, its ':' starts the next


def test_build_store_refuses_an_interrupted_store_before_building(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    s = open_store(tmp_path / "kg")
    s.add(LOADING)
    del s
    # the article-by-article build (TriG output) refuses it, as the bulk one does (test_interrupt)
    assert main(["build", str(EXAMPLES), "-o", str(tmp_path / "g.trig"), "--store", str(tmp_path / "kg"), "-q"]) == 1
    assert "interrupted" in capsys.readouterr().err
    assert not (tmp_path / "g.trig").exists()
    assert main(["build", str(EXAMPLES), "--stream", "-o", str(tmp_path / "g.trig"), "--store", str(tmp_path / "k2")]) == 1
    assert "--stream with --store writes N-Quads" in capsys.readouterr().err
    assert main(["build", str(EXAMPLES), "--stream", "--into", str(tmp_path / "g.nq")]) == 1
    assert "cannot be combined with --into" in capsys.readouterr().err


def test_default_triples_give_a_run_of_the_same_triple_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An actor's description repeated in every article's graph is a run of sorted lines differing only in
    their graph: the default graph's text has it once, across the parts it is read in too, and the store
    holds the same quads as from the text with every copy."""
    monkeypatch.setattr(embedded, "_CHUNK", 64)  # a few lines a read: runs cross the reads
    label = '<http://e/actor/a> <http://e/label> "আলফা"@bn'
    lines = sorted([f"{label} <http://e/graph/{i:02d}> ." for i in range(6)]
                   + [f"<http://e/x/{i}> <http://e/p> <http://e/actor/a> <http://e/graph/{i:02d}> ." for i in range(3)])
    f = tmp_path / "g.nq"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with DefaultTriples(f) as t:
        text = t.read().decode("utf-8")
    assert text.splitlines() == [f"{label} ."] + [f"<http://e/x/{i}> <http://e/p> <http://e/actor/a> ." for i in range(3)]
    s = open_store(tmp_path / "kg")
    load_file(s, f)
    default = list(s.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    assert len(default) == 4 and quad_count(s) == 9


def test_default_triples_cut_the_graph_name_of_each_line(tmp_path: Path) -> None:
    f = tmp_path / "g.nq"
    lines = ['<http://e/s> <http://e/p> "a \\" <http://x> b"@bn <http://e/g> .',
             '<http://e/s> <http://e/p> "2"^^<http://www.w3.org/2001/XMLSchema#integer> .',
             '_:b1 <http://e/p> <http://e/o> <http://e/g> .', "", '<http://e/s> <http://e/p> <http://e/o> .']
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with DefaultTriples(f) as t:
        text = t.read().decode("utf-8")
    assert text.splitlines() == ['<http://e/s> <http://e/p> "a \\" <http://x> b"@bn .', lines[1],
                                 "_:b1 <http://e/p> <http://e/o> .", "", lines[4]]
    for name, text in (("plain", [x for x in lines if "_:" not in x]), ("blank", lines)):
        g = tmp_path / f"{name}.nq"
        g.write_text("\n".join(text) + "\n", encoding="utf-8")
        s = open_store(tmp_path / name)
        load_file(s, g)
        # a blank node is the same one in its named graph and the default graph (read through Python)
        named = {(q.subject, q.predicate, q.object) for q in s if not isinstance(q.graph_name, ox.DefaultGraph)}
        default = {(q.subject, q.predicate, q.object) for q in s.quads_for_pattern(None, None, None, ox.DefaultGraph())}
        assert named <= default and len(default) == len(named) + 2, name  # (+ the two default-graph lines)


def test_a_reader_that_sees_a_writers_files_change_is_told_to_wait_not_to_delete(
        mini_store: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Opened read-only while another process writes, RocksDB may report "Corruption: IO error" (files
    compacted away under the reader; seen under load in `bnkg remove` beside a writer): that is no damage,
    and the message must not tell the user to delete the store."""
    writer = open_store(mini_store)  # holds RocksDB's lock
    try:
        def torn(path: str) -> ox.Store:
            raise RuntimeError("Corruption: IO error: No such file or directory: While open a file for random read")
        monkeypatch.setattr(ox.Store, "read_only", staticmethod(torn))
        with pytest.raises(BnkgError) as info:
            open_store(mini_store, read_only=True)
        assert "another bnkg process is writing it" in str(info.value)
        assert "delete" not in str(info.value)
    finally:
        del writer
    with pytest.raises(BnkgError, match="damaged"):  # nobody writes it: then it is damage
        open_store(mini_store, read_only=True)


def test_validate_store_streams_the_named_graphs_and_reports_what_pyshacl_reports(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``bnkg validate --store`` writes the named graphs to N-Quads (:func:`dump_named`) and validates the file
    graph by graph, not an rdflib copy of the whole store: the same report as pyshacl on that copy."""
    kg = tmp_path / "kg"
    load_file(open_store(kg), MINI)
    s = open_store(kg)
    graph = next(g for g in s.named_graphs() if s.contains_named_graph(g) and g.value.endswith("/aaaaaaaaaaaaaaaa"))
    article = ox.NamedNode("https://w3id.org/bnkg/id/article/aaaaaaaaaaaaaaaa")
    s.add(ox.Quad(article, ox.NamedNode("https://schema.org/headline"), ox.Literal("আরেক শিরোনাম", language="bn"), graph))
    dumped = tmp_path / "named.nq"
    dump_named(s, dumped)
    assert len(dumped.read_text().splitlines()) == quad_count(s)  # every named quad, no default-graph triple
    expected = bnkg.validate(to_dataset(s))
    del s
    assert not expected.conforms and any("at most one schema:headline" in v.message for v in expected.violations)
    assert main(["validate", "--store", str(kg), "--format", "json", "--jobs", "2"]) == 1
    got = json.loads(capsys.readouterr().out)
    assert got["violations"] == [asdict(v) for v in expected.violations]


def test_validate_store_of_an_empty_store_conforms_and_of_a_missing_one_fails(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = open_store(tmp_path / "empty")
    empty.flush()
    del empty
    assert main(["validate", "--store", str(tmp_path / "empty")]) == 0
    assert capsys.readouterr().out.strip() == "conforms"
    assert main(["validate", "--store", str(tmp_path / "none")]) == 1
    assert "no bnkg store here" in capsys.readouterr().err
