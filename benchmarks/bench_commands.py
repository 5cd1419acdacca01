"""Every bnkg command at two corpus sizes: CPU, wall, peak RSS, and the ratio between the sizes.

    python benchmarks/bench_commands.py SMALL_DIR LARGE_DIR [--workdir DIR] [--only CMD,…] [--json OUT]
    python benchmarks/bench_commands.py --sizes 1000 10000 [--workdir DIR] …   # generates the corpora

Why: the issue's limits are per command — 1k → 10k ratio ≤ 11x and peak RSS < 1 GB at 10k for every
command — and a command is what a user runs, so each is measured as a process of its own:

* ``build-nq``: ``bnkg build DIR -o x.nq``; ``build-trig``: ``-o x.trig``; ``build-store``: ``--store S``;
* ``validate-nq`` / ``validate-trig``: ``bnkg validate`` of those files;
* ``load``: ``bnkg load x.nq --store S`` into a new store; ``bulk``: Oxigraph's own bulk load of the same
  N-Quads into a new store (``Store.bulk_load``, the floor ``load`` is compared with);
* ``queries``: one process running every canned query (whole answer, no parameter) on the ``load`` store;
  ``validate-store``: ``bnkg validate --store`` of that store.

Each command runs at the small size then at the large one, back to back (the machine may be shared: a
ratio is only compared within one run; the load average is printed).  CPU is user+sys of the process and
every child it waited for (the build's workers), from ``os.wait4``; peak RSS is that of the largest of
those processes (``ru_maxrss``), not their sum.  Stores are measured on disk after the command.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

COMMANDS = ("build-nq", "build-trig", "build-store", "validate-nq", "validate-trig", "load", "bulk", "queries",
            "validate-store")
LIMIT_RATIO = 11.0  # issue 17: 1k -> 10k
LIMIT_RSS_MB = 1024.0

_BULK = ("import sys, pyoxigraph as ox\n"
         "ox.Store(sys.argv[1]).bulk_load(path=sys.argv[2], format=ox.RdfFormat.N_QUADS)\n")
_QUERIES = ("import sys\n"
            "from bnkg.queries import catalogue, run\n"
            "from bnkg.stores.embedded import open_store\n"
            "store = open_store(sys.argv[1], read_only=True)\n"
            "for name in catalogue():\n"
            "    run(name, store)\n")


@dataclass(frozen=True)
class Measure:
    """One command at one size."""

    command: str
    articles: int
    wall: float
    cpu: float
    rss_mb: float
    disk_mb: float | None  # the store or file the command wrote
    ok: bool


def argv_for(command: str, corpus: Path, work: Path) -> tuple[list[str], Path | None]:
    """The command line of ``command`` on ``corpus`` (files in ``work``) and what it writes."""
    bnkg = [sys.executable, "-m", "bnkg.cli"]
    nq, trig = work / "x.nq", work / "x.trig"
    table: dict[str, tuple[list[str], Path | None]] = {
        "build-nq": ([*bnkg, "build", str(corpus), "-o", str(nq), "-q"], nq),
        "build-trig": ([*bnkg, "build", str(corpus), "-o", str(trig), "-q"], trig),
        "build-store": ([*bnkg, "build", str(corpus), "--store", str(work / "build-store"), "-q"],
                        work / "build-store"),
        "validate-nq": ([*bnkg, "validate", str(nq)], None),
        "validate-trig": ([*bnkg, "validate", str(trig)], None),
        "load": ([*bnkg, "load", str(nq), "--store", str(work / "load-store"), "-q"], work / "load-store"),
        "bulk": ([sys.executable, "-c", _BULK, str(work / "bulk-store"), str(nq)], work / "bulk-store"),
        "queries": ([sys.executable, "-c", _QUERIES, str(work / "load-store")], None),
        "validate-store": ([*bnkg, "validate", "--store", str(work / "load-store")], None),
    }
    return table[command]


def needs(command: str) -> str | None:
    """The command whose output this one reads (run first if it was not asked for)."""
    return {"validate-nq": "build-nq", "validate-trig": "build-trig", "load": "build-nq", "bulk": "build-nq",
            "queries": "load", "validate-store": "load"}.get(command)


def run_one(command: str, corpus: Path, work: Path, articles: int) -> Measure:
    argv, output = argv_for(command, corpus, work)
    if output is not None and output.is_dir():  # a store: a new one each time
        shutil.rmtree(output)
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if proc.returncode not in (0, 1):  # validate exits 1 on a report with violations: still measured
        print(f"{command} ({articles}): exit {proc.returncode}\n{err[-2000:]}", file=sys.stderr)
    return Measure(command, articles, round(wall, 2), round(usage.ru_utime + usage.ru_stime, 2),
                   round(usage.ru_maxrss / 1024, 1), _size_mb(output), proc.returncode in (0, 1))


def _size_mb(path: Path | None) -> float | None:
    if path is None or not path.exists():
        return None
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    return round(sum(p.stat().st_size for p in files) / 2**20, 1)


def ordered(commands: list[str]) -> list[str]:
    """``commands`` with what they read added before them, in :data:`COMMANDS` order."""
    wanted = set(commands)
    for c in commands:
        while (c := needs(c) or "") and c not in wanted:  # type: ignore[assignment]
            wanted.add(c)
    return [c for c in COMMANDS if c in wanted]


def corpora(args: argparse.Namespace, work: Path) -> list[tuple[int, Path]]:
    if args.sizes:
        out = []
        for n in args.sizes:
            folder = work / f"corpus-{n}"
            if not folder.is_dir():
                subprocess.run([sys.executable, str(ROOT / "benchmarks" / "corpus.py"), str(n), str(folder)],
                               check=True, stdout=subprocess.DEVNULL)
            out.append((n, folder))
        return out
    return [(sum(1 for p in Path(d).rglob("*.txt")), Path(d)) for d in args.dirs]


def table(measures: list[Measure], commands: list[str], load: str) -> str:
    sizes = sorted({m.articles for m in measures})
    small, large = sizes[0], sizes[-1]
    by = {(m.command, m.articles): m for m in measures}
    lines = [f"load average before → after: {load}",
             f"{'command':<14} {'CPU s ' + str(small):>12} {'CPU s ' + str(large):>13} {'ratio':>6} "
             f"{'wall ' + str(small):>11} {'wall ' + str(large):>12} {'ratio':>6} {'RSS MB':>8} {'disk MB':>8}"]
    for c in commands:
        a, b = by.get((c, small)), by.get((c, large))
        if a is None or b is None:
            continue
        flag = "" if a.ok and b.ok else "  FAILED"
        if a.cpu and b.cpu / a.cpu > LIMIT_RATIO:
            flag += f"  > {LIMIT_RATIO:g}x"
        if b.rss_mb > LIMIT_RSS_MB:
            flag += "  > 1 GB"
        disk = "" if b.disk_mb is None else f"{b.disk_mb:.0f}"
        lines.append(f"{c:<14} {a.cpu:>12.1f} {b.cpu:>13.1f} {b.cpu / max(a.cpu, 1e-9):>6.1f} {a.wall:>11.1f} "
                     f"{b.wall:>12.1f} {b.wall / max(a.wall, 1e-9):>6.1f} {b.rss_mb:>8.0f} {disk:>8}{flag}")
    for size in sizes:
        ld, bulk, build = by.get(("load", size)), by.get(("bulk", size)), by.get(("build-store", size))
        if ld and bulk:
            lines.append(f"{size} articles: load ÷ Oxigraph bulk load {ld.cpu / max(bulk.cpu, 1e-9):.2f}x CPU, "
                         f"{ld.wall / max(bulk.wall, 1e-9):.2f}x wall")
        nq = by.get(("build-nq", size))
        if build and nq and bulk:
            lines.append(f"{size} articles: build --store ÷ (build -o x.nq + bulk load) "
                         f"{build.cpu / max(nq.cpu + bulk.cpu, 1e-9):.2f}x CPU")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="*", help="two article folders, the small one first")
    ap.add_argument("--sizes", type=int, nargs=2, metavar="N", help="generate corpora of these sizes instead")
    ap.add_argument("--only", default=",".join(COMMANDS), help=f"commands to run (default all: {','.join(COMMANDS)})")
    ap.add_argument("--workdir", help="keep the outputs here (default: a temporary folder, removed); a command "
                    "not in --only whose output is there is not run again")
    ap.add_argument("--json", help="also write the figures as JSON here")
    args = ap.parse_args(argv)
    if bool(args.sizes) == bool(args.dirs) or (args.dirs and len(args.dirs) != 2):
        ap.error("give two article folders or --sizes N N")
    unknown = set(args.only.split(",")) - set(COMMANDS)
    if unknown:
        ap.error(f"unknown command(s) {', '.join(sorted(unknown))}; choose from {', '.join(COMMANDS)}")
    asked = args.only.split(",")
    commands = ordered(asked)
    root = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="bench-commands."))
    root.mkdir(parents=True, exist_ok=True)
    load_before = os.getloadavg()
    measures: list[Measure] = []
    try:
        sets = corpora(args, root)
        for c in commands:
            for n, folder in sets:
                work = root / str(n)
                work.mkdir(exist_ok=True)
                output = argv_for(c, folder, work)[1]
                if c not in asked and output is not None and output.exists():
                    continue  # what a command asked for reads, left by an earlier run in --workdir
                m = run_one(c, folder, work, n)
                measures.append(m)
                print(f"{c:<14} {n:>6}: {m.cpu:8.1f} s CPU {m.wall:8.1f} s wall {m.rss_mb:7.0f} MB"
                      + ("" if m.disk_mb is None else f"  {m.disk_mb:.0f} MB on disk") + ("" if m.ok else "  FAILED"),
                      file=sys.stderr, flush=True)
    finally:
        if not args.workdir:
            shutil.rmtree(root, ignore_errors=True)
    load = f"{' '.join(f'{x:.2f}' for x in load_before)} → {' '.join(f'{x:.2f}' for x in os.getloadavg())}"
    print(table(measures, commands, load))
    if args.json:
        Path(args.json).write_text(json.dumps({"load": load, "measures": [asdict(m) for m in measures]}, indent=1))
    return 0 if all(m.ok for m in measures) else 1


if __name__ == "__main__":
    sys.exit(main())
