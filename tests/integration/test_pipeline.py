"""The pipeline and the CLI: batches, bad input, atomic output, exit codes."""

from __future__ import annotations

import json
import os

import pytest

import bnkg
from bnkg.builder.corpus.pipeline import build_result
from bnkg.builder.corpus.stream import build_nquads
from bnkg.cli.main import main
from bnkg.mappings import load_mappings
from bnkg.rdf.namespaces import BNKG

from ..unit.test_yaml_keys import shipped_copy

PAGE = """প্রচ্ছদ | আন্তর্জাতিক | খেলা
পিয়ংইয়ংয়ে পৌঁছেছেন রুশ প্রতিরক্ষামন্ত্রী

আন্তর্জাতিক ডেস্ক
প্রকাশিত: ২৯ নভেম্বর ২০২৪, ১০:০০

রাশিয়ার প্রতিরক্ষামন্ত্রী আন্দ্রেই বেলোউসভ শুক্রবার উত্তর কোরিয়া সফরে পিয়ংইয়ংয়ে পৌঁছেছেন। সেখানে তিনি উত্তর কোরিয়ার নেতা কিম জং উনের সঙ্গে বৈঠক করেন। কোরিয়ান সেন্ট্রাল নিউজ এজেন্সি জানিয়েছে, দুই দেশ সামরিক সহযোগিতা বাড়াতে একমত হয়েছে।

আরও খবর
জো বাইডেন বললেন নির্বাচন সুষ্ঠু হবে
মোদির সঙ্গে বৈঠকে বসছেন শি চিন পিং
মন্তব্য করুন
"""


