"""benchmarks/bench_extract.py compares the extraction of two versions on one corpus (issue 17) and
refuses to time a bnkg other than the one it was pointed at.  (A whole run takes two processes that
each load the mappings, about 8 s: run it by hand, ``python benchmarks/bench_extract.py --n 2 --rounds 1``.)"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _bench():
    spec = importlib.util.spec_from_file_location("bnkg_bench_extract", ROOT / "benchmarks" / "bench_extract.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_the_summary_takes_the_median_run_of_each_figure() -> None:
    runs = [{"articles": 10, "extraction_s": t, "record_triples_s": 0.02, "triples": 7, "sha256": "x"}
            for t in (0.1, 0.5, 0.2)]
    got = _bench().summary(runs)
    assert got["extraction_articles_per_cpu_s"] == 50.0  # 10 articles / the median 0.2 s
    assert got["record_triples_articles_per_cpu_s"] == 500.0
    assert got["both_articles_per_cpu_s"] == round(10 / 0.22, 1)
    assert "worker_articles_per_cpu_s" not in got  # runs of a version without the worker figure
    timed = [r | {"worker_s": r["extraction_s"] + w, "pickle_s": 0.001} for r, w in zip(runs, (0.05, 0.04, 0.06), strict=True)]
    got = _bench().summary(timed)
    assert got["worker_articles_per_cpu_s"] == round(10 / 0.26, 1)  # the median worker run, 0.2 + 0.06 s
    assert got["worker_beyond_extraction_ms"] == 5.0 and got["pickle_ms"] == 0.1


def test_a_child_that_would_import_another_bnkg_refuses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "path", list(sys.path))  # the child puts its root first
    with pytest.raises(SystemExit, match="not from"):
        _bench().child(str(tmp_path), str(tmp_path))
