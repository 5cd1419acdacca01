"""Scale (issue 6): parallel and streaming builds give the classic build's bytes; SHACL per graph
and with pyshacl-turbo gives the classic report."""

from __future__ import annotations

import gc
import json
import multiprocessing
import os
import sys
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.term import Node

from bnkg._infra.collector import paused
from bnkg._infra.pool import WORKER_GC_THRESHOLD, ordered_map, same
from bnkg.builder.article import ArticleReader, Skipped
from bnkg.builder.corpus import stream
from bnkg.builder.corpus.fusion import (
    Reading,
    claim_ranks,
    fused_triples,
    graph_claims,
    graph_readings,
    readings,
)
from bnkg.builder.corpus.parallel import extract_all
from bnkg.builder.corpus.pipeline import BuildResult, build_result
from bnkg.builder.graph import IRIs, record_triples
from bnkg.cli.main import main
from bnkg.errors import BnkgError
from bnkg.ontology import RDF, SH, ValidationReport, Violation, shapes_graph, validate
from bnkg.ontology.shacl_file import validate_file
from bnkg.ontology.shacl_parallel import engine_name, validate_parallel, validate_whole
from bnkg.rdf.namespaces import BNKG
from bnkg.rdf.nquads import nquad_lines
from bnkg.rdf.serialize import serialize

