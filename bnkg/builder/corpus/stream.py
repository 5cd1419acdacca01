"""A streaming build: N-Quads written as the articles are read, in memory that does not grow with them.

Why: a corpus of 10⁵–10⁶ articles does not fit in an rdflib Dataset (~1 kB of Python objects per
triple).  Here each article becomes its triples, its N-Quads lines and its SHACL violations in a
worker process (:func:`article_output`, a pure function of the file); the parent keeps only

* the lines, in sorted runs of bounded size on disk, merged at the end into one sorted file;
* the compact **fused-event index**: the readings of :mod:`bnkg.builder.corpus.fusion` (a few small
  tuples per event) and the descriptions of the actors and places (a few thousand triples),
  from which the fused graph is written, and the cross-article shapes are validated, at the end;
* the content hashes seen (duplicates are built once).

The file equals ``bnkg.rdf.serialize.serialize(build_result(paths).dataset, "nquads")`` byte for
byte: the same lines (:mod:`bnkg.rdf.nquads`), sorted and de-duplicated the same way.

TriG the same way (``fmt="trig"``): each worker writes its article's graph block
(:func:`bnkg.rdf.serialize.trig_graph`, rdflib's Turtle of that graph alone), the parent appends the
blocks to a file on disk and, at the end, copies them in graph-IRI order after the header, with the
fused graph's block in its place: the bytes of ``serialize(…, "trig")``, without the multi-context
store (whose per-triple context lookups made it quadratic, 2.9 GB at 5,000 articles).

SHACL: each article graph is validated in its worker (its events, claims, evidence and the article
itself: everything but the shared actors and places); at the end the actors and places are
validated once on the union of their descriptions, and the fused events with the articles they
cite.  The two partial reports together equal :func:`bnkg.ontology.validate` on the whole graph
(:mod:`bnkg.ontology.shacl_parallel` explains why; a test compares them).
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import multiprocessing
import os
import signal
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Generic, TypeVar

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDFS
from rdflib.term import Node

from bnkg._infra.atomic import write_chunks_atomic
from bnkg._infra.collector import paused
from bnkg._infra.pool import chunk_size, ordered_map, same
from bnkg._infra.scratch import scratch_dir
from bnkg._infra.timings import Phases
from bnkg.builder.article import ArticleReader, Skipped, extract_file
from bnkg.builder.corpus.fusion import Reading, claim_ranks, fused_triples, graph_readings, surname_links
from bnkg.builder.corpus.inputs import ContentSeen, iter_inputs
from bnkg.builder.corpus.parallel import default_reader
from bnkg.builder.graph import IRIs, Triple, new_dataset, record_triples
from bnkg.builder.records import FACT_KINDS, ArticleRecord, fact_counts
from bnkg.mappings import Lexicons, Mappings
from bnkg.ontology.shacl import ValidationReport, Violation, sorted_violations
from bnkg.ontology.shacl_check import default_checker
from bnkg.ontology.shacl_parallel import (
    engine_name,
    run_shacl,
    run_shacl_lines,
    run_shacl_nt,
    sparql_silent,
    sparql_silent_nt,
)
from bnkg.rdf.iri import check_base
from bnkg.rdf.namespaces import BNKG, DEFAULT_BASE, RDF
from bnkg.rdf.nquads import nquad_lines, ntriple_lines
from bnkg.rdf.serialize import trig_graph, trig_header, trig_prefixes

__all__ = ["STREAM_FORMATS", "ArticleOutput", "StreamResult", "article_nquads", "article_output", "build_nquads",
           "write_nquads"]

STREAM_FORMATS = ("nquads", "trig")
T = TypeVar("T")

RUN_CHARS = 16_000_000  # bytes of N-Quads (UTF-8) held in memory before a sorted run goes to disk
MAX_RUNS = 64  # runs merged at once (open files)


@dataclass(frozen=True, slots=True)
class ArticleOutput:
    """What the parent needs of one article: its lines, its share of the fused index, its report."""

    path: str
    content_hash: str
    lines: tuple[str, ...]  # the named graph's N-Quads lines, sorted, without newlines
    readings: tuple[Reading, ...]
    entities: tuple[str, ...]  # the descriptions of the actors and places it mentions (N-Triples, no newline)
    facts: tuple[int, ...]  # visits, meetings, agreements, claims, accusations
    violations: tuple[Violation, ...] | None  # None: not validated
    notes: tuple[str, ...] = ()  # what was odd about the page (Article.notes)
    trig: str | None = None  # its TriG block (a TriG build; its lines are then dropped once validated)
    triples: int = 0  # its triples
    # its lines as one UTF-8 block, a newline between them (what a worker sends instead of ``lines``:
    # one bytes object pickles as a copy, and the parent sorts and writes bytes without encoding them)
    block: bytes = b""
    claims: tuple[URIRef, ...] = ()  # its claims and accusations (the parent ranks them: fusion.claim_ranks)
    source_file: str = ""
    # its triples describing an actor or place; None: len(entities) (a pool's worker leaves out of
    # ``entities`` the lines it already sent with an earlier article, so they may be fewer)
    shared: int | None = None


@dataclass
class StreamResult:
    """The outcome of :func:`build_nquads` (the records themselves are not kept)."""

    output: str
    built: int = 0
    quads: int = 0  # lines of the N-Quads file; for TriG, distinct triples (what the classic build counts)
    skipped: list[Skipped] = field(default_factory=list)
    facts: Counter[str] = field(default_factory=Counter)
    report: ValidationReport | None = None
    runs: int = 0  # sorted runs written to disk (1 = the corpus fitted in one)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (file, note): odd pages read anyway


def article_output(rec: ArticleRecord, path: str, iris: IRIs) -> ArticleOutput:
    """One record → its lines and index entries (no SHACL: :func:`_outputs` validates chunks)."""
    return _article(rec, path, iris)[0]


def _article(rec: ArticleRecord, path: str, iris: IRIs, prefixes: tuple[tuple[str, str], ...] | None = None,
             lexicons: Lexicons | None = None) -> tuple[ArticleOutput, _Checkable]:
    """``prefixes``: a TriG build's header prefixes (the block is written here, in the worker);
    ``lexicons``: those of the reader's mappings (the CAMEO codes; default: the shipped ones)."""
    triples = record_triples(rec, iris, lexicons)
    nodes = {iris.entity(e) for e in rec.entities}
    gid = iris.graph(rec.article.content_hash)
    quads = nquad_lines(triples, gid, iris.written())  # in the order of the triples
    cut = len(gid.n3()) + 3  # " <graph> ." after the triple
    shared = [t[0] in nodes for t in triples]  # what graph.entity_triples wrote
    # the descriptions as N-Triples text: the parent de-duplicates strings, not tuples of rdflib
    # terms (whose unpickling and hashing were a fifth of its time)
    ents = tuple(q[:-cut] + " ." for q, e in zip(quads, shared, strict=True) if e)
    facts = tuple(fact_counts([rec]).values())
    trig = None if prefixes is None else trig_graph(gid, triples, prefixes)
    claims = tuple(s for s, p, o in triples if o in _CLAIM_CLASSES and p in _TYPED)  # (sets: no == per triple)
    out = ArticleOutput(path, rec.article.content_hash, tuple(sorted(quads)), tuple(graph_readings(triples)), ents,
                        facts, None, rec.article.notes, trig, len(triples), claims=claims, source_file=rec.article.source_file)  # type: ignore[arg-type]
    return out, _Checkable(triples, quads, shared, cut)


