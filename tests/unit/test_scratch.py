"""bnkg._infra.scratch: scratch folders a killed process left behind are removed by the next one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bnkg._infra import scratch
from bnkg._infra.atomic import write_atomic
from bnkg._infra.scratch import scratch_dir, sweep


def _dead_pid() -> int:
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True)
    return int(proc.stdout)


def test_a_dead_process_scratch_is_removed_and_every_other_kept(tmp_path: Path) -> None:
    host = scratch._host()
    dead = tmp_path / f".x.nq.runs.{host}.{_dead_pid()}.abc"
    (dead / "run-1").mkdir(parents=True)
    kept = [tmp_path / f".x.nq.runs.{host}.{os.getpid()}.def",  # a process that runs (this one)
            tmp_path / f".x.nq.runs.otherhost.{_dead_pid()}.ghi",  # another host's, on a shared disk
            tmp_path / ".x.nq.runs.abc123",  # a name of an older bnkg (no host, no pid)
            tmp_path / f".y.nq.runs.{host}.{_dead_pid()}.jkl"]  # another prefix
    for k in kept:
        k.mkdir()
    file = tmp_path / f".x.nq.runs.{host}.{_dead_pid()}.file.tmp"
    file.write_text("a temporary copy")
    assert sorted(sweep(tmp_path, ".x.nq.runs.")) == sorted([dead, file])
    assert not dead.exists() and not file.exists() and all(k.exists() for k in kept)


def test_a_killed_atomic_write_is_removed_by_the_next_write_of_that_file(tmp_path: Path) -> None:
    left = tmp_path / f".g.nq.{scratch._host()}.{_dead_pid()}.abc.tmp"
    left.write_text("half a graph")
    other = tmp_path / f".h.nq.{scratch._host()}.{_dead_pid()}.abc.tmp"
    other.write_text("another file's")
    write_atomic(tmp_path / "g.nq", b"<a> <b> <c> .\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([other.name, "g.nq"])


def test_a_scratch_folder_names_its_process_and_is_gone_after(tmp_path: Path) -> None:
    left = tmp_path / f".bnkg-build.{scratch._host()}.{_dead_pid()}.xyz"
    left.mkdir()
    with scratch_dir(".bnkg-build.", tmp_path) as tmp:
        assert Path(tmp).name.startswith(f".bnkg-build.{scratch._host()}.{os.getpid()}.")
        assert not left.exists()  # swept before the new one was made
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_cannot_be_listed_is_no_error(tmp_path: Path) -> None:
    assert sweep(tmp_path / "missing", ".bnkg-build.") == []
