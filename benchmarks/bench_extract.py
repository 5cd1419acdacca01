"""Extraction speed of two versions of bnkg on ONE realistic corpus, interleaved: a ratio that a noisy
machine cannot fake.

    python benchmarks/bench_extract.py [--old REV] [--n 300] [--rounds 5] [--shape page] [--json OUT]
    python benchmarks/bench_extract.py --corpus /work/corpora/page-1k [--old REV] [--rounds 3]

``--n`` articles shaped like real pages (benchmarks/corpus.py) are written once (or the .txt files of
``--corpus`` are read, e.g. a pre-generated corpus of the page shape); then each round runs
the extraction (``ArticleReader`` on every file, then ``record_triples`` on every record) once with
this checkout and once with ``git archive REV bnkg`` (default ``HEAD``: the last commit against the
working tree), each in its own process, alternating which goes first.  Printed per version: the
median articles per CPU-second of the extraction, of ``record_triples`` and of both, and of a
streaming build's whole worker step (read, extract, write the lines, validate: ``stream._outputs`` in
chunks of 32, as in ``bnkg build -o x.nq``) with its CPU beyond the extraction and the pickling of
what it sends to the parent, in ms per article; the ratio new/old; the load average before and after; and whether both versions wrote the same triples (a
SHA-256 over the sorted N-Quads lines: a speed-up must not change the output); and the median ms
per article of each stage of the worker but SHACL (``stages_ms``: reading the file, segmenting and
tokenising, dates, mentions, events, the record's triples, their N-Quads lines, the fused-event
readings).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def child(root: str, corpus_dir: str) -> dict[str, Any]:
    """Time one extraction of every file under ``corpus_dir`` with the bnkg found under ``root``."""
    sys.path.insert(0, root)
    import bnkg
    from bnkg.builder.article import ArticleReader
    from bnkg.builder.corpus import stream
    from bnkg.builder.graph import IRIs, record_triples
    from bnkg.rdf.nquads import nquad_lines

    if not Path(bnkg.__file__).resolve().is_relative_to(Path(root).resolve()):
        raise SystemExit(f"bnkg imported from {bnkg.__file__}, not from {root}")
    reader = ArticleReader()  # loading the mappings is not extraction: outside the timing
    files = sorted(Path(corpus_dir).glob("*.txt"))
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in files]
    c = time.process_time()
    records = [reader.read_string(text, name) for name, text in texts]
    extraction = time.process_time() - c
    iris = IRIs()
    c = time.process_time()
    triples = [record_triples(r, iris) for r in records]
    graph = time.process_time() - c
    h = hashlib.sha256()
    for r, ts in zip(records, triples, strict=True):
        for line in sorted(nquad_lines(ts, iris.graph(r.article.content_hash))):
            h.update(line.encode("utf-8"))
    state = stream._State(reader, IRIs(), stream.engine_name("auto"), False)
    c = time.process_time()
    outs = [o for i in range(0, len(files), 32) for o in stream._outputs(state, files[i:i + 32])]
    worker = time.process_time() - c
    c = time.process_time()
    pickle.loads(pickle.dumps(outs))
    pickling = time.process_time() - c
    return {"articles": len(files), "extraction_s": extraction, "record_triples_s": graph, "worker_s": worker,
            "pickle_s": pickling, "triples": sum(map(len, triples)), "sha256": h.hexdigest(),
            "stages_s": stages(files)}


def stages(files: list[Path]) -> dict[str, float]:
    """CPU seconds of each stage of the worker over ``files``, run one after the other as
    ``ArticleReader.read_string`` and ``stream._article`` chain them (a fresh reader: its memos
    start empty, as in a worker).  Empty if this version's stages are not called so."""
    from bnkg.builder.article import ArticleReader
    from bnkg.builder.corpus.fusion import graph_readings
    from bnkg.builder.dates import body_day, sentence_dates
    from bnkg.builder.graph import IRIs, record_triples
    from bnkg.builder.read import read_text
    from bnkg.builder.segment import segment, sentence_records
    from bnkg.rdf.nquads import nquad_lines

    reader, whole, iris = ArticleReader(), ArticleReader(), IRIs()  # ``whole`` reads each record in one go
    cal, lex = reader.mappings.calendar, reader.mappings.lexicons
    memo = {"words": reader.words} if hasattr(reader, "words") else {}  # (as ArticleReader.read_file reads)
    spent: dict[str, float] = dict.fromkeys(("read", "segment", "dates", "mentions", "events", "terms", "nquads",
                                             "readings"), 0.0)

    def timed(stage: str, f: Any, *args: Any, **kwargs: Any) -> Any:
        c = time.process_time()
        out = f(*args, **kwargs)
        spent[stage] += time.process_time() - c
        return out

    try:
        for p in files:
            text = timed("read", read_text, p, **memo)
            article = timed("segment", segment, text, p.name, reader.mappings, reader.memo)
            if not article.sentences:
                continue
            sents = timed("segment", sentence_records, article)
            c = time.process_time()
            today = body_day(sents, article.published, cal)
            sents = tuple(sentence_dates(x, today, cal) for x in sents)
            spent["dates"] += time.process_time() - c
            sents, entities = timed("mentions", reader.finder.read, article, sents)
            timed("events", reader.extractor.read, article, sents, entities)
            rec = whole.read_string(text, p.name)  # (the record, not timed: its stages are above)
            triples = timed("terms", record_triples, rec, iris, lex)
            timed("nquads", nquad_lines, triples, iris.graph(rec.article.content_hash), iris.written())
            timed("readings", graph_readings, triples)
    except (ImportError, TypeError, AttributeError):  # another version's stages
        return {}
    return spent


