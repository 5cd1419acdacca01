"""Query latency of two versions of the canned queries on ONE store, interleaved: ratios that a noisy machine
cannot fake.

    python benchmarks/bench_events.py STORE [--old DIR] [--repeat R] [--json OUT]

STORE is an embedded store (``bnkg load graph.nq --store STORE``; benchmarks/corpus.py writes a synthetic
corpus to build it from).  Every case of benchmarks/bench_stores.py (the 16 of the README's table) runs R
times with each version, alternating, and the medians and their ratio are printed per case and overall.

The versions: the answers in real-world events (the default) against, by default, the per-article texts
(``readings=True``); or against the ``.rq`` files of ``--old DIR`` (e.g. an older checkout's
``bnkg/queries``, written out with ``git show REV:bnkg/queries/NAME.rq``), for the queries it holds.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_stores import cases  # noqa: E402

import bnkg.queries as queries  # noqa: E402
from bnkg.queries.canned import parse  # noqa: E402
from bnkg.stores.embedded import open_store  # noqa: E402


def _versions(old: Path | None) -> dict[str, Callable[[str, object, dict[str, str]], Any]]:
    new = lambda name, target, params: queries.run(name, target, **params)  # noqa: E731
    if old is None:
        return {"readings": lambda name, target, params: queries.run(name, target, readings=True, **params),
                "events": new}
    texts = {p.stem: parse(p.stem, p.read_text(encoding="utf-8")) for p in sorted(old.glob("*.rq"))}
    real = queries.catalogue

    def run_old(name: str, target: object, params: dict[str, str]) -> Any:
        queries.catalogue = lambda **_: {**real(), **texts}  # type: ignore[assignment]
        try:
            return queries.run(name, target, **params)
        finally:
            queries.catalogue = real  # type: ignore[assignment]

    return {"old": run_old, "new": new}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("store", type=Path)
    ap.add_argument("--old", type=Path, help="a folder of .rq files: the version to compare against")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    store = open_store(args.store, read_only=True)
    versions = _versions(args.old)
    (a, run_a), (b, run_b) = versions.items()
    report: dict[str, Any] = {"cases": {}}
    for name, params in cases(store):
        label = name + "".join(f" --{k} {v}" for k, v in params.items())
        times: dict[str, list[float]] = {a: [], b: []}
        rows: dict[str, int] = {}
        for _ in range(args.repeat):
            for version, fn in ((a, run_a), (b, run_b)):
                start = time.perf_counter()
                rows[version] = len(fn(name, store, params).rows)
                times[version].append(time.perf_counter() - start)
        ma, mb = (statistics.median(times[v]) * 1000 for v in (a, b))
        report["cases"][label] = {f"{a}_ms": round(ma, 1), f"{b}_ms": round(mb, 1), "ratio": round(mb / ma, 2),
                                  f"{a}_rows": rows[a], f"{b}_rows": rows[b]}
        print(f"{label:<44} {a} {ma:8.1f} ms ({rows[a]:>6} rows)  {b} {mb:8.1f} ms ({rows[b]:>6} rows)  "
              f"x{mb / ma:.2f}", flush=True)
    med = {v: statistics.median(c[f"{v}_ms"] for c in report["cases"].values()) for v in (a, b)}
    report.update({f"median_{a}_ms": med[a], f"median_{b}_ms": med[b], "median_ratio": round(med[b] / med[a], 2)})
    print(f"median of {len(report['cases'])} cases: {a} {med[a]:.1f} ms, {b} {med[b]:.1f} ms, "
          f"ratio {med[b] / med[a]:.2f}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
