"""Whole answers of the canned listings, kept in the store's folder next to Oxigraph's files.

Why: the listing of every claim in a 10,000-article store is 75,000 rows of 14 columns — 36 MB of
results, which Oxigraph evaluates and serialises in ~3.5 s, where reading the same results back from
a file takes ~0.5 s.  A question with a parameter or a page is cheap (tens of milliseconds) and is not
kept; the whole answer of a listing is, by :class:`bnkg.queries.engines.StoreEngine`.

An answer is used only while the store is unchanged since it was computed.  The store's *state* is
the name, size and modification time of every file in its folder: RocksDB writes each change to a
growing log or a new file, and a reader opening the store changes none of them (a writer opening it
does, which only makes the kept answers stale).  So whatever changes the store — ``bnkg build``,
``load``, ``remove``, another program, an ``oxigraph serve`` on the folder — makes the kept answers
stale, and they are computed afresh.  An answer is kept only when the state after computing it is
the state before the store was opened to compute it: one computed while a writer changed the store is
not kept.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> kept = KeptAnswers(folder)
    >>> state = kept.state()
    >>> kept.keep("SELECT ?x WHERE { ?x ?p ?o }", b"?x\\n<http://ex.org/a>\\n", state)
    True
    >>> kept.get("SELECT ?x WHERE { ?x ?p ?o }")
    b'?x\\n<http://ex.org/a>\\n'
    >>> _ = (folder / "000009.log").write_bytes(b"a write")  # the store changed
    >>> kept.get("SELECT ?x WHERE { ?x ?p ?o }") is None
    True
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from bnkg._infra.atomic import write_chunks_atomic
from bnkg.errors import BnkgError

__all__ = ["FOLDER", "KeptAnswers"]

FOLDER = "bnkg-answers"  # in the store's folder; RocksDB leaves files it did not name alone


@dataclass(frozen=True)
class KeptAnswers:
    """The kept whole answers of the store in ``folder``: one file per query text, its first line the
    store's state it was computed on, then the results as SPARQL 1.1 TSV."""

    folder: Path

    def state(self) -> str:
        """The store's state: a digest of its files' names, sizes and modification times."""
        entries = []
        with os.scandir(self.folder) as it:
            for entry in it:
                if entry.name == FOLDER:
                    continue
                st = entry.stat(follow_symlinks=False)
                entries.append(f"{entry.name}\t{st.st_size}\t{st.st_mtime_ns}")
        return hashlib.sha256("\n".join(sorted(entries)).encode()).hexdigest()

    def get(self, sparql: str) -> bytes | None:
        """The kept results of ``sparql`` if the store is still in the state they were computed on."""
        try:
            data = self._path(sparql).read_bytes()
        except OSError:
            return None
        state, _, results = data.partition(b"\n")
        return results if state.decode("ascii", "replace") == self.state() else None

    def keep(self, sparql: str, results: bytes, state: str) -> bool:
        """Keep ``results`` of ``sparql``, computed on a store opened in ``state``, unless the store has changed
        since; answers kept on other states are removed.  Whether they were kept (a folder bnkg may not
        write, e.g. a store shared read-only, keeps nothing: the answer is still right, only not kept)."""
        if state != self.state():
            return False
        path = self._path(sparql)
        try:
            write_chunks_atomic(path, (state.encode("ascii"), b"\n", results))
            for other in path.parent.iterdir():
                if other != path and other.suffix == ".tsv" and self._kept_state(other) != state:
                    other.unlink(missing_ok=True)
        except (OSError, BnkgError):
            return False
        return True

    def _path(self, sparql: str) -> Path:
        return self.folder / FOLDER / (hashlib.sha256(sparql.encode()).hexdigest()[:32] + ".tsv")

    @staticmethod
    def _kept_state(path: Path) -> str:
        try:
            with path.open("rb") as fh:
                return fh.readline().strip().decode("ascii", "replace")
        except OSError:
            return ""
