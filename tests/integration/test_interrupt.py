"""Never lose work: `bnkg build` interrupted by Ctrl-C (SIGINT), SIGTERM or `kill -9`.

The build runs as a real subprocess (with its worker processes).  Whatever the signal and whenever
it comes — while articles are being read, or while the output is being written — the previous
graph file is left byte-identical, no temporary file is left behind (except by SIGKILL, which no
process can clean up after; the next build ignores it), and a rerun completes with exactly the
bytes of an uninterrupted build.  With ``--store`` a store killed midway holds only whole articles.

The child announces its progress on stdout (``READ`` per article, ``PUT`` per article stored,
``WRITING`` once the temporary output file is complete but not renamed — there it then waits), so
each signal lands at a known point however loaded the machine is.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset

from bnkg.builder.corpus.pipeline import build_result
from bnkg.rdf.serialize import serialize

from .test_bad_input import article

pytestmark = pytest.mark.slow  # builds in subprocesses, interrupted by signals

N_ARTICLES = 12
EXIT = {signal.SIGINT: 130, signal.SIGTERM: 143, signal.SIGKILL: -signal.SIGKILL}
SIGNALS = [signal.SIGINT, signal.SIGTERM, signal.SIGKILL]

CHILD = """
import os, sys, time
import bnkg.builder.article as article, bnkg.stores.embedded as store

def announce(owner, name, word):
    real = getattr(owner, name)
    def wrapper(*args, **kw):
        print(word, flush=True)
        return real(*args, **kw)
    setattr(owner, name, wrapper)

announce(article.ArticleReader, "read_file", "READ")  # also in the forked workers
announce(store, "put_graph", "PUT")
announce(store.ox.Store, "bulk_load", "BULK")
if os.environ.get("SLOW_FSYNC"):
    def slow_fsync(fd):
        print("WRITING", flush=True)
        time.sleep(60)
    os.fsync = slow_fsync
from bnkg.cli.main import main
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


@pytest.fixture(scope="module")
def earlier(corpus: Path) -> Dataset:
    """An earlier, smaller graph: what the output file holds before the interrupted build."""
    return build_result([corpus / "000.txt"]).dataset