@dataclass(frozen=True, slots=True)
class _Checkable:
    """What the worker's SHACL call needs of an article beyond its output (it stays in the worker)."""

    triples: list[Triple]
    quads: list[str]  # nquad_lines of the triples, in their order
    shared: list[bool]  # per triple: about an actor or place (validated by the parent, on the union)
    cut: int  # characters of " <graph> ." at the end of each quad

    def focus(self) -> list[URIRef]:
        """The nodes this article owns: typed here, not an actor or place."""
        return list(dict.fromkeys(s for (s, p, _), e in zip(self.triples, self.shared, strict=True)
                                  if not e and p in _TYPED))  # type: ignore[misc]

    def shacl_terms(self) -> list[list[str]]:
        """The triples of :meth:`shacl_lines`, each its three N-Triples terms (from the lines: the
        strings compare in C, rdflib's terms in Python)."""
        cut, typed = self.cut, _TYPED_NT
        terms = [q[:-cut].split(" ", 2) for q in self.quads]
        return [t for t, e in zip(terms, self.shared, strict=True) if not e or t[1] == typed]

    def shacl_lines(self) -> Iterator[str]:
        """The N-Triples its owned nodes are validated on: all but the actors' and places'
        descriptions, of which only the types stay (``sh:class`` reads them; nothing else of them
        is read one hop from an owned node)."""
        for (_, p, _), q, e in zip(self.triples, self.quads, self.shared, strict=True):
            if not e or p in _TYPED:
                yield q[:-self.cut] + " .\n"


