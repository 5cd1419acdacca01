"""Beyond one machine: the per-article step mapped over a Dask cluster gives the local build's bytes.

A LocalCluster here (threads in this process, then one worker process); on a real cluster only the
``Client`` address changes.  The driver assembles in input order with the normal graph writer.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from dask.distributed import Client, LocalCluster

from bnkg.builder.article import Skipped
from bnkg.builder.corpus.fusion import fuse
from bnkg.builder.corpus.inputs import iter_inputs
from bnkg.builder.corpus.parallel import read_article
from bnkg.builder.corpus.pipeline import build_result
from bnkg.builder.corpus.stream import article_nquads, write_nquads
from bnkg.builder.graph import IRIs, add_record, new_dataset
from bnkg.rdf.serialize import serialize

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
import corpus  # noqa: E402  (benchmarks/corpus.py)

pytestmark = pytest.mark.slow  # a Dask cluster


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    d = tmp_path_factory.mktemp("dask")
    for f in (ROOT / "examples").glob("*.txt"):
        (d / f.name).write_bytes(f.read_bytes())
    for name, text in corpus.generate(6, seed=9):
        (d / name).write_text(text, encoding="utf-8")
    return [p for p in iter_inputs([d]) if isinstance(p, Path)]


@pytest.mark.parametrize("processes", [False, True], ids=["threads", "process"])
def test_dask_build_is_byte_identical_to_the_local_build(files: list[Path], tmp_path: Path, processes: bool) -> None:
    local = build_result(files)
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=processes, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        records = client.gather(client.map(read_article, [str(f) for f in files]))
        outputs = client.gather(client.map(article_nquads, [str(f) for f in files]))
    iris = IRIs()
    ds = new_dataset(iris)
    for rec in records:  # in input order, as the local build adds them
        assert not isinstance(rec, Skipped)
        add_record(ds, rec, iris)
    fuse(ds, iris)
    assert serialize(ds, "trig") == serialize(local.dataset, "trig")

    out = write_nquads(files, outputs, tmp_path / "g.nq", engine="auto")
    assert (tmp_path / "g.nq").read_bytes() == serialize(local.dataset, "nquads")
    assert out.built == len(files) and out.report is not None
