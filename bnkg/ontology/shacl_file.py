"""SHACL validation of a graph file read with Oxigraph's parser, graph by graph, in bounded memory.

Why: ``bnkg validate x.nq`` used to read the file into an rdflib Dataset first — 71–73 % of its time
was rdflib's N-Quads parser, and the Dataset (~1 kB of Python objects a triple) took 1 GB at 1,000
articles, 9.6 GB at 10,000.  Here the file is streamed three times by Oxigraph's parser (~1 µs a quad)
and never held:

1. an index: the size of each graph, the graphs that type each node (its *owner* when there is one),
   the nodes described in several graphs, and the graphs that point to each node;
2. the objects of the nodes that are described beyond their own graph (a reading the fused graph
   points back to; an actor every article describes);
3. the triples as N-Triples lines into one file on disk per chunk of graphs (~``chunk_triples``
   each), each line into every chunk that reads it.

Each chunk is then one engine call — the focus nodes
:func:`bnkg.ontology.shacl_parallel.validate_parallel` gives it, and its data but for the nodes it
points to and does not own, of which only what the shapes read of a value (``READ_OF_VALUES``; an
article's content where an evidence points to it); that docstring says why the union of the chunk
reports is the whole-graph report (a test compares them with pyshacl's) — in ``jobs`` processes.
Memory: the index (a few small entries per node) and one chunk at a time.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pyoxigraph as ox
from rdflib import BNode, Graph, URIRef

from bnkg._infra.pool import ordered_map, same
from bnkg._infra.scratch import scratch_dir
from bnkg.errors import BnkgError
from bnkg.ontology.shacl import ValidationReport, Violation, sorted_violations
from bnkg.ontology.shacl_parallel import engine_name, run_shacl, run_shacl_nt, sparql_silent_nt
from bnkg.rdf.namespaces import BNKG, RDF, SCHEMA
from bnkg.rdf.serialize import OX_FORMATS, format_for

__all__ = ["streamable", "validate_file"]

_TYPE = f"<{RDF.type}>"
# what the shapes read of a node that is the value of a focus node's property (one hop): its types
# (sh:class), and an article's publication date (the SHACL-SPARQL constraint on events reads it through
# prov:wasDerivedFrom); a chunk gets only these triples of the nodes it points to but does not own (an
# actor's labels, repeated in every chunk, were ~15 % of the engine's time), and an article's content
# only where an evidence points to it (bnkg:inArticle: the constraint on quotes reads it), not in the
# fused events' chunks, which cite every article
READ_OF_VALUES = frozenset({_TYPE, f"<{SCHEMA.datePublished}>"})
_IN_ARTICLE, _CONTENT = f"<{BNKG.inArticle}>", f"<{BNKG.content}>"


def streamable(path: str | os.PathLike[str], fmt: str | None = None) -> bool:
    """Whether :func:`validate_file` reads ``path`` (N-Quads, TriG, Turtle, N-Triples; not JSON-LD)."""
    return format_for(path, fmt) in OX_FORMATS


@dataclass
class _Plan:
    """Who validates what (:class:`bnkg.ontology.shacl_parallel._Plan`'s rules, by term text)."""

    chunk_of: dict[str, int]  # graph → its chunk
    chunks: int
    owner: dict[str, str]  # node typed in one graph → that graph
    mine: list[set[str]]  # per chunk: the focus nodes whose results it keeps (None: all)
    describe: dict[str, set[int]]  # node → the chunks that read all its triples
    whole: bool  # fewer than two graphs: one chunk, every result kept
    node_chunk: dict[str, int] = field(default_factory=dict)  # a node of a split graph → its chunk
    # node → the chunks it is a value in, which read only what the shapes read of a value (READ_OF_VALUES)
    pointed: dict[str, set[int]] = field(default_factory=dict)
    # article → the chunks it is the bnkg:inArticle of an evidence in, which read its bnkg:content too
    contents: dict[str, set[int]] = field(default_factory=dict)

    def home(self, graph: str, node: str) -> int | None:
        """The chunk a triple of ``graph`` about ``node`` belongs to: its graph's, or for a graph too
        big for one chunk (the fused events of a large corpus) its node's; None: only where described."""
        if graph in self.chunk_of:
            return self.chunk_of[graph]
        return self.node_chunk.get(node) if self.owner.get(node) == graph else None


def _quads(path: Path, fmt: str) -> Iterator[ox.Quad]:
    try:
        yield from ox.parse(path=str(path), format=OX_FORMATS[fmt])
    except (SyntaxError, ValueError) as exc:
        raise BnkgError(f"{path}: cannot read as {fmt}: {type(exc).__name__}: {str(exc)[:300]}") from None
    except OSError as exc:
        raise BnkgError(f"{path}: cannot read: {exc.strerror or exc}") from None


def _plan(path: Path, fmt: str, chunk_triples: int) -> _Plan:
    size: dict[str, int] = defaultdict(int)
    names: dict[str, str] = {}  # one string per graph name, shared by the sets below, however many quads
    homes: dict[str, set[str]] = defaultdict(set)
    place: dict[str, str] = {}  # node → a graph describing it
    spread: set[str] = set()  # nodes described in several graphs
    refs: dict[str, set[str]] = defaultdict(set)
    quoted: dict[str, set[str]] = defaultdict(set)  # an evidence's article → the graphs of the evidence
    for q in _quads(path, fmt):  # pass 1: the index
        g, s = str(q.graph_name), str(q.subject)
        g = names.setdefault(g, g)
        size[g] += 1
        if place.setdefault(s, g) is not g:
            spread.add(s)
        o = q.object
        if isinstance(o, ox.Literal):
            continue
        p = str(q.predicate)
        if p == _TYPE:
            homes[s].add(g)
        refs[str(o)].add(g)
        if p == _IN_ARTICLE:
            quoted[str(o)].add(g)
    graphs = sorted(size)
    owner = {s: next(iter(gs)) for s, gs in homes.items() if len(gs) == 1}
    if len(graphs) < 2:
        return _Plan(dict.fromkeys(graphs, 0), 1, owner, [set()], {}, True)
    owned: dict[str, list[str]] = defaultdict(list)
    for s, g in owner.items():
        owned[g].append(s)
    chunk_of: dict[str, int] = {}
    node_chunk: dict[str, int] = {}
    chunks, filled = 0, 0
    for g in graphs:  # whole graphs per chunk, about chunk_triples triples each
        if size[g] > chunk_triples and len(owned[g]) > 1:
            # too big for one call: its nodes in groups (one hop from each is what its shapes read)
            nodes = sorted(owned[g])
            per = max(1, len(nodes) * chunk_triples // size[g])
            for i in range(0, len(nodes), per):
                node_chunk.update(dict.fromkeys(nodes[i:i + per], chunks))
                chunks += 1
            filled = chunk_triples
        elif chunks and filled + size[g] <= chunk_triples:
            filled += size[g]
            chunk_of[g] = chunks - 1
        else:
            chunks, filled = chunks + 1, size[g]
            chunk_of[g] = chunks - 1

    def where(s: str) -> int:  # the chunk of an owned node
        return node_chunk[s] if s in node_chunk else chunk_of[owner[s]]

    shared = {s for s, gs in homes.items() if len(gs) > 1}
    mine: list[set[str]] = [set() for _ in range(chunks + bool(shared))]
    for s in owner:
        mine[where(s)].add(s)
    first: dict[str, set[int]] = defaultdict(set)  # read whole by the chunk that owns them
    for s in owner:
        if s in spread:  # described in several graphs: gathered from all of them
            first[s].add(where(s))
    if shared:
        mine[chunks] = shared
        for s in shared:
            first[s].add(chunks)
    del place, spread, homes
    describe: dict[str, set[int]] = defaultdict(set, {s: set(cs) for s, cs in first.items()})
    pointed: dict[str, set[int]] = defaultdict(set)
    contents: dict[str, set[int]] = defaultdict(set)

    def away(o: str, c: int) -> bool:  # not owned in chunk c: its triples are read too
        return o not in owner or where(o) != c

    for o, gs in refs.items():  # the nodes the chunk's own triples point to
        for c in {chunk_of[g] for g in gs if g in chunk_of}:
            if away(o, c):
                pointed[o].add(c)
    for o, gs in quoted.items():
        for c in {chunk_of[g] for g in gs if g in chunk_of}:
            if away(o, c):
                contents[o].add(c)
    del refs, quoted
    if first or node_chunk:
        for q in _quads(path, fmt):  # pass 2: the nodes the triples read whole, or of a split graph, point to
            if isinstance(q.object, ox.Literal):
                continue
            s = str(q.subject)
            whole = first.get(s)
            split = s in node_chunk and owner[s] == str(q.graph_name)
            if whole is None and not split:  # most quads: nothing to do (no set, no string made for them)
                continue
            cs = set(whole or ())
            if split:
                cs.add(node_chunk[s])
            o = str(q.object)
            quotes = str(q.predicate) == _IN_ARTICLE
            for c in cs:
                if away(o, c):
                    pointed[o].add(c)
                    if quotes:
                        contents[o].add(c)
    for o, cs in describe.items():  # read whole there anyway
        if o in pointed:
            pointed[o] -= cs
        if o in contents:
            contents[o] -= cs
    return _Plan(chunk_of, len(mine), owner, mine, dict(describe), False, node_chunk,
                 {o: cs for o, cs in pointed.items() if cs}, {o: cs for o, cs in contents.items() if cs})


def _write_chunks(path: Path, fmt: str, plan: _Plan, folder: Path) -> list[Path]:
    """Pass 3: each triple as an N-Triples line into the file of every chunk that reads it."""
    files = [folder / f"chunk{c:06d}.nt" for c in range(plan.chunks)]
    with ExitStack() as stack:
        out: list[IO[str]] = [stack.enter_context(f.open("w", encoding="utf-8", newline="\n")) for f in files]
        # where each line of a node no graph owns (an actor, a place) went: its triples repeat in every
        # graph describing it, and each chunk reading it needs them once (else a chunk's file grows
        # with the corpus).  An owned node's triples seldom repeat (a reading's are in its article's
        # graph, its bnkg:reportOf in the fused one): they go out unremembered, the reader drops copies
        sent: dict[str, set[int | None]] = {}
        for q in _quads(path, fmt):
            line = f"{q.triple} .\n"
            s = str(q.subject)
            c = plan.home(str(q.graph_name), s)
            if c is not None:
                out[c].write(line)
            ds = plan.describe.get(s)
            ps = plan.pointed.get(s)
            if ps:
                p = str(q.predicate)
                ps = ps if p in READ_OF_VALUES else plan.contents.get(s) if p == _CONTENT else None
                if ps:
                    ds = ps if ds is None else ds | ps
            if ds and s in plan.owner:
                for d in ds - {c}:
                    out[d].write(line)
            elif ds:
                done = sent.setdefault(line, {c})
                for d in ds - done:
                    out[d].write(line)
                    done.add(d)
    return files


@dataclass(frozen=True)
class _Job:
    files: Sequence[Path]
    plan: _Plan
    engine: str


def _focus(node: str) -> str:
    """A node's text as :class:`Violation` gives it (an IRI without brackets, ``_:id``)."""
    return node[1:-1] if node.startswith("<") else node


def _node(node: str) -> URIRef | BNode:
    return URIRef(node[1:-1]) if node.startswith("<") else BNode(node[2:])


def _validate_chunks(job: _Job, chunks: Sequence[int]) -> list[tuple[Violation, ...]]:
    out = []
    for c in chunks:
        if not job.plan.whole and not job.plan.mine[c]:  # no typed node of its own: nothing to report
            out.append(())
            continue
        with job.files[c].open(encoding="utf-8", newline="\n") as fh:
            lines = list(dict.fromkeys(fh))  # an actor's triples come from every graph describing it
        # the nodes it owns are the focus; the others are there for the shapes to read
        focus = None if job.plan.whole else sorted(map(_node, job.plan.mine[c]))
        if job.engine == "turbo":
            report = run_shacl_nt(lines, focus, not sparql_silent_nt(lines))  # (a third of its time)
        else:
            # no focus nodes: pyshacl given them reported fewer results than the whole graph (a test compares)
            report = run_shacl(Graph().parse(data="".join(lines), format="nt"), job.engine)
        if focus is None:
            out.append(report.violations)
        else:
            mine = {_focus(n) for n in job.plan.mine[c]}
            out.append(tuple(v for v in report.violations if v.focus in mine))
    return out


def validate_file(path: str | os.PathLike[str], fmt: str | None = None, *, engine: str = "auto",
                  jobs: int = 1, chunk_triples: int = 50_000) -> ValidationReport:
    """The report of :func:`bnkg.ontology.validate` on graph file ``path``, read with Oxigraph and
    validated chunk by chunk in ``jobs`` processes (see the module docstring)."""
    p = Path(path)
    f = format_for(p, fmt)
    if f not in OX_FORMATS:
        raise BnkgError(f"{path}: {f} is validated from an rdflib Dataset, not streamed")
    if not p.is_file():
        raise BnkgError(f"{path}: no such graph file")
    name = engine_name(engine)
    plan = _plan(p, f, chunk_triples)
    with scratch_dir(".bnkg-validate.") as tmp:
        job = _Job(_write_chunks(p, f, plan, Path(tmp)), plan, name)
        todo = range(plan.chunks)
        if jobs > 1 and plan.chunks > 1:
            found = ordered_map(_validate_chunks, todo, jobs=jobs, factory=same, args=(job,), chunk=1)
        else:
            found = iter(_validate_chunks(job, todo))
        violations = sorted_violations({v for vs in found for v in vs})
    return ValidationReport(conforms=not violations, violations=violations)