# rdf:type as a set: membership is a hash and an identity test, where == of two terms is a Python call
_TYPED = frozenset({RDF.type})
_TYPED_NT = f"<{RDF.type}>"
_CLAIM_CLASSES = frozenset({BNKG.Claim, BNKG.Accusation})


def _validated(outs: list[ArticleOutput], checks: list[_Checkable], engine: str) -> list[ArticleOutput]:
    """One SHACL call for a chunk of articles; each keeps the violations of the nodes it owns.

    The shared actors and places are left out here (validated once, on their union, at the end).
    """
    if not outs:
        return outs
    # a copy of an article (same IRIs, another file name) would add a second bnkg:sourceFile to the
    # union; the parent builds only the first copy anyway, so later copies are not validated
    first = {o.content_hash: i for i, o in reversed(list(enumerate(outs)))}
    todo = [i for i, o in enumerate(outs) if first[o.content_hash] == i]
    owner: dict[str, int] = {}
    owned: dict[int, list[URIRef]] = {i: [] for i in todo}
    for i in todo:
        for s in checks[i].focus():
            if owner.setdefault(str(s), i) == i:
                owned[i].append(s)
    # the articles the checker proves conform need no engine call (most of them): their report is empty
    checker = default_checker()
    todo = [i for i in todo if not checker.proves(checks[i].shacl_terms(), [n.n3() for n in owned[i]])]
    focus = [s for i in todo for s in owned[i]]
    if not todo:
        report = ValidationReport(conforms=True, violations=())
    elif engine_name(engine) == "turbo":  # the owned nodes as focus, on N-Triples from the lines at hand
        # the SHACL-SPARQL constraints (a third of the engine's time) only where they could find something
        sparql = not sparql_silent(t for i in todo for t in checks[i].triples)
        report = run_shacl_nt((line for i in todo for line in checks[i].shacl_lines()), focus, sparql)
    else:  # pyshacl given focus nodes reports fewer results than on the whole graph: none here
        report = run_shacl([t for i in todo for t in checks[i].triples], engine)
    mine: list[list[Violation]] = [[] for _ in outs]
    for v in report.violations:
        if v.focus in owner:
            mine[owner[v.focus]].append(v)
    return [replace(out, violations=tuple(vs)) for out, vs in zip(outs, mine, strict=True)]


@dataclass(frozen=True)
class _State:
    reader: ArticleReader
    iris: IRIs
    engine: str | None  # None: no SHACL
    debug: bool
    prefixes: tuple[tuple[str, str], ...] | None = None  # a TriG build: the header's prefixes
    # the description lines this process has sent (with the first of its articles naming each
    # actor or place): 10,000 articles repeat 4,700 lines 1,500,000 times, which the parent unpickled
    # and hashed only to drop.  The parent keeps the first copy of an article and the outputs of
    # each process arrive in input order, so every line still comes with a built article, and first
    # in the same order.  Each worker has its own (inherited by fork, or pickled).
    sent: set[str] = field(default_factory=set, compare=False)


