"""Load time and canned-query latency: rdflib in memory vs the embedded Oxigraph store vs an Oxigraph server.

    python benchmarks/bench_stores.py [N] [--articles DIR] [--repeat R] [--json OUT] [--workdir DIR]
    python benchmarks/bench_stores.py --store STORE [--readings] [--repeat R] [--json OUT] [--before JSON]

Builds a graph from N realistic articles (benchmarks/corpus.py, ``page`` shape; default 10000) or from the articles in
DIR (e.g. ../shared/seeds), writes it as N-Quads, then measures

* load: parsing the file into an rdflib Dataset; loading it into a fresh on-disk pyoxigraph store;
  pushing it to a fresh ``oxigraph serve`` on a loopback port (``bnkg load``: SPARQL Update batches of
  100 article graphs), pushing it again (every graph replaced), and again by Graph Store Protocol
  (one PUT per graph);
* the median latency of every canned query (with representative parameters) on each engine, R runs
  each (a run slower than 10 s is not repeated; an rdflib query still running after
  ``--memory-timeout`` seconds is stopped and reported as such): the whole answer, and its first
  page (``--page`` rows, default 50); fused events by default, ``--readings`` for the per-article rows;
* the store against Oxigraph's own bulk load of the same N-Quads (``Store.bulk_load``, named graphs
  only): the time and its ratio, the size of each on disk, and this process's peak RSS.

``--store-only`` skips rdflib and the server (what a 10,000-article run needs); ``--store STORE`` only times the
queries on a store built before (``bnkg build DIR --store STORE``), wall and CPU of this process (medians), whole
answer and first page side by side (``--before JSON``: an earlier ``--json`` report of that store, its CPU
beside, "before → now").  The machine's load
average is printed with the figures: compare ratios within one run.

Prints a table and a JSON document.  Needs the ``oxigraph`` server (``pip install -e '.[test]'``).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import os
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "benchmarks"))

import corpus  # noqa: E402  (benchmarks/corpus.py)
import pyoxigraph as ox  # noqa: E402

import bnkg  # noqa: E402
from bnkg.builder.corpus.pipeline import build_result  # noqa: E402
from bnkg.queries import catalogue, run  # noqa: E402
from bnkg.stores.embedded import load_file, open_store, put_graph, quad_count, refresh_fused  # noqa: E402
from bnkg.stores.remote import Endpoint, RetryPolicy  # noqa: E402

SLOW = 10.0  # seconds: a slower run is not repeated
PARAMS: dict[str, list[dict[str, str]]] = {
    "accusations": [{}, {"accused": "North Korea"}],
    "actors": [{}],
    "agreements": [{}, {"party": "রাশিয়া"}],
    "claims": [{}, {"claimant": "Peskov"}, {"about": "উত্তর কোরিয়া"}],
    "conflicts": [{}, {"actor": "Putin"}],
    "timeline": [{}, {"actor": "wd:Q7747"}, {"actor": "Russia"}],
    "visits": [{}, {"actor": "ল্যাভরভ"}, {"destination": "North Korea"}],
    "who-met-whom": [{}, {"actor": "Putin"}],
}


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def _server(location: Path) -> Iterator[str]:
    """``oxigraph serve`` on a free loopback port, stopped by its PID."""
    binary = Path(sys.executable).with_name("oxigraph")
    exe = str(binary) if binary.is_file() else shutil.which("oxigraph")
    if exe is None:
        raise SystemExit("the `oxigraph` server is not installed (pip install -e '.[test]')")
    port = _free_port()
    proc = subprocess.Popen([exe, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/query"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{url}?query=ASK%7B%7D", timeout=2):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit("oxigraph serve did not start") from None
                time.sleep(0.05)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


def cases(target: object) -> list[tuple[str, dict[str, str]]]:
    out = [(name, p) for name in sorted(PARAMS) for p in PARAMS[name] if name in catalogue()]
    visit = next(iter(run("visits", target).rows), None)
    if visit is not None:
        out.append(("sources-of", {"fact": str(visit[0])}))
    out.append(("sources-of", {"fact": "https://w3id.org/bnkg/id/actor/putin"}))
    return out


def _runs(target: object, name: str, params: dict[str, str], repeat: int,
          cpu: list[float] | None = None) -> tuple[list[float], int]:
    """Wall times of ``repeat`` runs and the rows; the CPU seconds of this process go to ``cpu``."""
    times: list[float] = []
    rows = 0
    for _ in range(repeat):
        start = time.process_time()
        t, result = _timed(lambda: run(name, target, **params))
        times.append(t)
        if cpu is not None:
            cpu.append(time.process_time() - start)
        rows = len(result.rows)
        if t > SLOW:
            break
    return times, rows


def _runs_with_timeout(target: object, name: str, params: dict[str, str], repeat: int,
                       timeout: float) -> tuple[list[float], int] | None:
    """:func:`_runs` in a forked child (it shares the loaded graph), stopped after ``timeout`` seconds:
    rdflib cannot be interrupted, and some queries take it many minutes on a large graph."""
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)

    def work() -> None:
        child.send(_runs(target, name, params, repeat))

    proc = ctx.Process(target=work)
    proc.start()
    try:
        if parent.poll(timeout):
            return parent.recv()  # type: ignore[no-any-return]
        return None
    finally:
        if proc.is_alive():
            proc.terminate()  # our own child, by its PID
        proc.join(10)


def _label(name: str, params: dict[str, Any]) -> str:
    label = name + "".join(f" --{k} {v}" for k, v in params.items() if k not in ("limit", "readings"))
    return label + " --readings" * bool(params.get("readings")) + " (first page)" * ("limit" in params)


def latencies(engine: str, target: object, todo: list[tuple[str, dict[str, Any]]], repeat: int,
              timeout: float | None = None) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for name, params in todo:
        label = _label(name, params)
        cpu: list[float] = []
        got = _runs(target, name, params, repeat, cpu) if timeout is None else \
            _runs_with_timeout(target, name, params, repeat, timeout)
        if got is None:
            out[label] = {"median_ms": None, "runs": 0, "rows": None, "timeout_s": timeout}
            print(f"  {engine:<9} {label[:60]:<60} > {timeout:.0f} s (stopped)", file=sys.stderr)
            continue
        times, rows = got
        out[label] = {"median_ms": round(statistics.median(times) * 1000, 2), "runs": len(times), "rows": rows}
        if cpu:  # (a forked child's CPU time is not counted here)
            out[label]["median_cpu_ms"] = round(statistics.median(cpu) * 1000, 2)
        print(f"  {engine:<9} {label[:60]:<60} {out[label]['median_ms']:>10.1f} ms", file=sys.stderr)
    return out


def _build(articles: Path, graph: Path) -> dict[str, Any]:
    """Build the articles' graph, streaming it through a scratch store (flat memory); fuse; write N-Quads."""
    scratch = ox.Store()
    result = build_result([articles], keep_graphs=False, on_graph=lambda g: put_graph(scratch, g.identifier, g))
    out: dict[str, Any] = {"articles": len(result.records)}
    try:
        refresh_fused(scratch)
    except Exception as exc:  # the benchmark measures stores, not fusion: go on without the fused graph
        print(f"warning: fusing the events failed ({type(exc).__name__}: {exc}); no fused graph", file=sys.stderr)
        out["fusion_error"] = f"{type(exc).__name__}: {exc}"
    named = (q for q in scratch.quads_for_pattern(None, None, None, None)
             if not isinstance(q.graph_name, ox.DefaultGraph))
    ox.serialize(named, output=str(graph), format=ox.RdfFormat.N_QUADS)
    out["quads"] = quad_count(scratch)
    return out


