"""benchmarks/bench_commands.py: every command at two sizes, its CPU, wall, peak RSS and the ratio (issue 17)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _bench():
    spec = importlib.util.spec_from_file_location("bnkg_bench_commands", ROOT / "benchmarks" / "bench_commands.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # (its dataclass looks its module up)
    spec.loader.exec_module(mod)
    return mod


def test_a_command_brings_the_one_whose_output_it_reads_first() -> None:
    bench = _bench()
    assert bench.ordered(["queries"]) == ["build-nq", "load", "queries"]
    assert bench.ordered(["validate-trig", "bulk"]) == ["build-nq", "build-trig", "validate-trig", "bulk"]


def test_the_table_gives_the_ratio_and_flags_what_is_over_the_limits() -> None:
    bench = _bench()
    m = bench.Measure
    table = bench.table([m("load", 100, 2.0, 4.0, 90.0, 10.0, True), m("load", 1000, 30.0, 48.0, 1500.0, 100.0, True),
                         m("bulk", 100, 1.0, 2.0, 50.0, 7.0, True), m("bulk", 1000, 10.0, 20.0, 400.0, 70.0, True)],
                        ["load", "bulk"], "1.00 → 2.00")
    [load] = [x for x in table.splitlines() if x.split()[:1] == ["load"] and "average" not in x]
    assert load.split()[1:4] == ["4.0", "48.0", "12.0"] and "> 11x" in load and "> 1 GB" in load
    [bulk] = [x for x in table.splitlines() if x.split()[:1] == ["bulk"]]
    assert bulk.split()[3] == "10.0" and ">" not in bulk
    assert "1000 articles: load ÷ Oxigraph bulk load 2.40x CPU" in table


def test_unknown_commands_and_a_single_folder_are_refused(tmp_path: Path) -> None:
    bench = _bench()
    with pytest.raises(SystemExit):
        bench.main(["--sizes", "2", "4", "--only", "build-nq,nonsense"])
    with pytest.raises(SystemExit):
        bench.main([str(tmp_path)])


@pytest.mark.slow
def test_it_measures_real_processes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bench = _bench()
    assert bench.main(["--sizes", "3", "6", "--only", "load", "--workdir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    [load] = [x for x in out.splitlines() if x.split()[:1] == ["load"] and "average" not in x]
    assert float(load.split()[2]) > 0 and float(load.split()[-1]) > 0  # CPU at 6 articles; the store on disk
    assert (tmp_path / "6" / "load-store").is_dir() and (tmp_path / "3" / "x.nq").is_file()
