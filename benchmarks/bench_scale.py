"""Scale benchmark: per-stage throughput, SHACL both ways, query latency and peak memory at N articles.

    python benchmarks/bench_scale.py [--sizes 1000 4000 10000] [--big] [--jobs J] [--json OUT]
                                     [--workdir DIR] [--preload FILE.py] [--cli-only]
    python benchmarks/bench_scale.py --stages DIR [--sample N]   # where a build's CPU goes, per article

For each N (default 1,000, 4,000 and 10,000; ``--big`` adds 100,000) a corpus of articles shaped
like the real pages (benchmarks/corpus.py, ``--shape page``; ``synthetic`` gives the earlier short
pages) is generated and measured:

* **extraction** — articles/s of the in-process reader on up to ``--sample`` articles, per core
  (CPU time) and wall;
* **graph building and serialisation** — triples/s of ``record_triples``, of adding them to an
  rdflib Dataset, of N-Quads lines (the streaming writer) and of rdflib's TriG / N-Quads output;
* **commands** — ``bnkg build DIR -o x.nq``, ``-o x.trig`` and ``--store DIR`` (``--cli``), and ``bnkg
  validate`` of the .nq and .trig files, each in its own process: wall, CPU of the whole process tree,
  peak RSS of its largest process, and **CPU per article** — the linearity check: the ratio of the
  per-article CPU between two sizes (1k and 4k: ≤ 1.2 is linear enough) and 1k → 10k ratios;
* **full build** — ``build_nquads`` (streaming, SHACL included) in a child process with ``--jobs``
  workers, and with one worker up to ``--serial-max`` articles: seconds, articles/s, quads/s, peak
  RSS of the parent and of the largest worker;
* **SHACL** — one pyshacl call on the whole graph (the baseline, up to ``--pyshacl-max``), per-graph
  in parallel with pyshacl, and both again with pyshacl-turbo; the reports must be equal;
* **queries** — the median latency of every canned query in the embedded Oxigraph store, and (up to
  ``--rdflib-max`` articles) in rdflib, after timing both loads.

Prints a table and a JSON document with the ratios: per-article cost between sizes, 1k→10k, serial vs
parallel, rdflib vs Oxigraph; and the load average (a shared machine inflates wall times, less so CPU).
``--preload FILE.py`` runs a Python file first (in the child builds too): a way to measure a
proposed optimisation without editing the tree.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gc
import json
import os
import resource
import runpy
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "benchmarks"))

import corpus  # noqa: E402  (benchmarks/corpus.py)

REPEAT = 5  # runs per Oxigraph query (median)
PAGE = 100  # rows of a first page


def _timed(fn: Callable[[], Any]) -> tuple[float, float, Any]:
    """(wall seconds, CPU seconds of this process, result)."""
    c, t = time.process_time(), time.perf_counter()
    out = fn()
    return time.perf_counter() - t, time.process_time() - c, out


def _mb(kb: int) -> float:
    return round(kb / 1024, 1)


def _peak_rss_kb() -> int:
    """This process's peak RSS.  Why not ru_maxrss: Linux carries it across fork and exec, so a
    child started by a big benchmark process would report its parent's size."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


# --- the child process of a full build (its memory is its own) ------------------------------


def child_build(args: argparse.Namespace) -> int:
    if args.preload:
        runpy.run_path(args.preload)
    from bnkg.builder.corpus.stream import build_nquads

    wall, cpu, r = _timed(lambda: build_nquads([args.articles], args.out, jobs=args.jobs,
                                               validate=not args.no_validate))
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({
        "seconds": round(wall, 2), "built": r.built, "quads": r.quads, "runs": r.runs,
        "cpu_s": round(cpu + kids.ru_utime + kids.ru_stime, 2),
        "conforms": None if r.report is None else r.report.conforms,
        "violations": None if r.report is None else len(r.report.violations),
        "peak_rss_parent_mb": _mb(_peak_rss_kb()), "peak_rss_worker_mb": _mb(kids.ru_maxrss),
    }))
    return 0


