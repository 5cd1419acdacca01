"""Issue 15, "Nothing lost, nothing leaked": one regression test per defect, named after it.

The Bengali sentences here are written for these tests."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

import bnkg
from bnkg._infra.lock import lock_path
from bnkg.cli.main import main
from bnkg.rdf.namespaces import BNKG

DAYS = ["এক", "দুই", "তিন", "চার", "পাঁচ", "ছয়", "সাত", "আট", "নয়", "দশ", "এগারো", "বারো"]


def article(folder: Path, name: str, n: int) -> Path:
    """A small article of its own content (``n`` varies the text, so the content hash differs)."""
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / name
    p.write_text(f"উত্তর কোরিয়ার নেতা কিম জং উন আজ মস্কো সফরে গেছেন; সফরটি {DAYS[n % 12]} দিনের, ক্রমিক {n}।\n\n"
                 "সেখানে রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের সঙ্গে তাঁর বৈঠক হয়েছে বলে জানা গেছে।\n", encoding="utf-8")
    return p


def sources(graph: Path) -> set[str]:
    """The source file names of the articles a graph file holds (the file must parse back)."""
    ds = bnkg.load(graph)
    return {str(o) for _, _, o, _ in ds.quads((None, BNKG.sourceFile, None, None))}


# --- 1. concurrent edits lose work -------------------------------------------------------------------


def test_1_concurrent_edits_lose_work_no_wait_fails_at_once_while_locked(tmp_path: Path,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    a, b = article(tmp_path / "in", "a.txt", 1), article(tmp_path / "in", "b.txt", 2)
    g = tmp_path / "g.trig"
    assert main(["build", str(a), "-o", str(g), "-q", "--no-validate"]) == 0
    before = g.read_bytes()
    fd = os.open(lock_path(g), os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # another process is changing the graph
        assert main(["build", str(b), "--into", str(g), "-q", "--no-validate", "--no-wait"]) == 1
        assert main(["remove", "a.txt", "--from", str(g), "-q", "--no-wait"]) == 1
    finally:
        os.close(fd)
    err = capsys.readouterr().err
    assert err.count("is being changed by another bnkg process") == 2 and str(g) in err
    assert g.read_bytes() == before
    assert main(["build", str(b), "--into", str(g), "-q", "--no-validate", "--no-wait"]) == 0
    assert sources(g) == {"a.txt", "b.txt"}
    assert not any(p.name.endswith(".tmp") for p in tmp_path.iterdir())


@pytest.mark.slow
def test_1_concurrent_edits_lose_work_eight_processes_on_one_file(tmp_path: Path) -> None:
    """8 processes at once on one graph: 6 ``build --into`` and 2 ``remove``; every change survives."""
    keep = article(tmp_path / "in", "keep.txt", 0)
    gone = [article(tmp_path / "in", f"gone{i}.txt", 10 + i) for i in range(2)]
    new = [article(tmp_path / "in", f"new{i}.txt", 20 + i) for i in range(6)]
    g = tmp_path / "g.trig"
    assert main(["build", str(keep), *map(str, gone), "-o", str(g), "-q", "--no-validate", "--jobs", "1"]) == 0
    commands = [["build", str(p), "--into", str(g), "--no-validate", "--jobs", "1"] for p in new]
    commands += [["remove", p.name, "--from", str(g)] for p in gone]
    procs = [subprocess.Popen([sys.executable, "-m", "bnkg.cli", *c], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for c in commands]
    outs = [(p.wait(timeout=240), p.stderr.read() if p.stderr else "") for p in procs]
    assert [rc for rc, _ in outs] == [0] * 8, outs
    assert sources(g) == {"keep.txt"} | {p.name for p in new}
    assert any("waiting for another bnkg process" in err for _, err in outs)  # they did meet


# --- 2. unreadable TriG written with exit 0; foreign triples kept ----------------------------------


def test_2_unreadable_trig_from_nquads_and_foreign_data_parses_back(tmp_path: Path) -> None:
    a, b = article(tmp_path / "in", "a.txt", 1), article(tmp_path / "in", "b.txt", 2)
    two = tmp_path / "two.nq"
    assert main(["build", str(a), str(b), "-o", str(two), "-q", "--no-validate"]) == 0
    out = tmp_path / "out.trig"
    assert main(["remove", "a.txt", "--from", str(two), "-o", str(out), "-q"]) == 0
    assert sources(out) == {"b.txt"}
    c = article(tmp_path / "in", "c.txt", 3)
    assert main(["build", str(c), "--into", str(two), "-o", str(out), "-q", "--no-validate"]) == 0
    assert sources(out) == {"a.txt", "b.txt", "c.txt"}
    # a TriG bnkg did not write: FOAF data in its own named graph and in the default graph
    foaf = tmp_path / "foaf.trig"
    foaf.write_text("@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n@prefix ex: <http://example.org/> .\n"
                    "ex:people { ex:alice foaf:name \"Alice\" ; foaf:knows ex:bob . }\n"
                    "ex:bob foaf:name \"Bob\" .\n", encoding="utf-8")
    assert main(["build", str(a), "--into", str(foaf), "-q", "--no-validate"]) == 0
    ds = bnkg.load(foaf)
    alice, name = URIRef("http://example.org/alice"), URIRef("http://xmlns.com/foaf/0.1/name")
    assert (alice, name, Literal("Alice"), URIRef("http://example.org/people")) in ds
    assert (URIRef("http://example.org/bob"), name, Literal("Bob")) in ds.default_graph
    assert sources(foaf) == {"a.txt"}
    for fmt in (".nq", ".ttl", ".nt", ".jsonld"):  # every format written parses back
        other = tmp_path / f"copy{fmt}"
        bnkg.save(ds, other)
        assert len(bnkg.load(other)) > 0


# --- 4. a symlinked output is replaced ---------------------------------------------------------------


def test_4_a_symlinked_output_is_written_through(tmp_path: Path) -> None:
    a, b = article(tmp_path / "in", "a.txt", 1), article(tmp_path / "in", "b.txt", 2)
    real = tmp_path / "data" / "graph.trig"
    real.parent.mkdir()
    assert main(["build", str(a), "-o", str(real), "-q", "--no-validate"]) == 0
    link_dir = tmp_path / "link"
    link_dir.symlink_to(real.parent)
    link = tmp_path / "g.trig"
    link.symlink_to(real)
    assert main(["build", str(b), "--into", str(link), "-q", "--no-validate"]) == 0
    assert link.is_symlink() and sources(real) == {"a.txt", "b.txt"}
    assert main(["remove", "b.txt", "--from", str(link_dir / "graph.trig"), "-q"]) == 0
    assert sources(real) == {"a.txt"}
    assert sorted(p.name for p in real.parent.iterdir()) == [".graph.trig.lock", "graph.trig"]


def test_4_a_non_regular_output_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = article(tmp_path / "in", "a.txt", 1)
    fifo = tmp_path / "pipe.trig"
    os.mkfifo(fifo)
    folder = tmp_path / "dir.trig"
    folder.mkdir()
    assert main(["build", str(a), "-o", str(fifo), "-q", "--no-validate"]) == 1
    assert main(["build", str(a), "-o", str(folder), "-q", "--no-validate"]) == 1
    dev = Path("/dev/null")
    assert main(["build", str(a), "-o", str(tmp_path / "ok.trig"), "--report", str(dev), "-q"]) == 1
    err = capsys.readouterr().err
    assert f"{fifo} is a FIFO" in err and f"{folder} is a folder" in err and "/dev/null is a device" in err
    assert fifo.exists() and not fifo.is_file() and folder.is_dir() and not (tmp_path / "ok.trig").exists()


# --- 6. mixed bases merge silently -------------------------------------------------------------------


def test_6_mixed_bases_are_refused_naming_both(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = article(tmp_path / "in", "a.txt", 1), article(tmp_path / "in", "b.txt", 2)
    g = tmp_path / "g.trig"
    assert main(["build", str(a), "-o", str(g), "--base", "https://example.org/kg/", "-q", "--no-validate"]) == 0
    before = g.read_bytes()
    assert main(["build", str(b), "--into", str(g), "-q", "--no-validate"]) == 1
    assert main(["remove", "a.txt", "--from", str(g), "-q"]) == 1
    err = capsys.readouterr().err
    assert err.count("https://example.org/kg/") >= 2 and "https://w3id.org/bnkg/id/" in err
    assert g.read_bytes() == before
    assert main(["build", str(b), "--into", str(g), "--base", "https://example.org/kg/", "-q", "--no-validate"]) == 0
    assert sources(g) == {"a.txt", "b.txt"}


# --- 10. output equal to an input --------------------------------------------------------------------


def test_10_output_equal_to_an_input_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = article(tmp_path / "in", "a.txt", 1)
    text = a.read_bytes()
    assert main(["build", str(a), "-o", str(a), "--format", "trig", "-q", "--no-validate"]) == 1
    link = tmp_path / "a-link.txt"
    link.symlink_to(a)
    assert main(["build", str(a), "-o", str(tmp_path / "g.trig"), "--report", str(link), "-q"]) == 1
    g = tmp_path / "g.trig"
    assert main(["build", str(a), "-o", str(g), "-q", "--no-validate"]) == 0
    assert a.read_bytes() == text
    assert "is the input file" in capsys.readouterr().err


def test_16_report_at_the_path_of_the_output_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = article(tmp_path / "in", "a.txt", 1)
    g = tmp_path / "g.trig"
    assert main(["build", str(a), "-o", str(g), "--report", str(g), "-q", "--no-validate"]) == 1
    assert main(["build", str(a), "-o", str(g), "--report", str(tmp_path), "-q", "--no-validate"]) == 1
    err = capsys.readouterr().err
    assert "given twice as an output" in err and "is a folder" in err and ".tmp" not in err
    assert not g.exists()