def _disk_mb(folder: Path) -> float:
    return round(sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 1e6, 1)


def _pages(todo: list[tuple[str, dict[str, str]]], page: int, readings: bool) -> list[tuple[str, dict[str, Any]]]:
    """Each case as its whole answer and its first page; with ``readings``, the per-article answers too."""
    variants: list[dict[str, Any]] = [{}, {"readings": True}] if readings else [{}]
    return [(n, {**p, **v, **extra}) for v in variants for n, p in todo for extra in ({"limit": page}, {})
            if not v or n in catalogue(readings=True) and catalogue(readings=True)[n] != catalogue()[n]]


def _store_vs_bulk(graph: Path, work: Path) -> dict[str, Any]:
    """bnkg's load into a fresh store (named graphs and the default graph) against Oxigraph's bulk load of
    the same N-Quads file (named graphs only), both from nothing, one after the other."""
    for old in (work / "store", work / "bulk"):
        shutil.rmtree(old, ignore_errors=True)
    store = open_store(work / "store")
    t_store, _ = _timed(lambda: load_file(store, graph))
    bulk = ox.Store(str(work / "bulk"))
    t_bulk, _ = _timed(lambda: (bulk.bulk_load(path=str(graph), format=ox.RdfFormat.N_QUADS), bulk.flush()))
    return {"store_s": round(t_store, 2), "bulk_s": round(t_bulk, 2), "ratio": round(t_store / t_bulk, 2),
            "store_mb": _disk_mb(work / "store"), "bulk_mb": _disk_mb(work / "bulk"),
            "load_average": os.getloadavg()}