def _bnkg(*args: str, slow_fsync: bool = False) -> subprocess.Popen[str]:
    import os

    env = {**os.environ, "SLOW_FSYNC": "1"} if slow_fsync else None
    return subprocess.Popen([sys.executable, "-c", CHILD, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)


def _wait_for(proc: subprocess.Popen[str], word: str, times: int = 1) -> None:
    """Read the child's announcements until ``word`` has come ``times`` times."""
    assert proc.stdout is not None
    seen = 0
    while seen < times:
        line = proc.stdout.readline()
        assert line, f"the build ended before {word} × {times}: {proc.communicate(timeout=60)[1][-2000:]}"
        seen += line.strip() == word


def _leftovers(folder: Path) -> list[str]:
    """Temporary files and folders (hidden: ``.graph.trig.XXXX.tmp``, the N-Quads stream's ``.runs``)."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def _previous(earlier: Dataset, out: Path) -> bytes:
    """Write the earlier graph to ``out`` (in its format) and return its bytes."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(serialize(earlier, "nquads" if out.suffix == ".nq" else "trig"))
    return out.read_bytes()


def _stopped(proc: subprocess.Popen[str], sig: int) -> str:
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == EXIT[sig], err[-2000:]
    if sig != signal.SIGKILL:
        assert err.strip().splitlines()[-1] == "bnkg: interrupted; output files were left as they were"
        assert "Traceback" not in err
    return err


@pytest.mark.parametrize("sig", SIGNALS, ids=lambda s: signal.Signals(s).name)
@pytest.mark.parametrize("suffix", [".trig", ".nq"])  # N-Quads are streamed (bnkg.builder.corpus.stream)
def test_signal_while_reading_articles(corpus: Path, earlier: Dataset, tmp_path: Path, sig: int, suffix: str) -> None:
    out = tmp_path / "out" / f"graph{suffix}"
    before = _previous(earlier, out)
    # one job: the announcements come from one process in file order (workers may finish the
    # small corpus before announcing three reads)
    proc = _bnkg("build", str(corpus), "-o", str(out), "--no-validate", "--jobs", "1")
    _wait_for(proc, "READ", 3)
    _stopped(proc, sig)
    assert out.read_bytes() == before
    if sig != signal.SIGKILL:
        assert _leftovers(out.parent) == []


@pytest.mark.parametrize("sig", SIGNALS, ids=lambda s: signal.Signals(s).name)
def test_signal_while_writing_and_the_rerun(corpus: Path, earlier: Dataset, fresh: Dataset, tmp_path: Path,
                                            sig: int) -> None:
    out = tmp_path / "out" / "graph.trig"
    before = _previous(earlier, out)
    proc = _bnkg("build", str(corpus / "001.txt"), str(corpus / "002.txt"), "-o", str(out), "--no-validate",
                 slow_fsync=True)
    _wait_for(proc, "WRITING")
    # the complete new graph, not yet renamed (and the folder of the TriG blocks it is copied from)
    assert sorted(x.endswith(".tmp") for x in _leftovers(out.parent)) == [False, True]
    _stopped(proc, sig)
    assert out.read_bytes() == before
    left = _leftovers(out.parent)
    if sig != signal.SIGKILL:
        assert left == []
        return
    assert len(left) == 2  # nothing runs after SIGKILL
    # the rerun completes, ignores the leftovers (the output folder is an input too: hidden files are
    # not articles), writes exactly what an uninterrupted build writes, and removes them
    proc = _bnkg("build", str(corpus), str(out.parent), "-o", str(out), "-q", "--no-validate")
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert out.read_bytes() == serialize(fresh, "trig")
    assert _leftovers(out.parent) == []


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
    out = str(tmp_path / "g.trig")  # (a TriG output: the in-memory build, writing article by article)
    for puts in (3, 7):  # killed as the 3rd (then the 7th) article goes into the store
        proc = _bnkg("build", str(corpus), "-o", out, "--store", str(store_dir), "-q", "--no-validate")
        _wait_for(proc, "PUT", puts)
        _stopped(proc, signal.SIGKILL)
        store = ox.Store(str(store_dir))  # reopens after the crash (RocksDB recovers its log)
        sizes = _graph_sizes(store)
        del store
        assert puts - 1 <= len(sizes) < N_ARTICLES
        for graph, n in sizes.items():
            assert n == expected[graph], f"{graph}: {n} of {expected[graph]} triples"
    proc = _bnkg("build", str(corpus), "--store", str(store_dir), "-q", "--no-validate")
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert _graph_sizes(ox.Store.read_only(str(store_dir))) == expected


def test_store_killed_in_its_bulk_load_is_refused_then_rebuilt(corpus: Path, fresh: Dataset, tmp_path: Path) -> None:
    """``build --store`` into a new store bulk-loads: killed there, the store is marked as loading (queries
    refuse it, and so does the next build); deleted, it is built again."""
    expected = {str(g.identifier): len(g) for g in fresh.graphs() if "/graph/" in str(g.identifier)
                and not str(g.identifier).endswith("/fused")}
    store_dir = tmp_path / "kg"
    proc = _bnkg("build", str(corpus), "--store", str(store_dir), "-q", "--no-validate")
    _wait_for(proc, "BULK", 1)
    _stopped(proc, signal.SIGKILL)
    query = _bnkg("query", "actors", "--store", str(store_dir))
    _, err = query.communicate(timeout=120)
    assert query.returncode == 1 and "interrupted" in err
    proc = _bnkg("build", str(corpus), "--store", str(store_dir), "-q", "--no-validate")
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 1 and "delete the folder" in err
    shutil.rmtree(store_dir)
    # the killed build's scratch folder stays (kill -9 runs nothing) until the next build beside the store
    assert [p.name.startswith(".bnkg-build.") for p in tmp_path.iterdir()] == [True]
    proc = _bnkg("build", str(corpus), "--store", str(store_dir), "-q", "--no-validate")
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert _graph_sizes(ox.Store.read_only(str(store_dir))) == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kg"]
