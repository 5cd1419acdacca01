"""bnkg.stores.answers: whole answers kept in a store's folder, used only while the store's files are unchanged."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bnkg.stores import answers
from bnkg.stores.answers import FOLDER, KeptAnswers

Q = "SELECT ?x WHERE { ?x ?p ?o }"


@pytest.fixture
def store_folder(tmp_path: Path) -> Path:
    """A folder shaped like an Oxigraph store's: a log, a table file, CURRENT."""
    for name, data in (("000008.log", b"w1"), ("000011.sst", b"table"), ("CURRENT", b"MANIFEST-000010\n")):
        (tmp_path / name).write_bytes(data)
    return tmp_path


def test_an_answer_is_used_until_any_file_of_the_store_changes(store_folder: Path) -> None:
    kept = KeptAnswers(store_folder)
    assert kept.keep(Q, b"rows", kept.state())
    assert kept.get(Q) == b"rows" and kept.get(Q + " LIMIT 1") is None
    log = store_folder / "000008.log"
    log.write_bytes(b"w1w2")  # a transaction appended to the log
    assert kept.get(Q) is None
    assert kept.keep(Q, b"rows2", kept.state()) and kept.get(Q) == b"rows2"
    (store_folder / "000012.sst").write_bytes(b"t")  # a flush or compaction wrote a new file
    assert kept.get(Q) is None
    kept.keep(Q, b"rows3", kept.state())
    st = log.stat()
    os.utime(log, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))  # same size, written again
    assert kept.get(Q) is None


def test_the_kept_answers_are_not_part_of_the_state(store_folder: Path) -> None:
    kept = KeptAnswers(store_folder)
    before = kept.state()
    kept.keep(Q, b"rows", before)
    assert (store_folder / FOLDER).is_dir() and kept.state() == before


def test_an_answer_computed_while_the_store_changed_is_not_kept(store_folder: Path) -> None:
    kept = KeptAnswers(store_folder)
    opened = kept.state()
    (store_folder / "000008.log").write_bytes(b"w1w2")  # another process wrote while the answer was computed
    assert not kept.keep(Q, b"old rows", opened)
    assert kept.get(Q) is None


def test_answers_kept_on_an_earlier_state_are_removed(store_folder: Path) -> None:
    kept = KeptAnswers(store_folder)
    kept.keep(Q, b"a", kept.state())
    (store_folder / "000008.log").write_bytes(b"w1w2")
    kept.keep(Q + " ORDER BY ?x", b"b", kept.state())
    assert len(list((store_folder / FOLDER).glob("*.tsv"))) == 1


def test_a_folder_bnkg_cannot_write_keeps_nothing(store_folder: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(answers, "write_chunks_atomic", refused)
    kept = KeptAnswers(store_folder)
    assert kept.keep(Q, b"rows", kept.state()) is False
    assert kept.get(Q) is None


def test_a_missing_or_unreadable_answer_is_no_answer(store_folder: Path) -> None:
    kept = KeptAnswers(store_folder)
    assert kept.get(Q) is None
    (store_folder / FOLDER).mkdir()
    kept._path(Q).mkdir()  # (a folder where the file should be)
    assert kept.get(Q) is None