def _outputs(state: _State, chunk: Sequence[Path]) -> list[ArticleOutput | Skipped]:
    """A chunk of files → their outputs, in order (runs in a worker, or in the parent for jobs=1)."""
    got: list[ArticleOutput | Skipped] = []
    outs: list[ArticleOutput] = []
    checks: list[_Checkable] = []  # stay in the worker: only the lines travel
    for path in chunk:
        rec = extract_file(state.reader, path, state.debug)
        if isinstance(rec, Skipped):
            got.append(rec)
            continue
        out, check = _article(rec, str(path), state.iris, state.prefixes, state.reader.mappings.lexicons)
        got.append(out)
        outs.append(out)
        checks.append(check)
    if state.engine is not None:
        checked = iter(_validated(outs, checks, state.engine))
        got = [next(checked) if isinstance(g, ArticleOutput) else g for g in got]
    sent = state.sent
    for i, g in enumerate(got):
        if isinstance(g, ArticleOutput) and g.entities:
            new = tuple(e for e in g.entities if e not in sent)
            sent.update(new)
            got[i] = replace(g, entities=new, shared=len(g.entities))
    if state.prefixes is not None:  # the parent writes the TriG blocks: the lines need not travel
        got = [replace(g, lines=()) if isinstance(g, ArticleOutput) else g for g in got]
    else:
        got = [replace(g, lines=(), block="\n".join(g.lines).encode("utf-8"))
               if isinstance(g, ArticleOutput) and g.lines else g for g in got]
    return got