def run(root: Path, corpus_dir: Path) -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    out = subprocess.run([sys.executable, __file__, "--child", str(root), str(corpus_dir)],
                         check=True, capture_output=True, text=True, env=env, cwd=corpus_dir)
    return json.loads(out.stdout)


def summary(runs: list[dict[str, Any]]) -> dict[str, Any]:
    n = runs[0]["articles"]
    med = {k: statistics.median(r[k] for r in runs) for k in ("extraction_s", "record_triples_s")}
    return {"extraction_articles_per_cpu_s": round(n / med["extraction_s"], 1),
            "record_triples_articles_per_cpu_s": round(n / med["record_triples_s"], 1),
            "both_articles_per_cpu_s": round(n / statistics.median(r["extraction_s"] + r["record_triples_s"]
                                                                   for r in runs), 1),
            **_worker(runs), **_stages(runs), "triples": runs[0]["triples"], "sha256": runs[0]["sha256"],
            "runs_extraction_s": [round(r["extraction_s"], 3) for r in runs]}


def _stages(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Median ms per article of each stage ("terms": record_triples; "nquads": the lines)."""
    if not all(r.get("stages_s") for r in runs):
        return {}
    n = runs[0]["articles"]
    return {"stages_ms": {k: round(1000 * statistics.median(r["stages_s"][k] for r in runs) / n, 3)
                          for k in runs[0]["stages_s"]}}


def _worker(runs: list[dict[str, Any]]) -> dict[str, Any]:
    if "worker_s" not in runs[0]:
        return {}
    n = runs[0]["articles"]
    return {"worker_articles_per_cpu_s": round(n / statistics.median(r["worker_s"] for r in runs), 1),
            "worker_beyond_extraction_ms": round(1000 * statistics.median(r["worker_s"] - r["extraction_s"]
                                                                          for r in runs) / n, 2),
            "pickle_ms": round(1000 * statistics.median(r["pickle_s"] for r in runs) / n, 3)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--old", default="HEAD", help="git revision to compare the working tree with (default HEAD)")
    ap.add_argument("--n", type=int, default=300, help="articles (default 300)")
    ap.add_argument("--rounds", type=int, default=5, help="runs of each version (default 5)")
    ap.add_argument("--shape", default="page", help="benchmarks/corpus.py shape (default page)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--corpus", help="a directory of .txt pages to read instead of writing --n of them")
    ap.add_argument("--json", help="write the report here too")
    ap.add_argument("--child", nargs=2, metavar=("ROOT", "CORPUS"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(child(*args.child)))
        return 0
    sys.path.insert(0, str(ROOT / "benchmarks"))
    sys.path.insert(0, str(ROOT))
    import corpus  # benchmarks/corpus.py

    with tempfile.TemporaryDirectory(prefix="bnkg-bench-extract-") as tmp:
        work = Path(tmp)
        pages = Path(args.corpus).resolve() if args.corpus else work / "corpus"
        if args.corpus:
            args.n, args.shape = len(list(pages.glob("*.txt"))), f"files of {pages}"
        else:
            corpus.write(args.n, pages, seed=args.seed, shape=args.shape)
        old = work / "old"
        old.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.old, "bnkg"], check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(old)], input=archive, check=True)
        roots = {"old": old, "new": ROOT}
        load_before = os.getloadavg()
        runs: dict[str, list[dict[str, Any]]] = {"old": [], "new": []}
        for k in range(args.rounds):
            for name in (("old", "new") if k % 2 == 0 else ("new", "old")):
                runs[name].append(run(roots[name], pages))
                print(f"round {k + 1} {name}: {runs[name][-1]['extraction_s']:.2f} s extraction, "
                      f"{runs[name][-1]['record_triples_s']:.2f} s record_triples", file=sys.stderr)
        load_after = os.getloadavg()
    report: dict[str, Any] = {"old_revision": args.old, "articles": args.n, "shape": args.shape, "rounds": args.rounds,
                              "load_average_before": [round(x, 2) for x in load_before],
                              "load_average_after": [round(x, 2) for x in load_after]}
    report |= {name: summary(rs) for name, rs in runs.items()}
    for key in ("extraction_articles_per_cpu_s", "record_triples_articles_per_cpu_s", "both_articles_per_cpu_s",
                "worker_articles_per_cpu_s"):
        report[f"ratio_{key}"] = round(report["new"][key] / report["old"][key], 3)
    report["same_output"] = report["new"]["sha256"] == report["old"]["sha256"]
    print(json.dumps(report, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0 if report["same_output"] else 1


if __name__ == "__main__":
    sys.exit(main())