@pytest.fixture()
def folder(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(PAGE, encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (d / "english.txt").write_text("Kim met Putin in Pyongyang.\n", encoding="utf-8")
    (d / "menu-only.txt").write_text("প্রচ্ছদ | খেলা | বিনোদন\nমন্তব্য করুন\n", encoding="utf-8")
    (d / "notes.yaml").write_text("নোট: পুতিন বলেন, কিছু একটা।\n", encoding="utf-8")
    return d


def test_one_broken_article_does_not_stop_a_batch(folder):
    result = build_result([folder])
    assert [r.article.source_file for r in result.records] == ["good.txt"]
    reasons = {os.path.basename(s.path): s.reason for s in result.skipped}
    assert set(reasons) == {"empty.txt", "binary.txt", "english.txt", "menu-only.txt", "notes.yaml"}
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["binary.txt"]
    assert "not an article file" in reasons["notes.yaml"]
    assert "Bengali" in reasons["english.txt"]
    assert "body" in reasons["menu-only.txt"]


def test_the_page_is_read_and_chrome_names_are_not_facts(folder):
    rec = build_result([folder / "good.txt"]).records[0]
    assert rec.article.published is not None and rec.article.published.value == "2024-11-29"
    assert "biden" not in rec.mentioned and "xi_jinping" not in rec.mentioned and "modi" not in rec.mentioned
    assert {"belousov", "kim_jong_un", "north_korea", "russia"} <= set(rec.mentioned)
    assert [(v.visitor, v.destination, v.date.value if v.date else None) for v in rec.visits] == [
        ("belousov", "north_korea", "2024-11-29")]
    assert [m.participants for m in rec.meetings] == [("belousov", "kim_jong_un")]
    assert [c.claimant for c in rec.claims] == ["kcna"]


def test_same_content_twice_is_built_once(tmp_path):
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(PAGE, encoding="utf-8")
    result = build_result([tmp_path])
    assert len(result.records) == 1
    assert "same content" in result.skipped[0].reason


def test_missing_path_and_symlink_loop_are_reported(tmp_path):
    d = tmp_path / "d"
    d.mkdir()
    (d / "good.txt").write_text(PAGE, encoding="utf-8")
    (d / "loop").symlink_to(d, target_is_directory=True)
    result = build_result([d, tmp_path / "nope"])
    assert len(result.records) == 1
    reasons = " | ".join(s.reason for s in result.skipped)
    assert "no such file" in reasons
    assert "symlink loop" in reasons


def test_cli_build_writes_graph_and_report(folder, tmp_path, capsys):
    out, report = tmp_path / "g.trig", tmp_path / "skipped.jsonl"
    assert main(["build", str(folder), "-o", str(out), "--report", str(report)]) == 0
    assert bnkg.validate(bnkg.load(out)).conforms
    rows = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 5 and all(r["reason"] for r in rows)
    err = capsys.readouterr().err
    assert "skipped" in err and "built 1 article" in err


def test_cli_strict_fails_when_a_file_is_skipped(folder, tmp_path):
    assert main(["build", str(folder), "-o", str(tmp_path / "g.trig"), "--strict", "-q"]) == 1


def test_cli_fails_when_nothing_could_be_built_and_keeps_the_old_graph(tmp_path, capsys):
    out = tmp_path / "g.trig"
    out.write_text("old graph", encoding="utf-8")
    (tmp_path / "e.txt").write_bytes(b"")
    assert main(["build", str(tmp_path / "e.txt"), "-o", str(out)]) == 1
    assert out.read_text(encoding="utf-8") == "old graph"
    assert "nothing written" in capsys.readouterr().err


def test_interrupted_write_leaves_the_previous_graph(tmp_path, monkeypatch):
    from bnkg._infra import atomic

    out = tmp_path / "g.trig"
    out.write_text("old graph", encoding="utf-8")

    def boom(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "fsync", boom)
    with pytest.raises(KeyboardInterrupt):
        atomic.write_atomic(out, b"new graph")
    assert out.read_text(encoding="utf-8") == "old graph"
    assert [p.name for p in tmp_path.iterdir()] == ["g.trig"]  # no temporary file left behind


def test_cli_query_validate_and_queries(folder, tmp_path, capsys):
    out = tmp_path / "g.nq"
    main(["build", str(folder / "good.txt"), "-o", str(out), "-q"])
    capsys.readouterr()
    assert main(["query", "visits", str(out), "--actor", "বেলোউসভ", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["results"]["bindings"]) == 1
    assert main(["query", "visits", str(out), "--actor"]) == 1
    assert "needs a value" in capsys.readouterr().err
    assert main(["query", "no-such-query", str(out)]) == 1
    assert "who-met-whom" in capsys.readouterr().err
    assert main(["validate", str(out)]) == 0
    assert main(["queries"]) == 0
    assert "who-met-whom" in capsys.readouterr().out


def test_cli_reports_unreadable_graph_without_traceback(tmp_path, capsys):
    bad = tmp_path / "bad.trig"
    bad.write_text("this is { not trig", encoding="utf-8")
    assert main(["validate", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "bad.trig" in err and "Traceback" not in err
    assert main(["build", str(tmp_path), "-o", str(tmp_path / "x.unknown")]) == 1
    assert "suffix" in capsys.readouterr().err


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["trig", "nq", "ttl", "nt", "jsonld"])
def test_every_output_format_round_trips(folder, tmp_path, fmt):
    out = tmp_path / f"g.{fmt}"
    assert main(["build", str(folder / "good.txt"), "-o", str(out), "-q"]) == 0
    ds = bnkg.load(out)
    rows = bnkg.query("visits", ds).rows
    assert len(rows) == 1


def test_a_build_with_other_mappings_writes_their_cameo_codes(tmp_path) -> None:
    """The CAMEO codes come from the mappings the build reads, in memory and streaming alike (they
    once came from the shipped lexicons whatever the build was given)."""
    article = tmp_path / "in" / "visit.txt"
    article.parent.mkdir()
    article.write_text("পুতিনের সফর\n\nরুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন মঙ্গলবার পিয়ংইয়ং সফর করেন।\n", encoding="utf-8")
    (tmp_path / "m").mkdir()
    mappings = load_mappings(shipped_copy(tmp_path / "m", "triggers.yaml", 'cameo: "042"', 'cameo: "043"'))
    ds = build_result([article.parent], mappings=mappings).dataset
    in_memory = {str(q[2]) for q in ds.quads((None, BNKG.cameoCode, None, None))}
    assert in_memory == {"043"}
    build_nquads([article.parent], tmp_path / "out.nq", mappings=mappings, validate=False)
    assert '"043"' in (tmp_path / "out.nq").read_text(encoding="utf-8")
    assert '"042"' not in (tmp_path / "out.nq").read_text(encoding="utf-8")