class _Runs:
    """Lines in sorted runs on disk, merged at the end: bounded memory, the order of ``sorted()``.

    The lines are UTF-8 bytes: they sort as their text does (UTF-8 keeps the code point order) but
    compare with memcmp, and go to disk without being encoded."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.buffer: list[bytes] = []
        self.chars = 0
        self.files: list[Path] = []

    def add(self, lines: Sequence[str]) -> None:
        self.add_block("\n".join(lines).encode("utf-8"), len(lines))

    def add_block(self, block: bytes, n: int | None = None) -> None:
        """Lines joined by newlines (``n`` of them, if known; an empty block has none)."""
        if n == 0 or not block:
            return
        self.buffer.extend(block.split(b"\n"))
        self.chars += len(block)
        if self.chars >= RUN_CHARS:
            self.flush()

    @staticmethod
    def write_run(path: Path, lines: Iterable[str]) -> None:
        """``lines`` once each, sorted, as the file ``path`` (the fused graph's: not joined, encoded and
        split again with the buffer's, which held 4 copies of its 500,000 lines at 10,000 articles).
        Text sorts as its UTF-8 does (code point order), so the file is sorted as the runs are."""
        ordered = sorted(set(lines))
        with path.open("wb") as fh:
            for i in range(0, len(ordered), 4096):
                fh.write(("".join(line + "\n" for line in ordered[i:i + 4096])).encode("utf-8"))

    def merge_into(self, path: Path) -> Path:
        """Every line once, sorted, into the file ``path`` (what a process beside the fusion does)."""
        with path.open("wb") as fh:
            for chunk in self.merged([]):
                fh.write(chunk)
        return path

    def flush(self) -> None:
        if not self.buffer:
            return
        path = self.folder / f"run{len(self.files):06d}"
        # sorted, not de-duplicated: a repeated line lands next to its copies, which merged() drops
        # (a set of every line cost the parent a hash of every line)
        self.buffer.sort()
        self._write(path, self.buffer)
        self.files.append(path)
        self.buffer, self.chars = [], 0

    @staticmethod
    def _write(path: Path, lines: Sequence[bytes], batch: int = 4096) -> int:
        with path.open("wb") as fh:
            for i in range(0, len(lines), batch):  # a write per batch, not two per line
                fh.write(b"\n".join(lines[i:i + batch]) + b"\n")
        return len(lines)

    def merged(self, counted: list[int]) -> Iterator[bytes]:
        """Every line once, sorted (runs merged ``MAX_RUNS`` at a time), as UTF-8 with its newline,
        in chunks of many lines; their number is appended to ``counted``.

        Bytes, not text: UTF-8 sorts as its code points do, so the order is the same, and the lines
        go from the runs to the file without being decoded, cut and encoded again."""
        self.flush()
        while len(self.files) > MAX_RUNS:
            group, self.files = self.files[:MAX_RUNS], self.files[MAX_RUNS:]
            path = self.folder / f"merge{len(self.files):06d}_{group[0].name}"
            with ExitStack() as stack, path.open("wb") as fh:
                for chunk in _unique_batches(heapq.merge(*(_read(stack, p) for p in group)), []):
                    fh.write(chunk)
            for p in group:
                p.unlink()
            self.files.append(path)
        with ExitStack() as stack:
            yield from _unique_batches(heapq.merge(*(_read(stack, p) for p in self.files)), counted)


class _Blocks:
    """TriG graph blocks appended to a file on disk, copied out at the end in graph-IRI order."""

    def __init__(self, folder: Path, prefixes: tuple[tuple[str, str], ...]) -> None:
        self.prefixes = prefixes
        self.fh = (folder / "blocks").open("w+b")
        self.index: list[tuple[str, int, int]] = []  # (graph IRI, offset, length)

    def add(self, graph: Node, block: str) -> None:
        if not block:
            return
        data = block.encode("utf-8")
        self.index.append((str(graph), self.fh.tell(), len(data)))
        self.fh.write(data)

    def chunks(self) -> Iterator[bytes]:
        """The whole file: the header, then the blocks sorted by graph IRI, a blank line between."""
        yield trig_header(self.prefixes).encode("utf-8")
        self.fh.flush()
        for n, (_, offset, length) in enumerate(sorted(self.index)):
            self.fh.seek(offset)
            yield (b"\n" if n else b"") + self.fh.read(length)

    def close(self) -> None:
        self.fh.close()


def _line_lists(path: Path, size: int) -> Iterator[list[bytes]]:
    """The lines of the file ``path`` (without their newlines), a list per ``size`` bytes read."""
    rest = b""
    with path.open("rb") as fh:
        while data := fh.read(size):
            lines = (rest + data).split(b"\n")
            rest = lines.pop()
            if lines:
                yield lines
    if rest:
        yield [rest]


def _merge_two(big: Path, small: Path, counted: list[int], size: int = 1 << 18) -> Iterator[bytes]:
    """The lines of two sorted files, no line in both (the articles' lines and the fused graph's: each
    line ends with its graph), merged, with newlines; their number is appended to ``counted``.

    Why not a heap: the big file is copied a chunk at a time, the small one's lines that fall in
    the chunk sorted into it (C's sort of two runs): no Python step per line."""
    n = 0
    pending: list[bytes] = []  # lines of the small file read and not yet placed: pending[j:]
    j = 0
    smalls = _line_lists(small, size) if small.exists() else iter(())
    more = True
    for part in _line_lists(big, size):
        top, had = part[-1], len(part)
        while True:
            k = bisect.bisect_right(pending, top, j)
            part += pending[j:k]
            j = k
            if j < len(pending) or not more:
                break
            pending, j = next(smalls, []), 0
            more = bool(pending)
        if len(part) > had:
            part.sort()
        n += len(part)
        yield b"\n".join(part) + b"\n"
    for part in itertools.chain([pending[j:]], smalls):
        if part:
            n += len(part)
            yield b"\n".join(part) + b"\n"
    counted.append(n)


def _read(stack: ExitStack, path: Path) -> Iterator[bytes]:
    return iter(stack.enter_context(path.open("rb")))  # its lines, each with its newline


def _unique_batches(lines: Iterable[bytes], counted: list[int], batch: int = 4096) -> Iterator[bytes]:
    """Sorted ``lines`` without the copies next to each other, joined ``batch`` at a time (one write
    each); their number is appended to ``counted``.  Taken a batch at a time and filtered with a
    comprehension: a generator step per line was most of the merge's own time."""
    n = 0
    last: bytes | None = None
    lines = iter(lines)
    while batch_lines := list(itertools.islice(lines, batch)):
        kept = [line for line, before in zip(batch_lines, [last, *batch_lines[:-1]], strict=True) if line != before]
        last = batch_lines[-1]
        n += len(kept)
        yield b"".join(kept)
    counted.append(n)


def build_nquads(paths: Iterable[str | os.PathLike[str]], output: str | os.PathLike[str], *,
                 mappings: Mappings | None = None, base: str = DEFAULT_BASE, debug: bool = False,
                 jobs: int = 1, validate: bool = True, engine: str = "auto",
                 progress: Callable[[int, int, str], None] | None = None, fmt: str = "nquads") -> StreamResult:
    """Build the articles under ``paths`` into the N-Quads (or, ``fmt="trig"``, TriG) file ``output``,
    streaming.

    Nothing is written when no article could be built.  ``jobs > 1`` reads, writes and validates
    the articles in that many processes; the file is the same.  ``validate=False`` skips SHACL.
    """
    if fmt not in STREAM_FORMATS:
        raise ValueError(f"a streaming build writes {' or '.join(STREAM_FORMATS)}, not {fmt!r}")
    iris = IRIs(check_base(base))
    prefixes = trig_prefixes(new_dataset(iris)) if fmt == "trig" else None
    state = _State(ArticleReader(mappings), iris, engine_name(engine) if validate else None, debug, prefixes)
    items = list(iter_inputs(paths))
    files = [i for i in items if not isinstance(i, Skipped)]
    if jobs > 1 and len(files) > 1:
        outs: Iterator[ArticleOutput | Skipped] = ordered_map(_outputs, files, jobs=jobs, factory=same,
                                                              args=(state,))
        # the workers read the articles: what this process does then makes no garbage cycles
        # (collector.paused explains), so a collection would only rescan its growing heap
        with paused():
            return write_nquads(items, outs, output, iris=iris, engine=state.engine, progress=progress,
                                prefixes=prefixes)
    size = chunk_size(len(files), 1)  # a SHACL call per chunk, not per article
    outs = (o for i in range(0, len(files), size) for o in _outputs(state, files[i:i + size]))
    return write_nquads(items, outs, output, iris=iris, engine=state.engine, progress=progress, prefixes=prefixes)


def write_nquads(items: Sequence[Path | Skipped], outs: Iterable[ArticleOutput | Skipped],
                 output: str | os.PathLike[str], *, iris: IRIs | None = None, engine: str | None = None,
                 progress: Callable[[int, int, str], None] | None = None,
                 prefixes: tuple[tuple[str, str], ...] | None = None) -> StreamResult:
    """The parent's half of a streaming build: ``outs`` (one per file of ``items``, in order, from
    any executor — a process pool, Dask, …) → the N-Quads file, the fused graph and the report.

    ``engine``: the SHACL engine the outputs were validated with (None: not validated).
    ``prefixes``: write TriG with this header instead (the outputs then carry their blocks).
    """
    iris = iris or IRIs()
    target = Path(output)
    result = StreamResult(str(output))
    outs = iter(outs)
    seen = ContentSeen()
    readings: list[Reading] = []
    claims: list[tuple[str, URIRef]] = []
    canon: dict[object, object] = {}  # one copy of each IRI, date, key … the readings share
    entities: dict[str, None] = {}  # N-Triples lines
    violations: set[Violation] = set()
    target.parent.mkdir(parents=True, exist_ok=True)
    own = 0  # triples not describing an actor or place: in one article graph each
    phases = Phases("build")
    with scratch_dir(f".{target.name}.runs.", target.parent) as tmp, \
            ExitStack() as stack:
        runs = _Runs(Path(tmp))
        blocks = None if prefixes is None else _Blocks(Path(tmp), prefixes)
        if blocks is not None:
            stack.callback(blocks.close)
        for n, item in enumerate(items, 1):
            got = item if isinstance(item, Skipped) else next(outs)
            if isinstance(got, Skipped):
                result.skipped.append(got)
            elif (duplicate := seen.duplicate(got.content_hash, got.path)) is not None:
                result.skipped.append(duplicate)
            else:
                if blocks is not None:
                    blocks.add(iris.graph(got.content_hash), got.trig or "")
                elif got.block:
                    runs.add_block(got.block)
                else:  # from article_output (a caller's own executor)
                    runs.add(got.lines)
                own += got.triples - (len(got.entities) if got.shared is None else got.shared)
                readings.extend(r.compact(canon) for r in got.readings)
                claims.extend((got.source_file, c) for c in got.claims)
                entities.update(dict.fromkeys(got.entities))
                violations.update(got.violations or ())
                result.built += 1
                result.notes.extend((Path(got.path).name, n) for n in got.notes)
                for k, v in zip(FACT_KINDS, got.facts, strict=True):
                    result.facts[k] += v
            if progress is not None:
                progress(n, len(items), item.path if isinstance(item, Skipped) else str(item))
        if not result.built:
            return result
        phases.mark("articles")
        # what follows makes no garbage cycles: the collector would only rescan the heap (~40 % of the fusion)
        stack.enter_context(paused())
        premerged = None
        if blocks is None:
            # the articles' runs are merged into one file by a forked process while this one fuses
            # (the workers are done: a core would idle); the fused lines are sorted in as it is copied
            result.runs = max(1, len(runs.files) + bool(runs.buffer))
            runs.flush()
            premerged = stack.enter_context(_Beside(runs.merge_into, Path(tmp) / "articles"))
        fused = fused_triples(readings, iris)
        phases.mark("fusion")
        # people named by surname in one article and in full in another: from the labels kept
        fused += [(a, OWL.sameAs, b) for a, b in surname_links(_labels(entities, iris), iris)]
        # (the claims' ranks are computed here, always one whole number each: the cross-article SHACL skips them)
        ranked = fused + claim_ranks(claims)
        phases.mark("surnames, claim ranks")
        if ranked and blocks is not None:
            blocks.add(iris("graph", "fused"), trig_graph(iris("graph", "fused"), ranked, blocks.prefixes))
        fused_run = Path(tmp) / "fused"
        if blocks is None:
            _Runs.write_run(fused_run, nquad_lines(ranked, iris("graph", "fused")))
        phases.mark("fused lines")
        # the cross-article SHACL runs beside the merge and the writing (the workers are done: a core
        # would idle); the file is renamed into place only once the report is in
        cross = None if engine is None else stack.enter_context(_Beside(_cross_article, entities, fused, engine))

        def report() -> None:
            phases.mark("merge, write")
            if cross is not None:
                violations.update(cross.result())
                found = sorted_violations(violations)
                result.report = ValidationReport(conforms=not found, violations=found)
            phases.mark("cross-article wait")

        if blocks is not None:
            write_chunks_atomic(target, _then(blocks.chunks(), report))
            result.quads = own + len(entities) + len(set(ranked))
        elif premerged is not None:
            articles = premerged.result()
            phases.mark("wait for the articles' merge")
            counted: list[int] = []
            write_chunks_atomic(target, _then(_merge_two(articles, fused_run, counted), report))
            result.quads = counted[0]
    phases.mark("fsync, rename, cleanup")
    return result


class _Beside(Generic[T]):
    """``fn(*args)`` in a forked process (it inherits the arguments: nothing is pickled but the
    result) while this one goes on; where there is no fork (or ``fork=False``), in a thread.  Why a
    process: the cross-article check and the merge are mostly Python, which a thread would run under
    the GIL the fusion and the writing hold.  Ctrl-C is the parent's to handle: the child ignores it
    and is killed on exit."""

    def __init__(self, fn: Callable[..., T], *args: object, fork: bool = True) -> None:
        self.fn, self.args, self.fork = fn, args, fork
        self.process: multiprocessing.process.BaseProcess | None = None
        self.thread: Future[T] | None = None
        self.stack = ExitStack()

    def __enter__(self) -> _Beside[T]:
        # (a daemonic process, a pool's worker, may not have children)
        daemonic = multiprocessing.current_process().daemon
        if self.fork and "fork" in multiprocessing.get_all_start_methods() and not daemonic:
            ctx = multiprocessing.get_context("fork")
            self.receive, send = ctx.Pipe(duplex=False)
            self.process = ctx.Process(target=self._child, args=(send,), daemon=True)
            self.process.start()
            send.close()
        else:
            self.thread = self.stack.enter_context(ThreadPoolExecutor(1)).submit(self.fn, *self.args)
        return self

    def _child(self, send: Connection) -> None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        try:
            send.send((True, self.fn(*self.args)))
        except BaseException as e:  # noqa: BLE001 - any failure goes to the parent, which raises it
            send.send((False, e))

    def result(self) -> T:
        if self.thread is not None:
            return self.thread.result()
        try:
            ok, got = self.receive.recv()
        except EOFError:  # the child died (killed, out of memory): do it here
            return self.fn(*self.args)
        if not ok:
            raise got
        return got  # type: ignore[no-any-return]

    def __exit__(self, *exc: object) -> None:
        if self.process is not None:
            if self.process.is_alive():
                self.process.kill()
            self.process.join()
            self.receive.close()
        self.stack.close()


def _then(items: Iterable[T], finish: Callable[[], None]) -> Iterator[T]:
    """``items``, then ``finish()`` (an error there fails the write before the file is renamed)."""
    yield from items
    finish()


def _labels(entities: Iterable[str], iris: IRIs) -> list[Triple]:
    """The people's ``rdfs:label`` triples among the descriptions' lines (what :func:`surname_links`
    reads; parsed back into rdflib terms, the only lines that are)."""
    person, label = f"<{iris.base}actor/person-", f"> <{RDFS.label}> "
    text = "".join(line + "\n" for line in entities if line.startswith(person) and label in line)
    return list(Graph().parse(data=text, format="nt")) if text else []


def _cross_article(entities: Iterable[str], fused: list[Triple], engine: str,
                   chunk: int = 20_000) -> list[Violation]:
    """The shapes no single article can check: actors and places (on the union of their
    descriptions, N-Triples lines), then the fused events in chunks of about ``chunk`` triples,
    each with the type of every article it cites (all their shape reads), so memory stays bounded."""
    found: list[Violation] = []
    phases = Phases("cross-article check (child)")
    checker = default_checker()  # the engine only where it may find something
    lines = [line + "\n" for line in entities]
    typed = f" <{RDF.type}> "
    if lines and not checker.proves_lines(lines, {line.split(" ", 1)[0] for line in lines if typed in line}):
        mine = {line[1:line.index("> ")] for line in lines if typed in line}
        found += [v for v in run_shacl_lines(lines, engine, sparql=not sparql_silent_nt(lines)).violations
                  if v.focus in mine]
    events: dict[Node, list[Triple]] = {}
    report_of, supported_by, a_type, fused_event = BNKG.reportOf, BNKG.supportedBy, RDF.type, BNKG.FusedEvent
    article = BNKG.Article
    for t in fused:  # the readings' bnkg:reportOf triples are read by no shape: left out
        if t[1] != report_of:
            events.setdefault(t[0], []).append(t)
    batch: list[Triple] = []
    for n, ts in enumerate(events.values(), 1):
        batch += ts
        if len(batch) >= chunk or n == len(events):
            cited = {(o, a_type, article): None for _, p, o in batch if p == supported_by}
            events_here = sorted({s for s, p, o in batch if p == a_type and o == fused_event})
            mine = set(map(str, events_here))
            data = [*batch, *cited]
            if checker.proves_lines(ntriple_lines(data), [e.n3() for e in events_here]):
                batch = []
                continue
            # the fused events are the focus: the cited articles are only typed, which their own
            # shape would report at length (at 10,000 articles, decoding that report was 15 s)
            found += [v for v in run_shacl(data, engine, focus=events_here, sparql=not sparql_silent(data)).violations
                      if v.focus in mine]
            batch = []
    phases.mark("all")
    return found


def article_nquads(path: str | os.PathLike[str], base: str = DEFAULT_BASE, engine: str | None = "auto"
                   ) -> ArticleOutput | Skipped:
    """The per-article step of a streaming build as a pure function of the file: what a Dask (or
    Spark, Ray…) task runs before :func:`write_nquads` assembles the results.  Default mappings."""
    state = _State(default_reader(), IRIs(check_base(base)), engine_name(engine) if engine else None, False)
    return _outputs(state, [Path(path)])[0]

