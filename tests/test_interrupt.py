"""Never lose work: `bnkg build` interrupted by Ctrl-C (SIGINT), SIGTERM or `kill -9`.

The build runs as a real subprocess.  Whatever the signal and whenever it comes — while articles
are being read, or while the output is being written — the previous graph file is left
byte-identical, no temporary file is left behind (except by SIGKILL, which no process can clean
up after; the next build ignores it), and a rerun completes with exactly the bytes of an
uninterrupted build.  With ``--store`` a store killed midway holds only complete articles.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset

from bnkg.builder.pipeline import build_result
from bnkg.serialize import serialize

from .test_bad_input import article

N_ARTICLES = 18  # a build of a few seconds
EXIT = {signal.SIGINT: 130, signal.SIGTERM: 143, signal.SIGKILL: -signal.SIGKILL}
SIGNALS = [signal.SIGINT, signal.SIGTERM, signal.SIGKILL]

# Runs the CLI with os.fsync slowed down: it says WRITING once the temporary output file is
# complete but not yet renamed, so a signal can be sent at exactly that moment.
SLOW_WRITE = """
import os, sys, time
def slow_fsync(fd):
    print("WRITING", flush=True)
    time.sleep(60)
os.fsync = slow_fsync
from bnkg.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("corpus")
    for i in range(N_ARTICLES):
        (d / f"{i:03d}.txt").write_text(article(i), encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def fresh(corpus: Path) -> Dataset:
    """The uninterrupted build, in process."""
    return build_result([corpus]).dataset


def _bnkg(*args: str, code: str | None = None) -> subprocess.Popen[str]:
    cmd = [sys.executable, "-c", code, *args] if code else [sys.executable, "-m", "bnkg.cli", *args]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture()
def previous(corpus: Path, tmp_path: Path) -> Iterator[tuple[Path, bytes]]:
    """An output folder holding the graph of an earlier, smaller build."""
    out = tmp_path / "out" / "graph.trig"
    proc = _bnkg("build", str(corpus / "000.txt"), "-o", str(out), "-q", "--no-validate")
    assert proc.wait(60) == 0, proc.stderr.read() if proc.stderr else ""
    yield out, out.read_bytes()


@pytest.mark.parametrize("sig", SIGNALS, ids=lambda s: signal.Signals(s).name)
def test_signal_while_reading_articles(corpus: Path, previous: tuple[Path, bytes], sig: int) -> None:
    out, before = previous
    proc = _bnkg("build", str(corpus), "-o", str(out), "--no-validate")
    time.sleep(1.2)  # imports done, articles being read (the whole build takes several seconds)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == EXIT[sig], err
    assert out.read_bytes() == before
    assert _leftovers(out.parent) == []
    if sig != signal.SIGKILL:
        assert err.strip().splitlines()[-1] == "bnkg: interrupted; output files were left as they were"
        assert "Traceback" not in err


@pytest.mark.parametrize("sig", SIGNALS, ids=lambda s: signal.Signals(s).name)
def test_signal_while_writing_and_the_rerun(corpus: Path, previous: tuple[Path, bytes], fresh: Dataset,
                                            sig: int) -> None:
    out, before = previous
    proc = _bnkg("build", str(corpus / "001.txt"), str(corpus / "002.txt"), "-o", str(out), "--no-validate",
                 code=SLOW_WRITE)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "WRITING"
    assert len(_leftovers(out.parent)) == 1  # the complete new graph, not yet renamed
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == EXIT[sig], err
    assert out.read_bytes() == before
    left = _leftovers(out.parent)
    if sig != signal.SIGKILL:
        assert left == []
        return
    assert len(left) == 1  # nothing runs after SIGKILL
    # the rerun completes, ignores the leftover (the output folder is an input too: hidden files are
    # not articles), and writes exactly what an uninterrupted build writes
    proc = _bnkg("build", str(corpus), str(out.parent), "-o", str(out), "-q", "--no-validate")
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert out.read_bytes() == serialize(fresh, "trig")


def _graph_sizes(store: ox.Store) -> dict[str, int]:
    sizes: dict[str, int] = {}
    for q in store.quads_for_pattern(None, None, None, None):
        if isinstance(q.graph_name, ox.NamedNode) and not q.graph_name.value.endswith("/fused"):
            sizes[q.graph_name.value] = sizes.get(q.graph_name.value, 0) + 1
    return sizes


def test_store_killed_midway_holds_only_whole_articles(corpus: Path, fresh: Dataset, tmp_path: Path) -> None:
    expected = {str(g.identifier): len(g) for g in fresh.graphs() if "/graph/" in str(g.identifier)
                and not str(g.identifier).endswith("/fused")}
    assert len(expected) == N_ARTICLES
    store_dir = tmp_path / "kg"
    seen: list[int] = []
    for delay in (1.0, 1.8):
        proc = _bnkg("build", str(corpus), "--store", str(store_dir), "-q", "--no-validate")
        time.sleep(delay)
        proc.kill()
        proc.wait(60)
        assert proc.returncode == -signal.SIGKILL
        store = ox.Store(str(store_dir))  # reopens after the crash (RocksDB recovers its log)
        sizes = _graph_sizes(store)
        del store
        for graph, n in sizes.items():
            assert n == expected[graph], f"{graph}: {n} of {expected[graph]} triples"
        seen.append(len(sizes))
    assert max(seen) > 0 and min(seen) < N_ARTICLES, f"not killed midway ({seen} articles); resize the corpus"
    proc = _bnkg("build", str(corpus), "--store", str(store_dir), "-q", "--no-validate")
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    store = ox.Store.read_only(str(store_dir))
    assert _graph_sizes(store) == expected