def bench(articles: Path, work: Path, repeat: int, memory_timeout: float, *, store_only: bool = False,
          page: int = 50, readings: bool = False) -> dict[str, Any]:
    report: dict[str, Any] = {"articles_dir": str(articles)}
    graph, built = work / "graph.nq", work / "build.json"
    if graph.is_file() and built.is_file():  # a kept --workdir: reuse the graph built last time
        report.update(json.loads(built.read_text(encoding="utf-8")))
    else:
        t0 = time.perf_counter()
        report.update(_build(articles, graph))
        report["build_s"] = round(time.perf_counter() - t0, 2)
        built.write_text(json.dumps({k: v for k, v in report.items() if k != "articles_dir"}), encoding="utf-8")
    report["graph_mb"] = round(graph.stat().st_size / 1e6, 1)
    print(f"built {report['articles']} articles in {report['build_s']} s → {report['quads']} quads "
          f"({report['graph_mb']} MB N-Quads)", file=sys.stderr)

    report["store_vs_bulk"] = vs = _store_vs_bulk(graph, work)
    print(f"store: bnkg load {vs['store_s']} s ({vs['store_mb']} MB) vs Oxigraph bulk load {vs['bulk_s']} s "
          f"({vs['bulk_mb']} MB): {vs['ratio']}x; load average {vs['load_average']}", file=sys.stderr)
    if store_only:
        store = open_store(work / "store", read_only=True)
        todo = _pages(cases(store), page, readings)
        report["queries"] = {"embedded": latencies("embedded", store, todo, repeat)}
        report["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
        report["load_average"] = os.getloadavg()
        return report
    for old in (work / "store", work / "server"):  # every load starts from nothing
        shutil.rmtree(old, ignore_errors=True)
    load: dict[str, float] = {}
    t, memory = _timed(lambda: bnkg.load(graph))
    load["memory (rdflib parse)"] = t
    store = open_store(work / "store")
    t, _ = _timed(lambda: load_file(store, graph))
    load["embedded (pyoxigraph load)"] = t
    print(f"loaded: {', '.join(f'{k} {v:.1f} s' for k, v in load.items())}", file=sys.stderr)
    engines: dict[str, object] = {"memory": memory, "embedded": store}
    with _server(work / "server") as url:
        endpoint = Endpoint(url, timeout=600, retry=RetryPolicy(retries=2))
        t, _ = _timed(lambda: endpoint.load(graph, method="update", batch=100))
        load["server (SPARQL Update, 100 graphs/request)"] = t
        t, _ = _timed(lambda: endpoint.load(graph, method="update", batch=100))
        load["server, again (every graph replaced)"] = t
        t, _ = _timed(lambda: endpoint.load(graph, method="gsp"))
        load["server, again by GSP PUT per graph"] = t
        assert endpoint.count() == report["quads"], "the server holds a different number of quads"
        assert quad_count(store) == report["quads"], "the store holds a different number of quads"
        engines["server"] = endpoint
        todo = _pages(cases(store), page, readings)
        report["queries"] = {name: latencies(name, target, todo, repeat,
                                             memory_timeout if name == "memory" else None)
                             for name, target in engines.items()}
        # the answers must be the same everywhere (in memory too, where it answered in time)
        for name, params in todo:
            label = _label(name, params)
            answered = [e for e in engines if report["queries"][e][label]["rows"] is not None]
            answers = {run(name, engines[e], **params) for e in answered if e != "memory"}
            rows = {report["queries"][e][label]["rows"] for e in answered}
            if len(answers) != 1 or len(rows) != 1:
                raise SystemExit(f"engines disagree on {label}")
    report["load_s"] = {k: round(v, 2) for k, v in load.items()}
    report["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    report["load_average"] = os.getloadavg()
    return report


def bench_store(location: Path, repeat: int, page: int, readings: bool) -> dict[str, Any]:
    """Only the canned queries, on an existing embedded store (e.g. ``bnkg build DIR --store STORE``), as ``bnkg
    query --store`` answers them (``embedded``: the listings' whole answers kept in the store's folder); the
    listings' whole answers also as Oxigraph computes them (``computed``: what a first ask costs), and the time
    to keep them all (``keep_listings_s``: what ``build --store``, ``load`` and ``remove`` add).  Per reading,
    a listing is kept at its first ask: the median of ``repeat`` runs is then a kept answer."""
    # (imported here: benchmarks/compare_answers.py imports this module's cases() into older versions of bnkg)
    from bnkg.queries import keep_listings
    from bnkg.queries.engines import StoreEngine
    from bnkg.stores.answers import FOLDER

    store = open_store(location, read_only=True)
    todo = _pages(cases(store), page, readings)
    listings = [(name, p) for name, p in todo if not p or p == {"readings": True}]
    computed = latencies("computed", store, listings, repeat)
    shutil.rmtree(location / FOLDER, ignore_errors=True)
    keep_s, _ = _timed(lambda: keep_listings(location))
    report: dict[str, Any] = {"store": str(location), "quads": quad_count(store), "keep_listings_s": round(keep_s, 2),
                              "queries": {"embedded": latencies("embedded", StoreEngine.open(location), todo, repeat),
                                          "computed": computed}}
    report["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    report["load_average"] = os.getloadavg()
    return report


def query_table(report: dict[str, Any], before: dict[str, Any] | None = None) -> str:
    """The canned queries of one engine: rows, median wall and CPU ms of the whole answer and of its first page;
    with ``before`` (an earlier report of the same store, ``--before``), its CPU ms too, "before → now"."""
    lines = [f"{report['store']}: {report['quads']} quads; load average "
             f"{' '.join(f'{x:.1f}' for x in report['load_average'])}"]
    if "keep_listings_s" in report:
        lines.append(f"keeping the listings' whole answers (build --store, load, remove do it): "
                     f"{report['keep_listings_s']} s; 'computed': a listing's whole answer before it is kept")
    if before is not None:
        lines.append(f"before: {before.get('store')}, load average {' '.join(f'{x:.1f}' for x in before['load_average'])}")
    lines += ["", f"{'query':<52}{'rows':>7}{'whole ms':>10}{'(CPU)':>9}{'page ms':>10}{'(CPU)':>9}{'computed':>10}"
              + (f"{'whole CPU, before → now':>26}{'page CPU, before → now':>26}" if before is not None else "")]
    cells = report["queries"]["embedded"]
    computed = report["queries"].get("computed", {})
    old = (before or {}).get("queries", {}).get("embedded", {})
    for label, whole in cells.items():
        if label.endswith(" (first page)"):
            continue
        first = cells.get(label + " (first page)", {})
        line = (f"{label[:52]:<52}{whole['rows']:>7}{whole['median_ms']:>10.1f}{whole.get('median_cpu_ms', 0):>9.1f}"
                f"{first.get('median_ms', 0):>10.1f}{first.get('median_cpu_ms', 0):>9.1f}"
                + (f"{computed[label]['median_ms']:>10.1f}" if label in computed else f"{'—':>10}"))
        if before is not None:
            line += "".join(f"{_then_now(old.get(key, {}), cell):>26}" for key, cell in
                            ((label, whole), (label + " (first page)", first)))
        lines.append(line)
    for what in ("median_ms", "median_cpu_ms"):
        for suffix, name in (("", "whole"), (" (first page)", "page")):
            values = [c[what] for label, c in cells.items() if label.endswith(" (first page)") == bool(suffix)
                      and what in c]
            if values:
                lines.append(f"median of {len(values)} cases, {name}, {what[7:-3] or 'wall'}: "
                             f"{statistics.median(values):.1f} ms")
    return "\n".join(lines) + "\n"


def _then_now(then: dict[str, Any], now: dict[str, Any]) -> str:
    """``3287.8 → 2585.0`` (CPU ms); ``—`` where either run lacks the case."""
    if "median_cpu_ms" not in then or "median_cpu_ms" not in now:
        return "—"
    return f"{then['median_cpu_ms']:.1f} → {now['median_cpu_ms']:.1f}"


def _stopped(cell: dict[str, Any]) -> str:
    return f"> {cell['timeout_s']:.0f} s"


def table(report: dict[str, Any]) -> str:
    vs = report["store_vs_bulk"]
    lines = [f"{report['articles']} articles, {report['quads']} quads ({report['graph_mb']} MB N-Quads); "
             f"build {report['build_s']} s; peak RSS {report['peak_rss_mb']} MB; load average "
             f"{' '.join(f'{x:.1f}' for x in report['load_average'])}", "",
             f"store: bnkg load {vs['store_s']} s, {vs['store_mb']} MB on disk; Oxigraph bulk load of the same "
             f"N-Quads {vs['bulk_s']} s, {vs['bulk_mb']} MB; ratio {vs['ratio']}", "",
             "load                                            seconds"]
    lines += [f"{k:<47} {v:>8.2f}" for k, v in report.get("load_s", {}).items()]
    engines = list(report["queries"])
    lines += ["", f"{'median latency, ms':<50}" + "".join(f"{e:>12}" for e in engines) + f"{'rows':>7}"]
    for label in report["queries"][engines[0]]:
        cells = [report["queries"][e][label] for e in engines]
        ms = "".join(f"{c['median_ms']:>12.1f}" if c["median_ms"] is not None else f"{_stopped(c):>12}"
                     for c in cells)
        lines.append(f"{label[:50]:<50}{ms}{cells[-1]['rows']:>7}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", nargs="?", type=int, default=10_000, help="realistic articles (default 10000)")
    ap.add_argument("--articles", type=Path, help="benchmark the articles in this folder instead")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=5, help="runs per query (median; default 5)")
    ap.add_argument("--memory-timeout", type=float, default=300, metavar="S",
                    help="stop an in-memory (rdflib) query after S seconds (default 300)")
    ap.add_argument("--workdir", type=Path, help="keep the corpus, graph and stores here")
    ap.add_argument("--json", type=Path, help="also write the JSON report to this file")
    ap.add_argument("--store-only", action="store_true", help="only the embedded store (no rdflib, no server)")
    ap.add_argument("--page", type=int, default=50, help="rows of the first page (default 50)")
    ap.add_argument("--readings", action="store_true", help="also the per-article answers (--readings)")
    ap.add_argument("--store", type=Path, metavar="DIR",
                    help="only time the canned queries on this existing embedded store (no build, no load)")
    ap.add_argument("--before", type=Path, metavar="JSON",
                    help="with --store: an earlier --json report of the same store, printed beside (CPU before → now)")
    args = ap.parse_args(argv)
    if args.before is not None and args.store is None:
        ap.error("--before goes with --store")
    if args.store is not None:
        report = bench_store(args.store, args.repeat, args.page, args.readings)
        before = json.loads(args.before.read_text(encoding="utf-8")) if args.before else None
        sys.stdout.write(query_table(report, before))
        doc = json.dumps(report, ensure_ascii=False, indent=2)
        if args.json:
            args.json.write_text(doc + "\n", encoding="utf-8")
        return 0
    with contextlib.ExitStack() as stack:
        work = args.workdir or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bnkg-bench-")))
        work.mkdir(parents=True, exist_ok=True)
        articles = args.articles
        if articles is None:
            articles = work / "articles"
            if not articles.is_dir():
                t, _ = _timed(lambda: corpus.write(args.n, articles, args.seed))
                print(f"generated {args.n} articles in {t:.1f} s", file=sys.stderr)
        report = bench(articles, work, args.repeat, args.memory_timeout, store_only=args.store_only,
                       page=args.page, readings=args.readings)
    sys.stdout.write(table(report))
    doc = json.dumps(report, ensure_ascii=False, indent=2)
    print(doc)
    if args.json:
        args.json.write_text(doc + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