from ..unit import test_ontology as T

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
sys.path.insert(0, str(ROOT / "benchmarks"))
import corpus  # noqa: E402  (benchmarks/corpus.py)


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The examples, 24 synthetic articles, a copy of one and two unusable files."""
    d = tmp_path_factory.mktemp("articles")
    for f in (ROOT / "examples").glob("*.txt"):
        (d / f.name).write_bytes(f.read_bytes())
    for name, text in corpus.generate(24, seed=6, shape="synthetic"):  # short pages: a fast fixture
        (d / name).write_text(text, encoding="utf-8")
    first = sorted(d.glob("synthetic_*"))[0]
    (d / f"{first.stem}_copy.txt").write_bytes(first.read_bytes())  # sorted next to it: same chunk
    (d / "empty.txt").write_text("", encoding="utf-8")
    (d / "english.txt").write_text("Not a Bengali article at all. " * 20, encoding="utf-8")
    return d


@dataclass
class Classic:
    """The serial in-memory build, its files and its one-call SHACL report: what all else must equal."""

    trig: bytes
    nquads: bytes
    result: BuildResult
    report: ValidationReport


@pytest.fixture(scope="module")
def classic(articles: Path) -> Classic:
    r = build_result([articles])
    return Classic(serialize(r.dataset, "trig"), serialize(r.dataset, "nquads"), r, validate(r.dataset))


@pytest.mark.slow
def test_parallel_build_is_byte_identical(articles: Path, classic: Classic) -> None:
    r = build_result([articles], jobs=2)
    assert serialize(r.dataset, "trig") == classic.trig
    assert serialize(r.dataset, "nquads") == classic.nquads
    assert r.skipped == classic.result.skipped
    assert any("same content as" in s.reason for s in r.skipped) and len(r.skipped) >= 3


@pytest.mark.slow
@pytest.mark.skipif(not SEEDS.is_dir(), reason="needs ../shared/seeds")
def test_parallel_build_of_the_seeds_is_byte_identical() -> None:
    one, two = build_result([SEEDS, ROOT / "examples"]), build_result([SEEDS, ROOT / "examples"], jobs=2)
    assert serialize(two.dataset, "trig") == serialize(one.dataset, "trig")


@pytest.mark.slow
def test_a_worker_error_is_the_same_skip_as_serially(articles: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(self: ArticleReader, text: str, source_file: str) -> None:
        if source_file.startswith("synthetic_000003"):
            raise RuntimeError("bug")
        return real(self, text, source_file)

    real = ArticleReader.read_string
    monkeypatch.setattr(ArticleReader, "read_string", boom)  # inherited by the forked workers
    items = sorted(articles.glob("*.txt"))
    serial = list(extract_all(items, jobs=1))
    assert [x for x in serial if isinstance(x, Skipped) and "internal error: RuntimeError: bug" in x.reason]
    assert list(extract_all(items, jobs=2)) == serial


def test_ordered_map_keeps_order_with_a_small_window() -> None:
    got = list(ordered_map(_double, range(50), jobs=2, factory=same, args=(3,), chunk=4, window=2))
    assert got == [3 * x for x in range(50)]


def _double(k: int, chunk: list[int]) -> list[int]:
    return [k * x for x in chunk]


def test_a_worker_freezes_what_it_built_once() -> None:
    # the worker's state (a reader and its mappings) is never garbage: frozen, the collector
    # does not scan it again for every article
    assert set(ordered_map(_frozen, range(4), jobs=2, factory=same, args=(0,), chunk=1)) != {0}


def _frozen(_: int, chunk: list[int]) -> list[int]:
    return [gc.get_freeze_count() for _ in chunk]


def test_a_worker_collects_garbage_though_the_parent_paused_its_collector() -> None:
    # a streaming build pauses the parent's collector before the pool forks its workers: theirs runs
    # on (the cycles SHACL leaves would pile up), at the worker threshold
    with paused():
        got = set(ordered_map(_collector, range(4), jobs=2, factory=same, args=(0,), chunk=1))
    assert got == {(True, WORKER_GC_THRESHOLD)}


def _collector(_: int, chunk: list[int]) -> list[tuple[bool, int]]:
    return [(gc.isenabled(), gc.get_threshold()[0]) for _ in chunk]


@pytest.mark.slow
@pytest.mark.parametrize("jobs", [1, 2])
def test_streaming_build_equals_the_classic_nquads(articles: Path, classic: Classic, tmp_path: Path,
                                                   jobs: int) -> None:
    out = tmp_path / "g.nq"
    r = stream.build_nquads([articles], out, jobs=jobs)
    assert out.read_bytes() == classic.nquads
    assert r.skipped == classic.result.skipped and r.quads == classic.nquads.count(b"\n")
    assert r.report == classic.report  # per-article + cross-article SHACL = one call on the whole graph
    records = classic.result.records
    assert r.built == len(records) and r.facts["claims"] == sum(len(x.claims) for x in records)
    assert not [p for p in tmp_path.iterdir() if p.name != "g.nq"]  # no run files left


@pytest.mark.slow
def test_streaming_merges_many_small_runs(articles: Path, classic: Classic, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stream, "RUN_CHARS", 5_000)
    monkeypatch.setattr(stream, "MAX_RUNS", 3)
    r = stream.build_nquads([articles], tmp_path / "g.nq", validate=False)
    assert r.runs > 10 and r.report is None
    assert (tmp_path / "g.nq").read_bytes() == classic.nquads


@pytest.mark.parametrize("size", [1, 7, 64, 1 << 18])
def test_two_sorted_files_merge_a_chunk_at_a_time(tmp_path: Path, size: int) -> None:
    # the articles' lines (merged beside the fusion) and the fused graph's, in chunks of any size:
    # small lines before, between (several in one chunk, one per chunk) and after the big ones
    big = [f"<a{i:03d}> <p> <o> <g1> .".encode() for i in range(0, 200, 2)]
    small = [b"<a> <p> <o> <f> .", *(f"<a{i:03d}> <p> <o> <f> .".encode() for i in (1, 3, 5, 77, 151)), b"<b> <p> <f> ."]
    (tmp_path / "big").write_bytes(b"".join(x + b"\n" for x in big))
    stream._Runs.write_run(tmp_path / "small", [x.decode() for x in reversed(small)] * 2)  # sorted, once each
    counted: list[int] = []
    got = b"".join(stream._merge_two(tmp_path / "big", tmp_path / "small", counted, size))
    assert got == b"".join(x + b"\n" for x in sorted(big + small)) and counted == [len(big) + len(small)]
    (tmp_path / "none").write_bytes(b"")
    assert b"".join(stream._merge_two(tmp_path / "big", tmp_path / "none", counted, size)) == \
        b"".join(x + b"\n" for x in big) and counted[-1] == len(big)
    assert b"".join(stream._merge_two(tmp_path / "none", tmp_path / "small", counted, size)) == \
        b"".join(x + b"\n" for x in sorted(small)) and counted[-1] == len(small)


@pytest.mark.slow
def test_a_worker_sends_each_description_once_and_the_build_is_the_same(articles: Path, classic: Classic,
                                                                         tmp_path: Path, fmt: str = "trig") -> None:
    # (TriG: its triple count is the one made from each article's count of descriptions)
    # three "workers" (states) take the chunks in turn; the copy of an article goes to another one
    # than its original, so the first copy of its descriptions one of them sends is with an article
    # the parent skips: the descriptions still all arrive, and the file, count and report are the same
    files = sorted(p for p in articles.iterdir() if p.suffix == ".txt" and p.stat().st_size)
    engine = engine_name("auto")
    base = stream._State(ArticleReader(), IRIs(), engine, False,
                         stream.trig_prefixes(stream.new_dataset(IRIs())) if fmt == "trig" else None)
    states = [replace(base, sent=set()) for _ in range(3)]
    outs = [o for n, i in enumerate(range(0, len(files), 2)) for o in stream._outputs(states[n % 3], files[i:i + 2])]
    sent = [e for o in outs if isinstance(o, stream.ArticleOutput) for e in o.entities]
    every = [e for s in states for e in s.sent]
    assert sorted(sent) == sorted(every)  # each worker sent each line once (its set has it once)
    assert len(sent) > len(set(sent))  # (the same line from two workers: the parent drops the second)
    got = stream.write_nquads(files, outs, tmp_path / "a", engine=engine, prefixes=base.prefixes)
    whole = stream.build_nquads([articles], tmp_path / "b", jobs=1, fmt=fmt)
    assert (tmp_path / "a").read_bytes() == (tmp_path / "b").read_bytes()
    assert (tmp_path / "a").read_bytes() == (classic.trig if fmt == "trig" else classic.nquads)
    assert (got.quads, got.report, got.built) == (whole.quads, whole.report, whole.built)
    alone = [o for f in files for o in stream._outputs(replace(base, engine=None, sent=set()), [f])]  # none sent before
    assert [o.shared for o in outs if isinstance(o, stream.ArticleOutput)] == \
        [len(o.entities) for o in alone if isinstance(o, stream.ArticleOutput)]


@pytest.mark.slow
def test_readings_of_one_graph_are_those_fusion_finds(classic: Classic) -> None:
    ds = classic.result.dataset
    fused = URIRef("https://w3id.org/bnkg/id/graph/fused")
    per_graph = [r for g in ds.graphs() if g.identifier != fused for r in graph_readings(g)]
    assert sorted(map(_plain, per_graph)) == sorted(map(_plain, readings(ds, exclude=fused)))
    ranks = {t for t in ds.graph(fused) if t[1] == BNKG.claimRank}  # (the claims' places, beside the events)
    assert set(fused_triples(reversed(per_graph), IRIs())) == set(ds.graph(fused)) - ranks  # order-independent
    assert ranks and ranks == set(claim_ranks(reversed(graph_claims(ds, exclude=fused))))


def _plain(r: Reading) -> tuple[object, ...]:
    return (r.node, r.kind, r.key, r.status, str(r.date), str(r.place), r.article,
            sorted((str(p), sorted(os)) for p, os in r.roles.items()))


def test_record_triples_are_the_article_graph(articles: Path, classic: Classic) -> None:
    ds = classic.result.dataset
    (one,) = build_result([sorted(articles.glob("synthetic_*"))[5]]).records
    iris = IRIs()
    assert set(record_triples(one, iris)) == set(ds.graph(iris.graph(one.article.content_hash)))


# --- SHACL -------------------------------------------------------------------------------------


def _broken_dataset(update: str, where: str) -> Dataset:
    """mini.trig broken by a test_ontology breakage; new triples go to the graph typing their
    subject ("home") or to the default graph (a subject described across graphs)."""
    ds = T.mini_dataset()
    before, after = set(T.mini_union()), set(T.broken(update))
    for t in before - after:
        ds.remove((*t, None))
    for s, p, o in after - before:
        homes = [g for _, _, _, g in ds.quads((s, RDF.type, None, None))]
        (ds.graph(homes[0]) if homes and where == "home" else ds.default_graph).add((s, p, o))
    return ds


@pytest.mark.slow
@pytest.mark.parametrize("case", T.BREAKAGES, ids=[c[0] for c in T.BREAKAGES])
def test_turbo_and_per_graph_validation_report_every_breakage(case: tuple[str, str, str, str]) -> None:
    name, update, focus, message = case
    union = validate_whole(T.broken(update), "turbo")
    assert any(v.focus == focus and message in v.message for v in union.violations), union.text()
    for where in ("home", "default"):
        ds = _broken_dataset(update, where)
        assert validate_parallel(ds, jobs=1, engine="turbo", chunk_triples=1) == validate_whole(ds, "turbo")


@pytest.mark.slow
@pytest.mark.parametrize("case", T.BREAKAGES, ids=[c[0] for c in T.BREAKAGES])
def test_file_validation_reports_every_breakage(case: tuple[str, str, str, str], tmp_path: Path) -> None:
    """``bnkg validate FILE`` (Oxigraph's parser, chunk by chunk, one graph per chunk here) reports
    what one call on the whole graph reports, in N-Quads and in TriG."""
    for where in ("home", "default"):
        ds = _broken_dataset(case[1], where)
        expected = validate_whole(ds, "turbo")
        for fmt, suffix in (("nquads", "nq"), ("trig", "trig")):
            path = tmp_path / f"{where}.{suffix}"
            path.write_bytes(serialize(ds, fmt))
            assert validate_file(path, chunk_triples=1) == expected, (where, fmt)


@pytest.mark.slow
@pytest.mark.parametrize("case", T.BREAKAGES, ids=[c[0] for c in T.BREAKAGES])
def test_worker_validation_of_an_article_reports_every_breakage(case: tuple[str, str, str, str]) -> None:
    """A streaming build's worker validates its articles' own nodes on their graphs without the
    actors' and places' descriptions (their types only) and with those nodes as focus: the report
    one call on the whole graphs gives, kept to those nodes."""
    ds = _broken_dataset(case[1], "home")
    base = "https://w3id.org/bnkg/id/"
    outs, checks, owned = [], [], set()
    for g in sorted(ds.graphs(), key=lambda g: str(g.identifier)):
        if not str(g.identifier).startswith(f"{base}graph/") or str(g.identifier).endswith("/fused"):
            continue
        triples = sorted(g)
        shared = [str(s).startswith((f"{base}actor/", f"{base}place/")) for s, _, _ in triples]
        owned |= {str(s) for (s, p, _), e in zip(triples, shared, strict=True) if p == RDF.type and not e}
        outs.append(stream.ArticleOutput("x", str(g.identifier), (), (), (), (), None))
        checks.append(stream._Checkable(triples, nquad_lines(triples, g.identifier), shared,
                                        len(g.identifier.n3()) + 3))
    got = {v for o in stream._validated(outs, checks, "turbo") for v in o.violations or ()}
    whole = {v for c in checks for v in validate_whole(_graph(c.triples), "turbo").violations if v.focus in owned}
    assert got == whole
    if case[2] in owned:
        assert any(v.focus == case[2] and case[3] in v.message for v in got), case


def _graph(triples: list[tuple[Node, Node, Node]]) -> Graph:
    g = Graph()
    for t in triples:
        g.add(t)
    return g


SAMPLE = ["article-two-headlines", "actor-no-bn-label", "place-two-states", "event-occurred-after-publication",
          "visit-destination-person", "evidence-quote-mismatch", "evidence-offsets-shifted", "fused-no-support"]


@pytest.mark.slow
@pytest.mark.parametrize("name", SAMPLE)
def test_engines_and_per_graph_validation_agree_with_pyshacl(name: str, tmp_path: Path) -> None:
    update = next(c[1] for c in T.BREAKAGES if c[0] == name)
    expected = validate(T.broken(update))
    assert validate_whole(T.broken(update), "turbo") == expected
    ds = _broken_dataset(update, "default")
    assert validate_parallel(ds, jobs=2, engine="pyshacl", chunk_triples=1) == validate(ds)
    path = tmp_path / "g.nq"
    path.write_bytes(serialize(ds, "nquads"))
    assert validate_file(path, engine="pyshacl", jobs=2, chunk_triples=1) == validate(ds)


def test_per_graph_validation_is_exact_for_these_shapes() -> None:
    """It looks one hop from each focus node: every shape path is a plain property, and no shape
    reads bnkg:reportOf (the one triple the fused graph adds to an article's reading)."""
    shapes = shapes_graph()
    assert all(isinstance(p, URIRef) for p in shapes.objects(None, SH.path))
    text = " ".join(str(o) for o in shapes.objects())
    assert "reportOf" not in text


@pytest.mark.slow
@pytest.mark.parametrize("suffix", ["nq", "trig"])
def test_cli_streams_and_validates_in_parallel(articles: Path, classic: Classic, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str], suffix: str) -> None:
    """``-o x.nq`` and ``-o x.trig`` stream by default; ``bnkg validate`` reads them with Oxigraph."""
    out = tmp_path / f"g.{suffix}"
    assert main(["build", str(articles), "-o", str(out), "--jobs", "2"]) == 0
    assert out.read_bytes() == (classic.nquads if suffix == "nq" else classic.trig)
    # the summary counts what the classic build counted: lines of N-Quads, distinct triples of TriG
    count = classic.nquads.count(b"\n") if suffix == "nq" else len(classic.result.dataset)
    err = capsys.readouterr().err
    assert "built 27 article(s), skipped 3" in err and "SHACL:" in err and f"{count} triples → {out}" in err
    assert main(["validate", str(out), "--jobs", "2", "--format", "json"]) == (0 if classic.report.conforms else 1)
    assert json.loads(capsys.readouterr().out)["violations"] == [asdict(v) for v in classic.report.violations]


def test_stream_refuses_a_union_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", str(tmp_path), "-o", str(tmp_path / "g.ttl"), "--stream"]) == 1
    assert "--stream writes an N-Quads or TriG file" in capsys.readouterr().err


@pytest.mark.slow
@pytest.mark.parametrize("jobs", [1, 2])
def test_streaming_build_equals_the_classic_trig(articles: Path, classic: Classic, tmp_path: Path, jobs: int) -> None:
    """TriG from the workers' graph blocks, not a multi-context store: the same bytes, the same
    summary count (distinct triples), the same report, no block file left."""
    out = tmp_path / "g.trig"
    r = stream.build_nquads([articles], out, jobs=jobs, fmt="trig")
    assert out.read_bytes() == classic.trig
    assert r.quads == len(classic.result.dataset) and r.report == classic.report
    assert r.skipped == classic.result.skipped
    assert not [p for p in tmp_path.iterdir() if p.name != "g.trig"]


def test_streaming_build_refuses_other_formats(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="nquads or trig, not 'turtle'"):
        stream.build_nquads([tmp_path], tmp_path / "g.ttl", fmt="turtle")


@pytest.mark.parametrize("engine", ["pyshacl", "turbo"])
def test_cross_article_validation_reports_the_fused_events_only(engine: str) -> None:
    """The fused events are validated as the only focus nodes, their cited articles only typed (the
    articles' own shape fired on those stubs: a report 15 s long to decode at 10k); a broken event
    is still reported."""
    from rdflib import Literal

    from bnkg.ontology import BNKG, PROV

    ev = URIRef("https://w3id.org/bnkg/id/event/" + "a" * 16)
    broken = URIRef("https://w3id.org/bnkg/id/event/" + "b" * 16)
    art = URIRef("https://w3id.org/bnkg/id/article/" + "c" * 16)
    fused = [(e, RDF.type, BNKG.FusedEvent) for e in (ev, broken)]
    fused += [(e, BNKG.kind, BNKG.Visit) for e in (ev, broken)]
    fused += [(e, BNKG.supportedBy, art) for e in (ev, broken)]
    fused += [(e, PROV.wasDerivedFrom, art) for e in (ev, broken)]
    fused += [(e, BNKG.sourceCount, Literal(1)) for e in (ev, broken)]
    fused += [(e, BNKG.rank, Literal(n)) for n, e in enumerate((ev, broken))]
    fused += [(ev, BNKG.status, BNKG.Occurred)]  # the broken one has no status
    found = stream._cross_article({}, fused, engine, chunk=3)
    assert [(v.focus, v.path) for v in found] == [(str(broken), str(BNKG.status))]


@pytest.mark.parametrize("engine", ["pyshacl", "turbo"])
def test_cross_article_validation_reads_the_descriptions_as_text(engine: str) -> None:
    """The actors' and places' descriptions reach the parent as N-Triples lines: an actor without a
    Bengali label is reported (once, however many articles described it), a whole one is not."""
    from rdflib import Literal

    from bnkg.ontology import BNKG, RDFS
    from bnkg.rdf.nquads import ntriple_lines

    whole, bare = (URIRef(f"https://w3id.org/bnkg/id/actor/person-{k}") for k in ("a", "b"))
    triples = [(whole, RDF.type, BNKG.Person), (whole, RDFS.label, Literal('ইভান "ইভানভ"', lang="bn")),
               (bare, RDF.type, BNKG.Person), (bare, RDFS.label, Literal("Ivan", lang="en"))]
    lines = dict.fromkeys(ntriple_lines(triples) * 2)
    found = stream._cross_article(lines, [], engine)
    assert {v.focus for v in found} == {str(bare)} and any("bn" in v.message for v in found)
    assert set(stream._labels(lines, IRIs())) == {t for t in triples if t[1] == RDFS.label}
    state = URIRef("https://w3id.org/bnkg/id/actor/russia")  # not a person: no surname to link
    assert stream._labels(ntriple_lines([(state, RDFS.label, Literal("রাশিয়া", lang="bn"))]), IRIs()) == []


def test_file_validation_refuses_what_it_cannot_stream(tmp_path: Path) -> None:
    with pytest.raises(BnkgError, match="no such graph file"):
        validate_file(tmp_path / "none.nq")
    with pytest.raises(BnkgError, match="json-ld is validated from an rdflib Dataset"):
        validate_file(tmp_path / "g.jsonld")
    bad = tmp_path / "bad.nq"
    bad.write_text("<http://example.org/s> <http://example.org/p> .\n", encoding="utf-8")
    with pytest.raises(BnkgError, match="bad.nq: cannot read as nquads: SyntaxError"):
        validate_file(bad)


@pytest.mark.slow
def test_file_validation_reads_the_content_of_an_article_in_another_chunk(tmp_path: Path) -> None:
    """A chunk gets of the nodes it points to only what the shapes read of a value: an article's
    content too where one of its evidences is bnkg:inArticle of it (the quote check reads it), here
    an article of another graph, so of another chunk."""
    ds = T.mini_dataset()
    ev, art_b = URIRef(T.EV_VISIT), URIRef(T.ART_B)
    home = next(g for _, _, _, g in ds.quads((ev, RDF.type, None, None)))
    assert art_b not in {s for s, _, _ in ds.graph(home)}
    ds.graph(home).remove((ev, BNKG_IN_ARTICLE, None))
    ds.graph(home).add((ev, BNKG_IN_ARTICLE, art_b))
    expected = validate_whole(ds, "turbo")
    assert any("is not the article content" in v.message for v in expected.violations), expected.text()
    path = tmp_path / "g.nq"
    path.write_bytes(serialize(ds, "nquads"))
    assert validate_file(path, chunk_triples=1) == expected


BNKG_IN_ARTICLE = URIRef("https://w3id.org/bnkg/ontology#inArticle")


def _boom(*_: object) -> list[Violation]:
    raise BnkgError("boom")


def _die(*_: object) -> list[Violation]:
    if multiprocessing.current_process().name != "MainProcess":
        os._exit(3)  # the child dies without a word
    return [Violation("f", None, None, "done here", "s", "Violation")]


def _found(*args: object) -> list[Violation]:
    return [Violation(str(args), None, None, "m", "s", "Violation")]


def test_the_cross_article_check_beside_the_merge_reports_what_it_finds_and_its_failures() -> None:
    """It runs in a forked process (or a thread): its result, its exception, and a child that died
    (the check is then done in the parent)."""
    with stream._Beside(_found, 1, "x") as beside:
        assert beside.result() == _found(1, "x")
    with stream._Beside(_boom) as beside, pytest.raises(BnkgError, match="boom"):
        beside.result()
    with stream._Beside(_die) as beside:
        assert [v.message for v in beside.result()] == ["done here"]


def test_the_cross_article_check_runs_in_a_thread_in_a_daemonic_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(multiprocessing.current_process(), "_config", {"daemon": True})
    with stream._Beside(_found, 2) as beside:
        assert beside.process is None
        assert beside.result() == _found(2)
    monkeypatch.undo()
    with stream._Beside(_boom, fork=False) as beside, pytest.raises(BnkgError, match="boom"):
        beside.result()  # in a thread by request (benchmarks/bench_scale.py --stages times it there)
