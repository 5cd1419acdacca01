"""Do two versions of bnkg answer every canned query alike, row for row?  The check behind a query rewrite.

    python benchmarks/compare_answers.py [--old REV] TARGET… [--memory] [--json OUT]

A TARGET is a folder of articles (built once into N-Quads by this checkout, then loaded into a scratch
embedded store, and with ``--memory`` also queried in memory by rdflib) or an embedded store folder
(``bnkg build DIR --store STORE``).  Each version — this checkout, and the ``bnkg`` package of ``git
archive REV`` (default ``main``) — runs in its own process on the same data: every case of
benchmarks/bench_stores.py with and without a date range, fused and ``--readings``, the whole answer,
its first page and a later page.  The rows (cells as N-Triples terms, in order) and the columns must be
equal; the script prints each difference and exits 1 if there is one.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT / "benchmarks"))

PAGE = 50
DATES = {"since": "2024-06", "until": "2024-12"}
DATED = ("who-met-whom", "visits", "agreements", "timeline")


def _cases(run: Any, target: object) -> list[tuple[str, dict[str, Any]]]:
    """The benchmark's cases, a date range on each event question, then every case as its whole answer,
    its first page and the page after, fused and (where it differs) per reading."""
    from bench_stores import cases  # (benchmarks/bench_stores.py: its imports need the package on the path)

    base = cases(target)
    base += [(name, {**params, **DATES}) for name, params in base if name in DATED]
    base += [("conflicts", {"actor": "Putin"}), ("claims", {"about": "North Korea"})]
    out: list[tuple[str, dict[str, Any]]] = []
    for readings in (False, True):
        for name, params in base:
            if readings and name not in DATED:
                continue
            for page in ({}, {"limit": PAGE}, {"limit": PAGE, "offset": PAGE}):
                out.append((name, {**params, **page, **({"readings": True} if readings else {})}))
    return out


def dump(target_kind: str, target_path: str, out: str) -> None:
    """(In the child process of one version.) Every case's answer as JSON."""
    import bnkg
    from bnkg.queries import run
    from bnkg.stores.embedded import open_store

    target: object = open_store(target_path, read_only=True) if target_kind == "store" else bnkg.load(target_path)
    if target_kind == "store":  # as `bnkg query --store` reads it, where the version keeps answers in the store's folder
        from bnkg.queries import engines

        if hasattr(engines.StoreEngine, "open"):
            from bnkg.queries import keep_listings

            del target
            keep_listings(target_path)
            target = engines.StoreEngine.open(target_path)
    answers: dict[str, Any] = {}
    for name, params in _cases(run, target):
        label = name + "".join(f" --{k} {v}" for k, v in params.items())
        start = time.process_time()
        result = run(name, target, **params)
        answers[label] = {"columns": list(result.columns), "cpu_s": round(time.process_time() - start, 4),
                          "rows": [[None if v is None else v.n3() for v in row] for row in result.rows]}
    Path(out).write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")


def _version(rev: str, into: Path) -> Path:
    """The ``bnkg`` package of ``rev``, written out under ``into``."""
    archive = into / "old.tar"
    with archive.open("wb") as f:
        subprocess.run(["git", "-C", str(ROOT), "archive", rev, "bnkg"], stdout=f, check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(into / "old", filter="data")
    return into / "old"


def _answers(code: Path, kind: str, path: Path, out: Path) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(code), str(ROOT / "benchmarks")])}
    subprocess.run([sys.executable, __file__, "--dump", kind, str(path), str(out)], env=env, check=True,
                   cwd=str(out.parent))
    return json.loads(out.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def compare(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """The differences between two versions' answers (empty when they agree row for row)."""
    problems = [f"{label}: only in one version" for label in sorted(set(old) ^ set(new))]
    for label in sorted(set(old) & set(new)):
        a, b = old[label], new[label]
        if a["columns"] != b["columns"]:
            problems.append(f"{label}: columns {a['columns']} → {b['columns']}")
        elif a["rows"] != b["rows"]:
            first = next((i for i, (x, y) in enumerate(zip(a["rows"], b["rows"], strict=False)) if x != y),
                         min(len(a["rows"]), len(b["rows"])))
            problems.append(f"{label}: {len(a['rows'])} → {len(b['rows'])} rows, first difference at row {first}: "
                            f"{a['rows'][first] if first < len(a['rows']) else None} → "
                            f"{b['rows'][first] if first < len(b['rows']) else None}")
    return problems


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--dump"]:
        dump(*argv[1:4])
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("targets", nargs="+", type=Path, help="folders of articles, or embedded stores")
    ap.add_argument("--old", default="main", help="the git revision to compare with (default main)")
    ap.add_argument("--memory", action="store_true", help="also query article folders in memory (rdflib)")
    ap.add_argument("--json", type=Path, help="write the CPU seconds of every case, both versions, here")
    args = ap.parse_args(argv)
    problems: list[str] = []
    timings: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="bnkg-compare-") as tmp:
        work = Path(tmp)
        old_code = _version(args.old, work)
        for n, target in enumerate(args.targets):
            todo: list[tuple[str, Path]] = []
            if (target / "CURRENT").is_file():  # a RocksDB folder: an embedded store
                todo.append(("store", target))
            else:
                graph = work / f"graph{n}.nq"
                subprocess.run([sys.executable, "-m", "bnkg.cli", "build", str(target), "-o", str(graph), "-q",
                                "--no-validate"], check=True, cwd=str(ROOT))
                store = work / f"store{n}"
                subprocess.run([sys.executable, "-m", "bnkg.cli", "load", str(graph), "--store", str(store)],
                               check=True, cwd=str(ROOT), stdout=subprocess.DEVNULL)
                todo.append(("store", store))
                if args.memory:
                    todo.append(("memory", graph))
            for kind, path in todo:
                old = _answers(old_code, kind, path, work / "old.json")
                new = _answers(ROOT, kind, path, work / "new.json")
                found = compare(old, new)
                rows = sum(len(c["rows"]) for c in new.values())
                print(f"{target} ({kind}): {len(new)} cases, {rows} rows: "
                      f"{'the same' if not found else f'{len(found)} differ'}", flush=True)
                problems += [f"{target} ({kind}) {p}" for p in found]
                timings[f"{target} ({kind})"] = {label: {"old_cpu_s": old[label]["cpu_s"],
                                                         "new_cpu_s": new[label]["cpu_s"]}
                                                 for label in new if label in old}
        shutil.rmtree(old_code, ignore_errors=True)
    for p in problems:
        print(p)
    if args.json:
        args.json.write_text(json.dumps(timings, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
