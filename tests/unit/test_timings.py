"""bnkg._infra.timings: phases' CPU and wall seconds, printed only when BNKG_TIMINGS is set."""

from __future__ import annotations

import io
import re

from bnkg._infra.timings import ENV, Phases


def test_phases_print_nothing_when_the_variable_is_unset() -> None:
    out = io.StringIO()
    phases = Phases("build", env={}, out=out)
    phases.mark("fusion")
    assert out.getvalue() == ""


def test_phases_print_each_phase_with_its_cpu_and_wall_seconds() -> None:
    out = io.StringIO()
    phases = Phases("build", env={ENV: "1"}, out=out)
    sum(range(10_000))
    phases.mark("fusion")
    phases.mark("merge, write")
    lines = out.getvalue().splitlines()
    assert [line.split(":")[0] for line in lines] == ["build fusion", "build merge, write"]
    assert all(re.fullmatch(r"build [a-z, ]+: cpu \d+\.\d\d s, wall \d+\.\d\d s", line) for line in lines)


def test_phases_an_empty_variable_is_off() -> None:
    out = io.StringIO()
    Phases("build", env={ENV: ""}, out=out).mark("x")
    assert out.getvalue() == ""