def full_build(articles: Path, out: Path, jobs: int, preload: str | None) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child-build", str(articles), str(out), "--jobs", str(jobs)]
    if preload:
        cmd += ["--preload", preload]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    report["articles_per_s"] = round(report["built"] / report["seconds"], 1)
    report["quads_per_s"] = round(report["quads"] / report["seconds"])
    return report


# --- the commands a user runs, each in its own process tree ------------------------------------


def _tree(root: int) -> list[int]:
    """``root`` and its descendants, from /proc."""
    kids: dict[int, list[int]] = {}
    for st in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = st.read_text().rsplit(")", 1)[1].split()
            kids.setdefault(int(fields[1]), []).append(int(st.parent.name))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo += kids.get(pid, [])
    return out


def _hwm_kb(pid: int) -> int:
    with contextlib.suppress(OSError, ValueError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def run_command(argv: list[str]) -> dict[str, Any]:
    """Wall and CPU seconds (the process and every worker it waited for) and the peak RSS of the
    largest process in the tree, of one command.  Why the RSS is polled (VmHWM, every 0.1 s) rather
    than taken from wait4: Linux carries ru_maxrss across fork and exec, so a command started by this
    benchmark, which holds a whole graph by then, would report the benchmark's size."""
    t = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while True:
        peak = max([peak, *(_hwm_kb(p) for p in _tree(proc.pid))])
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        time.sleep(0.1)
    wall = time.perf_counter() - t
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    code = os.waitstatus_to_exitcode(status)
    return {"seconds": round(wall, 2), "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
            "peak_rss_mb": _mb(peak), "exit": code, **({"stderr": err[-400:]} if code else {})}


def cli(articles: Path, work: Path, n: int, formats: list[str], log: Callable[[str], None]) -> dict[str, Any]:
    """``bnkg build DIR -o graph.<fmt>`` for each format (SHACL included; ``store``: ``--store DIR``), then
    ``bnkg validate`` on the N-Quads and TriG files: what a user of the default install waits for."""
    exe = str(Path(sys.executable).with_name("bnkg"))
    out: dict[str, Any] = {}

    def measure(key: str, argv: list[str]) -> None:
        out[key] = run_command(argv)
        out[key]["articles_per_cpu_s"] = round(n / max(out[key]["cpu_s"], 1e-9), 1)
        out[key]["cpu_ms_per_article"] = round(1000 * out[key]["cpu_s"] / n, 2)
        out[key]["load_average"] = round(os.getloadavg()[0], 1)
        log(f"{key}: {out[key]}")

    for fmt in formats:
        target = ["--store", str(work / f"cli-store-{n}")] if fmt == "store" else ["-o", str(work / f"cli-{n}.{fmt}")]
        shutil.rmtree(work / f"cli-store-{n}", ignore_errors=True)  # a build into a fresh store, each run
        measure(f"build_{fmt}", [exe, "build", str(articles), *target, "-q"])
    for fmt in ("nq", "trig"):
        if fmt in formats:
            measure(f"validate_{fmt}", [exe, "validate", str(work / f"cli-{n}.{fmt}")])
    if "nq" in formats:  # a store from the file, then a query of it
        store = work / f"cli-load-{n}"
        shutil.rmtree(store, ignore_errors=True)
        measure("load_nq", [exe, "load", str(work / f"cli-{n}.nq"), "--store", str(store), "-q"])
        measure("query_timeline", [exe, "query", "timeline", "--store", str(store), "--format", "csv"])
    return out


# --- stages measured in this process ---------------------------------------------------------


def extraction_and_writing(articles: Path, sample: int) -> dict[str, Any]:
    from bnkg.builder.article import ArticleReader
    from bnkg.builder.corpus.inputs import iter_inputs
    from bnkg.builder.corpus.parallel import extract_all
    from bnkg.builder.graph import IRIs, add_record, new_dataset, record_triples
    from bnkg.builder.records import ArticleRecord
    from bnkg.rdf.nquads import nquad_lines
    from bnkg.rdf.serialize import serialize

    reader = ArticleReader()
    files = [p for p in iter_inputs([articles]) if isinstance(p, Path)][:sample]
    wall, cpu, got = _timed(lambda: list(extract_all(files, reader=reader)))
    records = [r for r in got if isinstance(r, ArticleRecord)]
    out: dict[str, Any] = {"sample": len(files), "articles_per_s_per_core": round(len(files) / cpu, 1),
                           "articles_per_s_wall": round(len(files) / wall, 1)}
    iris = IRIs()
    _, cpu, triples = _timed(lambda: [record_triples(r, iris) for r in records])
    n = sum(map(len, triples))
    out["triples"] = n
    out["record_triples_per_s"] = round(n / cpu)
    _, cpu, _ = _timed(lambda: [nquad_lines(ts, iris.graph(r.article.content_hash))
                                for r, ts in zip(records, triples, strict=True)])
    out["nquads_lines_per_s"] = round(n / cpu)
    ds = new_dataset(iris)
    _, cpu, _ = _timed(lambda: [add_record(ds, r, iris) for r in records])
    out["rdflib_dataset_add_per_s"] = round(n / cpu)
    for fmt in ("nquads", "trig"):
        _, cpu, _ = _timed(lambda f=fmt: serialize(ds, f))
        out[f"rdflib_serialize_{fmt}_per_s"] = round(n / cpu)
    return out


# what a streaming build spends its CPU on, per article (``--stages``): the functions stream.py calls,
# timed where it calls them; "w:" runs in a worker, "p:" in the parent (here all in one process)
STAGES = {"extract_file": "w: extraction (reader, not this benchmark's concern)",
          "record_triples": "w: record_triples", "nquad_lines": "w+p: N-Quads lines",
          "graph_readings": "w: event readings", "_validated": "w: SHACL of the article graphs",
          "fused_triples": "p: fusion", "_cross_article": "p: cross-article SHACL",
          "write_chunks_atomic": "p: merge of the runs and writing"}
RUNS = "p: sorted runs to disk"


def stages(articles: Path, n: int) -> dict[str, float]:
    """CPU ms per article of each stage of ``build_nquads(jobs=1)`` on the first ``n`` files."""
    from bnkg.builder.corpus import stream
    from bnkg.builder.corpus.inputs import iter_inputs

    spent: dict[str, float] = dict.fromkeys([*STAGES.values(), RUNS], 0.0)

    def timed(name: str) -> None:
        fn = getattr(stream, name)

        def wrapper(*a: Any, **k: Any) -> Any:
            t = time.thread_time()  # this thread's: the cross-article SHACL runs in its own
            runs = spent[RUNS]  # the merge writes the last run first: counted there, not twice
            try:
                return fn(*a, **k)
            finally:
                spent[STAGES[name]] += time.thread_time() - t - (spent[RUNS] - runs)

        setattr(stream, name, wrapper)

    flush, merge_into = stream._Runs.flush, stream._Runs.merge_into

    def flushed(runs: Any) -> None:
        t = time.thread_time()
        flush(runs)
        spent[RUNS] += time.thread_time() - t

    def merged_into(runs: Any, path: Path) -> Path:  # the articles' runs, merged beside the fusion (a thread here)
        t = time.thread_time()
        try:
            return merge_into(runs, path)
        finally:
            spent[STAGES["write_chunks_atomic"]] += time.thread_time() - t

    originals = {name: getattr(stream, name) for name in STAGES}
    for name in STAGES:
        timed(name)
    stream._Runs.flush = flushed  # type: ignore[method-assign]
    stream._Runs.merge_into = merged_into  # type: ignore[method-assign]
    beside = stream._Beside  # the cross-article check in a thread of this process, where it is timed
    stream._Beside = functools.partial(beside, fork=False)  # type: ignore[misc]
    try:
        files = [p for p in iter_inputs([articles]) if isinstance(p, Path)][:n]
        with tempfile.TemporaryDirectory(prefix="bnkg-stages-") as tmp:
            t = time.process_time()
            built = stream.build_nquads(files, Path(tmp) / "x.nq", jobs=1).built
            total = time.process_time() - t
    finally:
        for name, fn in originals.items():
            setattr(stream, name, fn)
        stream._Runs.flush = flush  # type: ignore[method-assign]
        stream._Runs.merge_into = merge_into  # type: ignore[method-assign]
        stream._Beside = beside  # type: ignore[misc]
    out = {k: round(1000 * v / built, 3) for k, v in spent.items()}
    out["all (one process)"] = round(1000 * total / built, 3)
    out["rest (the parent's bookkeeping, the worker's other steps)"] = round(
        1000 * (total - sum(spent.values())) / built, 3)
    return out


def shacl(graph: Path, jobs: int, n: int, pyshacl_max: int) -> tuple[dict[str, Any], Any]:
    import bnkg
    from bnkg.ontology.shacl_parallel import engine_name, validate_parallel, validate_whole

    wall, _, ds = _timed(lambda: bnkg.load(graph))
    out: dict[str, Any] = {"rdflib_load_s": round(wall, 2)}
    reports = {}
    engines = ["turbo"] if engine_name("auto") == "turbo" else []
    if n <= pyshacl_max:
        engines.append("pyshacl")
    for engine in engines:
        wall, _, reports[f"{engine} whole"] = _timed(lambda e=engine: validate_whole(ds, e))
        out[f"{engine}_whole_s"] = round(wall, 2)
        wall, _, reports[f"{engine} per-graph"] = _timed(lambda e=engine: validate_parallel(ds, jobs=jobs, engine=e))
        out[f"{engine}_per_graph_jobs{jobs}_s"] = round(wall, 2)
    out["reports_equal"] = len({r for r in reports.values()}) <= 1
    out["violations"] = len(next(iter(reports.values())).violations) if reports else None
    return out, ds


def _case(query: str, params: dict[str, str]) -> str:
    """A query case as its command line: ``visits --actor Putin``."""
    return query + "".join(f" --{k} {v}" for k, v in params.items())


def queries(graph: Path, ds: Any, work: Path, n: int, rdflib_max: int) -> dict[str, Any]:
    from bench_stores import cases

    from bnkg.queries import run
    from bnkg.stores.embedded import load_file, open_store

    store = open_store(work / f"store-{n}")
    wall, _, _ = _timed(lambda: load_file(store, graph))
    out: dict[str, Any] = {"oxigraph_load_s": round(wall, 2)}
    todo = cases(store)
    engines: dict[str, Any] = {"oxigraph": store}
    if n <= rdflib_max:
        engines["rdflib"] = ds
    for name, target in engines.items():
        med: dict[str, float] = {}
        for q, params in todo:
            label = _case(q, params)
            times = [_timed(lambda q=q, p=params, t=target: run(q, t, **p))[0]
                     for _ in range(REPEAT if name == "oxigraph" else 1)]
            med[label] = round(statistics.median(times) * 1000, 2)
        out[f"{name}_ms"] = med
        out[f"{name}_median_ms"] = round(statistics.median(med.values()), 2)
    # the same questions a page at a time (--limit 100): what an interactive user of a big graph runs
    page: dict[str, float] = {}
    for q, params in todo:
        label = _case(q, params) + f" --limit {PAGE}"
        times = [_timed(lambda q=q, p=params: run(q, store, limit=PAGE, **p))[0] for _ in range(REPEAT)]
        page[label] = round(statistics.median(times) * 1000, 2)
    out["oxigraph_page_ms"] = page
    out["oxigraph_page_median_ms"] = round(statistics.median(page.values()), 2)
    if "rdflib" in engines:
        out["rdflib_over_oxigraph"] = round(out["rdflib_median_ms"] / out["oxigraph_median_ms"], 1)
    return out


def bench(n: int, work: Path, args: argparse.Namespace) -> dict[str, Any]:
    articles = work / f"articles-{args.shape}-{n}"
    if not articles.is_dir():
        corpus.write(n, articles, args.seed, args.shape)
    report: dict[str, Any] = {"articles": n, "shape": args.shape, "load_average_before": os.getloadavg()}
    log = lambda msg: print(f"[{n}] {msg}", file=sys.stderr, flush=True)  # noqa: E731
    formats = [f for f in args.cli if f != "trig" or n <= args.trig_max]
    if formats:  # first, while this process holds no graph
        report["cli"] = cli(articles, work, n, formats, log)
    report["extraction"] = extraction_and_writing(articles, min(n, args.sample))
    log(f"extraction {report['extraction']['articles_per_s_per_core']} articles/s per core")
    if args.cli_only:
        return report
    graph = work / f"graph-{n}.nq"
    report["build"] = {f"jobs{args.jobs}": full_build(articles, graph, args.jobs, args.preload)}
    log(f"full build on {args.jobs} cores: {report['build'][f'jobs{args.jobs}']}")
    if n <= args.serial_max and args.jobs > 1:
        report["build"]["jobs1"] = full_build(articles, work / f"graph-{n}-serial.nq", 1, args.preload)
        same = (work / f"graph-{n}-serial.nq").read_bytes() == graph.read_bytes()
        report["build"]["serial_output_identical"] = same
        log(f"serial build: {report['build']['jobs1']} (identical: {same})")
    report["shacl"], ds = shacl(graph, args.jobs, n, args.pyshacl_max)
    log(f"SHACL: {report['shacl']}")
    if n > args.rdflib_max:
        # not queried in rdflib: let the graph go, or every garbage collection during the store's queries
        # walks its millions of objects (10k: 3.4 GB; agreements 107 ms with it alive, ~90 ms without)
        ds = None
        gc.collect()
    report["queries"] = queries(graph, ds, work, n, args.rdflib_max)
    log(f"queries: median {report['queries']['oxigraph_median_ms']} ms in Oxigraph "
        f"({report['queries']['oxigraph_page_median_ms']} ms a first page of {PAGE})")
    return report


def per_article(reports: dict[int, dict[str, Any]]) -> dict[str, Any]:
    """For each command, the CPU per article at each size over that at the next smaller size (1.0:
    linear; the goal is ≤ 1.2 from 1k to 4k) and the 1k → 10k ratios of CPU, wall and RSS."""
    out: dict[str, Any] = {}
    sizes = sorted(n for n in reports if "cli" in reports[n])
    for a, b in zip(sizes, sizes[1:], strict=False):
        for k, v in reports[b]["cli"].items():
            if k in reports[a]["cli"] and reports[a]["cli"][k]["cpu_ms_per_article"]:
                out[f"{k}_cpu_per_article_{a}_to_{b}"] = round(
                    v["cpu_ms_per_article"] / reports[a]["cli"][k]["cpu_ms_per_article"], 2)
    return out


def ratios(reports: dict[int, dict[str, Any]], jobs: int) -> dict[str, Any]:
    out: dict[str, Any] = per_article(reports)
    if 1000 in reports and 10000 in reports:
        a, b = reports[1000], reports[10000]
        out["1k_to_10k_extraction_cpu_per_article"] = round(a["extraction"]["articles_per_s_per_core"]
                                                            / b["extraction"]["articles_per_s_per_core"], 2)
        for k, v in b.get("cli", {}).items():
            if k in a.get("cli", {}):
                for m in ("seconds", "cpu_s", "peak_rss_mb"):
                    out[f"1k_to_10k_{k}_{m}"] = round(v[m] / a["cli"][k][m], 2)
    if 1000 in reports and 10000 in reports and "build" in reports[1000] and "build" in reports[10000]:
        a, b = reports[1000], reports[10000]
        key = f"jobs{jobs}"
        out["1k_to_10k_full_build"] = round(b["build"][key]["seconds"] / a["build"][key]["seconds"], 2)
        out["1k_to_10k_peak_rss_parent"] = round(b["build"][key]["peak_rss_parent_mb"]
                                                 / a["build"][key]["peak_rss_parent_mb"], 2)
        for k, v in b["shacl"].items():
            if k.endswith("_s") and k in a["shacl"] and a["shacl"][k]:
                out[f"1k_to_10k_{k[:-2]}"] = round(v / a["shacl"][k], 2)
        out["1k_to_10k_oxigraph_query_median"] = round(b["queries"]["oxigraph_median_ms"]
                                                       / a["queries"]["oxigraph_median_ms"], 2)
    for n, r in reports.items():
        if "build" not in r:
            continue
        if "jobs1" in r["build"] and jobs > 1:
            out[f"serial_over_parallel_build_{n}"] = round(r["build"]["jobs1"]["seconds"]
                                                           / r["build"][f"jobs{jobs}"]["seconds"], 2)
        s = r["shacl"]
        for engine in ("pyshacl", "turbo"):
            if f"{engine}_whole_s" in s:
                out[f"{engine}_whole_over_per_graph_{n}"] = round(
                    s[f"{engine}_whole_s"] / s[f"{engine}_per_graph_jobs{jobs}_s"], 2)
        if "pyshacl_whole_s" in s and "turbo_whole_s" in s:
            out[f"pyshacl_over_turbo_whole_{n}"] = round(s["pyshacl_whole_s"] / s["turbo_whole_s"], 1)
        if "rdflib_over_oxigraph" in r["queries"]:
            out[f"rdflib_over_oxigraph_queries_{n}"] = r["queries"]["rdflib_over_oxigraph"]
    return out


def table(reports: dict[int, dict[str, Any]], jobs: int) -> str:
    key = f"jobs{jobs}"
    def cmd(k: str) -> Callable[[dict[str, Any]], str]:
        return lambda r: f"{r['cli'][k]['seconds']} ({r['cli'][k]['cpu_s']}) {r['cli'][k]['peak_rss_mb']:.0f}M"

    def per(k: str) -> Callable[[dict[str, Any]], str]:
        return lambda r: str(r["cli"][k]["cpu_ms_per_article"])

    rows = [
        ("extraction, articles/s per core", lambda r: r["extraction"]["articles_per_s_per_core"]),
        ("build -o x.nq: s (CPU) RSS", cmd("build_nq")),
        ("build -o x.trig: s (CPU) RSS", cmd("build_trig")),
        ("build --store: s (CPU) RSS", cmd("build_store")),
        ("validate x.nq: s (CPU) RSS", cmd("validate_nq")),
        ("validate x.trig: s (CPU) RSS", cmd("validate_trig")),
        ("load x.nq --store: s (CPU) RSS", cmd("load_nq")),
        ("query timeline: s (CPU) RSS", cmd("query_timeline")),
        *((f"{k}: CPU ms per article", per(k)) for k in ("build_nq", "build_trig", "build_store", "validate_nq",
                                                          "validate_trig", "load_nq")),
        ("load average (1 min) at the end", lambda r: r["cli"]["build_nq"]["load_average"]),
        ("record_triples, triples/s", lambda r: r["extraction"]["record_triples_per_s"]),
        ("N-Quads lines, triples/s", lambda r: r["extraction"]["nquads_lines_per_s"]),
        ("rdflib Dataset add, triples/s", lambda r: r["extraction"]["rdflib_dataset_add_per_s"]),
        ("rdflib N-Quads out, triples/s", lambda r: r["extraction"]["rdflib_serialize_nquads_per_s"]),
        ("rdflib TriG out, triples/s", lambda r: r["extraction"]["rdflib_serialize_trig_per_s"]),
        (f"full build, {jobs} jobs, s", lambda r: r["build"][key]["seconds"]),
        (f"full build, {jobs} jobs, articles/s", lambda r: r["build"][key]["articles_per_s"]),
        (f"full build, {jobs} jobs, quads/s", lambda r: r["build"][key]["quads_per_s"]),
        ("full build, 1 job, s", lambda r: r["build"].get("jobs1", {}).get("seconds", "")),
        ("peak RSS parent / worker, MB",
         lambda r: f"{r['build'][key]['peak_rss_parent_mb']} / {r['build'][key]['peak_rss_worker_mb']}"),
        ("SHACL pyshacl whole, s", lambda r: r["shacl"].get("pyshacl_whole_s", "")),
        (f"SHACL pyshacl per-graph ×{jobs}, s", lambda r: r["shacl"].get(f"pyshacl_per_graph_jobs{jobs}_s", "")),
        ("SHACL turbo whole, s", lambda r: r["shacl"].get("turbo_whole_s", "")),
        (f"SHACL turbo per-graph ×{jobs}, s", lambda r: r["shacl"].get(f"turbo_per_graph_jobs{jobs}_s", "")),
        ("query median, Oxigraph, ms", lambda r: r["queries"]["oxigraph_median_ms"]),
        (f"first page ({PAGE} rows) median, Oxigraph, ms", lambda r: r["queries"]["oxigraph_page_median_ms"]),
        ("query median, rdflib, ms", lambda r: r["queries"].get("rdflib_median_ms", "")),
    ]
    sizes = sorted(reports)
    def cell(get: Callable[[dict[str, Any]], Any], r: dict[str, Any]) -> str:
        try:
            return str(get(r))
        except KeyError:  # a stage not run at this size (--cli-only, --trig-max)
            return ""

    lines = [f"{'articles':<36}" + "".join(f"{n:>24,}" for n in sizes)]
    for label, get in rows:
        lines.append(f"{label:<36}" + "".join(f"{cell(get, reports[n]):>24}" for n in sizes))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 4000, 10000])
    ap.add_argument("--big", action="store_true", help="add 100,000 articles")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--shape", choices=corpus.SHAPES, default="page",
                    help="articles like the real pages (page, the default), stripped ones (brief), or the "
                         "earlier short synthetic pages (synthetic: the README's older figures)")
    ap.add_argument("--cli", nargs="*", default=["nq", "trig", "store"],
                    choices=["nq", "trig", "store", "ttl", "jsonld"],
                    help="time `bnkg build DIR -o x.FMT` for these formats (store: --store DIR) and `bnkg "
                         "validate` of x.nq and x.trig")
    ap.add_argument("--trig-max", type=int, default=10000, help="largest N built as .trig by the CLI")
    ap.add_argument("--cli-only", action="store_true",
                    help="extraction and the commands only: no in-process SHACL, child builds or queries")
    ap.add_argument("--sample", type=int, default=1000, help="articles of the in-process stages (default 1000)")
    ap.add_argument("--serial-max", type=int, default=1000, help="largest N built with 1 job too")
    ap.add_argument("--pyshacl-max", type=int, default=10000, help="largest N validated with pyshacl")
    ap.add_argument("--rdflib-max", type=int, default=1000, help="largest N queried in rdflib")
    ap.add_argument("--preload", help="a Python file to run first (in child builds too)")
    ap.add_argument("--workdir", type=Path, help="keep corpora, graphs and stores here")
    ap.add_argument("--json", type=Path, help="also write the JSON report to this file")
    ap.add_argument("--child-build", nargs=2, metavar=("ARTICLES", "OUT"), help=argparse.SUPPRESS)
    ap.add_argument("--no-validate", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--stages", type=Path, metavar="DIR",
                    help="only: CPU ms per article of each stage of a one-process streaming build of the first "
                         "--sample files of DIR")
    args = ap.parse_args(argv)
    if args.stages:
        if args.preload:
            runpy.run_path(args.preload)
        got = stages(args.stages, args.sample)
        for k, v in got.items():
            print(f"{v:8.3f} ms/article  {k}")
        print(json.dumps({"stages_ms_per_article": got, "load_average": os.getloadavg()}, indent=2))
        return 0
    if args.child_build:
        args.articles, args.out = args.child_build
        return child_build(args)
    if args.preload:
        runpy.run_path(args.preload)
    sizes = sorted(set(args.sizes + ([100_000] if args.big else [])))
    with contextlib.ExitStack() as stack:
        work = args.workdir or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bnkg-scale-")))
        work.mkdir(parents=True, exist_ok=True)
        reports = {n: bench(n, work, args) for n in sizes}
    doc = {"jobs": args.jobs, "cores": os.cpu_count(), "load_average": os.getloadavg(),
           "sizes": reports, "ratios": ratios(reports, args.jobs)}
    sys.stdout.write(table(reports, args.jobs))
    text = json.dumps(doc, ensure_ascii=False, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
