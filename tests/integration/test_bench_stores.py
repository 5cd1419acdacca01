"""benchmarks/bench_stores.py --store … --before JSON prints each canned query's CPU before and now (issue 17)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _bench():
    sys.path.insert(0, str(ROOT / "benchmarks"))  # (its `import corpus`)
    try:
        spec = importlib.util.spec_from_file_location("bnkg_bench_stores", ROOT / "benchmarks" / "bench_stores.py")
        assert spec and spec.loader
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        return mod
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))


def _report(whole: float, page: float, extra: bool = False) -> dict:
    cells = {"timeline": {"median_ms": whole, "median_cpu_ms": whole, "rows": 3, "runs": 3},
             "timeline (first page)": {"median_ms": page, "median_cpu_ms": page, "rows": 2, "runs": 3}}
    if extra:
        cells["actors"] = {"median_ms": 5.0, "median_cpu_ms": 5.0, "rows": 1, "runs": 3}
    return {"store": "kg", "quads": 10, "load_average": (1.0, 2.0, 3.0), "queries": {"embedded": cells}}


def test_the_table_puts_each_query_before_and_now_side_by_side() -> None:
    table = _bench().query_table(_report(900.0, 60.0, extra=True), before=_report(3287.8, 2499.9))
    assert "before: kg, load average 1.0 2.0 3.0" in table
    [line] = [x for x in table.splitlines() if x.startswith("timeline")]
    assert line.split()[1] == "3" and line.split()[-6:] == ["3287.8", "→", "900.0", "2499.9", "→", "60.0"]
    [actors] = [x for x in table.splitlines() if x.startswith("actors")]
    assert actors.rstrip().endswith("—") and "→" not in actors  # a case the earlier run lacks
    assert "→" not in _bench().query_table(_report(900.0, 60.0))


def test_before_needs_a_store(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        _bench().main(["--before", "x.json"])
    assert "--before goes with --store" in capsys.readouterr().err
