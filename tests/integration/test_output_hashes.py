"""Byte identity: the seeds, the dev set and the examples build to exactly the recorded bytes.

The hashes in ``tests/data/output-hashes.json`` were made before the layout change of issue 12
(step 1) and guard every later move: a refactoring must not change one byte of any graph, in
TriG or in N-Quads (the streaming build), with ``--jobs 1`` or the default pool.

When a change to the reading is meant to change the graphs, regenerate the hashes with
``python tests/output_hashes.py`` and say so in the commit.  The ``../shared`` corpora (seeds, dev
set) skip with a reason when ``../shared`` is not beside the checkout.  Marked slow (twelve builds,
half of them in a process pool): run it by name when a change touches the builder.
"""

from __future__ import annotations

import json

import pytest

from ..output_hashes import CORPORA, HASHES, build_hashes

RECORDED = json.loads(HASHES.read_text(encoding="utf-8"))


@pytest.mark.slow
@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_outputs_are_byte_identical_to_the_recorded_hashes(corpus, tmp_path):
    folder = CORPORA[corpus]
    if not folder.is_dir():
        pytest.skip(f"{folder} (../shared beside this checkout) is not present")
    got = build_hashes(corpus, folder, tmp_path)
    want = {k: v for k, v in RECORDED.items() if k.startswith(f"{corpus}.")}
    assert want, f"no recorded hashes for {corpus}: run python tests/output_hashes.py"
    assert got == want
    for fmt in ("trig", "nq"):  # the pool and one process give the same bytes
        assert got[f"{corpus}.jobs-1.{fmt}"] == got[f"{corpus}.jobs-default.{fmt}"]
