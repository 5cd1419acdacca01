"""The embedded triple store: an on-disk Oxigraph database (pyoxigraph) with a named graph per article.

Why: rdflib keeps everything in Python objects and re-parses the graph file for every question; a
large corpus must be parsed once.  ``bnkg build … --store kg/`` writes each article's named graph
into the store as it is built, and ``bnkg query NAME --store kg/`` then answers from the store's
indexes without reading any file.

The default graph is kept equal to the union *set* of the named graphs.  Why: actor and place
descriptions are repeated in every article graph, and Oxigraph's "union default graph" is a multiset —
a label found in 1,000 graphs matches 1,000 times, and every OPTIONAL label of a canned query multiplies
the rows (a 1,700-quad graph took seconds per query; the deduplicated default graph takes ~1 ms).  So
queries read the default graph, with parameters bound through pyoxigraph's ``substitutions``.

Loading: into an empty store (``bnkg build … --store`` streams the articles' N-Quads to a file first,
``bnkg load`` reads one) Oxigraph's bulk loader writes the named graphs straight from the file, then the
default graph from the same lines with their graph name cut off (:class:`DefaultTriples`, text in, no
Python object per quad): about 2x (1.9–2.1x, realistic 1k–10k) Oxigraph's bulk load of the named graphs alone, where the
article-by-article transactions cost 11x and left a store 7x the size of the N-Quads (1,000
realistic articles: 519 MB; bulk-loaded, with the default graph, 97 MB).  The default graph stays a
stored copy because Oxigraph's union is a multiset: on 1,000 realistic articles the canned ``visits``
query over ``use_default_graph_as_union`` had not answered after 8 minutes (0.7 s on the stored set);
again with pyoxigraph 0.5.13 and the paged queries, ``actors`` had not answered after 60 s (70 ms CPU on
the stored set) — a triple three graphs hold is still three rows of ``{ ?s ?p ?o }``.  What the copy
costs (CPU, compaction included): the named graphs bulk-loaded in parts 4.1 s at 1,000 realistic articles and
67 s at 10,000 (16x), with the default graph 7.3 and 95 s (13x; fed in one stream with the named graphs,
93 s but 1.2 GB).  So the load's 1k → 10k ratio over 11x is RocksDB merging parts into a growing store,
with or without the copy.  Keeping it also keeps the layout of stores made before: they are read as
they are.

Incremental writes are idempotent and never leave half an article: :func:`put_graph` replaces an article's named
graph and updates the default graph in one transaction (one ``extend`` for a new graph; one SPARQL
Update — drop the triples no other graph holds, drop the graph, insert both — for an existing one).
The same Update text (:func:`replace_update`) loads remote endpoints (:mod:`bnkg.stores.remote`).
"""

from __future__ import annotations

import errno
import io
import itertools
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef
from rdflib.term import Node

from bnkg.builder.corpus.fusion import KEY_ROLES, KINDS, OTHER_ROLES, fuse
from bnkg.builder.corpus.incremental import StoredArticle
from bnkg.builder.graph import IRIs
from bnkg.errors import BnkgError
from bnkg.rdf.namespaces import BNKG, PROV, RDF, RDFS
from bnkg.rdf.serialize import format_for
from bnkg.rdf.terms import from_oxigraph, to_oxigraph

__all__ = ["LOADING", "DefaultTriples", "STATE_GRAPH", "LoadStats", "StoreSink", "add_dataset", "dump_named", "is_store", "load_file", "open_store", "open_to_write", "put_graph",
           "quad_count", "refresh_fused", "replace_update", "to_dataset"]

_DEFAULT = ox.DefaultGraph()
# present while a bulk load into an empty store runs; a store that still has it was interrupted
STATE_GRAPH = ox.NamedNode("urn:bnkg:store-state")
LOADING = ox.Quad(ox.NamedNode("urn:bnkg:store"), ox.NamedNode("urn:bnkg:loading"), ox.Literal("true"), STATE_GRAPH)
_GRAPH_IRI = re.compile(r"^(.*/)graph/(?:[0-9a-f]{16}|fused)$")
# rdflib format names (bnkg.rdf.serialize.format_for) → Oxigraph formats
_OX_FORMATS = {
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "json-ld": ox.RdfFormat.JSON_LD,
}

Triple = tuple[Node, Node, Node]


@dataclass(frozen=True)
class LoadStats:
    """What a load wrote: named graphs (articles), of which replaced, and the store's size after."""

    graphs: int
    replaced: int
    quads: int


def is_store(obj: object) -> bool:
    """Whether ``obj`` is a pyoxigraph Store (what :func:`open_store` returns)."""
    return isinstance(obj, ox.Store)


def open_store(path: str | os.PathLike[str], *, read_only: bool = False) -> ox.Store:
    """Open (or create) the on-disk store in folder ``path``.

    ``read_only=True`` (for queries and validation) needs an existing store and lets several readers
    share it; a writer takes RocksDB's lock, so a second writer gets a clear error instead of waiting.
    """
    folder = Path(path)
    if read_only and not (folder / "CURRENT").is_file():
        raise BnkgError(f"{path}: no bnkg store here (create one with: bnkg build ARTICLES… --store {path})")
    if folder.exists() and not folder.is_dir():
        raise BnkgError(f"{path}: not a folder; --store needs a folder for the on-disk store")
    try:
        return ox.Store.read_only(str(folder)) if read_only else ox.Store(str(folder))
    except OSError as exc:
        text = str(exc)
        if exc.errno == errno.ENOSPC or "No space left" in text:
            why = "the disk is full; free some space and run the command again"
        elif "lock" in text.lower():
            why = "another bnkg process is writing it; wait for it to finish"
        else:
            why = "check the folder's permissions and free space"
        raise BnkgError(f"{path}: cannot open the store ({text}): {why}") from exc
    except RuntimeError as exc:  # RocksDB's "Corruption: …"
        if read_only and _being_written(folder):
            # a reader opened while a writer compacts sees files vanish under it: not damage
            raise BnkgError(f"{path}: cannot open the store ({exc}): another bnkg process is writing it; "
                            f"wait for it to finish") from exc
        raise BnkgError(f"{path}: the store is damaged ({exc}); delete the folder and rebuild it from the articles "
                        f"(bnkg build ARTICLES… --store {path}) or from a graph file (bnkg load GRAPH --store "
                        f"{path})") from exc


def _being_written(folder: Path) -> bool:
    """Whether a writer holds the store's lock: opening it to write fails on the lock then (this process's
    writer or another's); a store nobody writes opens, and is closed again at once."""
    try:
        probe = ox.Store(str(folder))
    except OSError as exc:
        return "lock" in str(exc).lower()
    except RuntimeError:
        return False
    del probe
    return False


# --- writing -------------------------------------------------------------------------------------


def replace_update(graph: ox.NamedNode, ntriples: str) -> str:
    """SPARQL Update making named graph ``graph`` hold exactly ``ntriples`` and keeping the default graph
    the union of the named graphs (triples only ``graph`` had leave it).  One request = one transaction
    on Oxigraph.  ``ntriples`` must come from an N-Triples serialiser (it is inserted as data)."""
    return (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {graph}) }} }} ;\n"
            f"DROP SILENT GRAPH {graph} ;\n"
            f"INSERT DATA {{ GRAPH {graph} {{\n{ntriples}}} }} ;\n"
            f"INSERT DATA {{\n{ntriples}}}")


def put_graph(store: ox.Store, name: URIRef | str, triples: Iterable[Triple]) -> bool:
    """Make named graph ``name`` hold exactly ``triples`` (and the default graph the union), in one
    transaction; True if it replaced a graph."""
    graph = ox.NamedNode(str(name))
    cache: dict[Node, ox.NamedNode | ox.BlankNode | ox.Literal] = {}

    def conv(t: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
        found = cache.get(t)
        if found is None:
            found = cache[t] = to_oxigraph(t)
        return found

    spo = [(conv(s), conv(p), conv(o)) for s, p, o in triples]
    if not store.contains_named_graph(graph):
        store.extend([ox.Quad(s, p, o, g) for s, p, o in spo for g in (graph, _DEFAULT)])  # type: ignore[arg-type]
        return False
    body = ox.serialize([ox.Triple(*t) for t in spo], format=ox.RdfFormat.N_TRIPLES) or b""  # type: ignore[arg-type]
    store.update(replace_update(graph, body.decode("utf-8")))
    return True


def add_dataset(store: ox.Store, ds: Dataset) -> LoadStats:
    """Write every non-empty named graph of ``ds`` into ``store``, replacing graphs of the same name;
    the fused events are then recomputed over all the store's articles."""
    fresh = next(iter(store.named_graphs()), None) is None
    graphs = replaced = 0
    for ctx in ds.graphs():
        if not isinstance(ctx.identifier, URIRef) or len(ctx) == 0 or ctx.identifier == ds.default_graph.identifier:
            continue
        replaced += put_graph(store, ctx.identifier, ctx)
        graphs += 1
    if not fresh:
        refresh_fused(store)
    store.flush()
    return LoadStats(graphs, replaced, quad_count(store))


def refresh_fused(store: ox.Store, base: str | None = None) -> int:
    """Recompute the fused-events graph (:mod:`bnkg.builder.corpus.fusion`) from the readings of every article
    in the store; returns its size.  Why: articles arrive one by one (``build --store``) or file by file
    (``load``), and a fused event depends on all of them."""
    base = base or _base_of(store)
    if base is None:
        return 0
    iris = IRIs(base)
    gid = iris("graph", "fused")
    preds = {RDF.type, PROV.wasDerivedFrom, BNKG.status, BNKG.date, BNKG.place}
    for kind in KINDS:
        preds |= set(KEY_ROLES[kind]) | set(OTHER_ROLES[kind])
    query = (f"SELECT ?s ?p ?o ?g WHERE {{ VALUES ?kind {{ {' '.join(f'<{k}>' for k in KINDS)} }} "
             f"VALUES ?p {{ {' '.join(f'<{p}>' for p in sorted(preds))} }} "
             f"GRAPH ?g {{ ?s a ?kind ; ?p ?o }} FILTER(?g != <{gid}>) }}")
    # and the Bengali names of the people the gazetteer lacks (fusion links a surname to a full name)
    names = (f"SELECT ?s ?p ?o ?g WHERE {{ BIND(<{RDFS.label}> AS ?p) GRAPH ?g {{ ?s ?p ?o }} "
             f"FILTER(?g != <{gid}> && STRSTARTS(STR(?s), \"{iris.base}actor/person-\") && LANG(?o) = \"bn\") }}")
    # and the claims with their articles' files, which fusion ranks (bnkg:claimRank: the claims listing's order)
    claims = (f"SELECT ?s ?p ?o ?g WHERE {{ VALUES ?kind {{ <{BNKG.Claim}> <{BNKG.Accusation}> }} "
              f"VALUES ?p {{ <{RDF.type}> <{PROV.wasDerivedFrom}> }} GRAPH ?g {{ ?s a ?kind ; ?p ?o }} FILTER(?g != <{gid}>) }}")
    files = (f"SELECT ?s ?p ?o ?g WHERE {{ BIND(<{BNKG.sourceFile}> AS ?p) GRAPH ?g {{ ?s ?p ?o }} "
             f"FILTER(?g != <{gid}>) }}")
    readings = Dataset()
    for q in (query, names, claims, files):
        for sol in store.query(q):
            s, p, o, g = (from_oxigraph(sol[v]) for v in ("s", "p", "o", "g"))
            readings.add((s, p, o, readings.graph(g)))  # type: ignore[arg-type]
    fuse(readings, iris)
    fused = readings.graph(gid)
    if len(fused):
        put_graph(store, gid, fused)
    elif store.contains_named_graph(ox.NamedNode(str(gid))):
        store.remove_graph(ox.NamedNode(str(gid)))
    return len(fused)


def _base_of(store: ox.Store) -> str | None:
    """The instance base IRI of the store's article graphs (``<base>graph/<16 hex>``), if any."""
    for g in store.named_graphs():
        m = _GRAPH_IRI.match(getattr(g, "value", ""))
        if m:
            return m.group(1)
    return None


def load_file(store: ox.Store, path: str | os.PathLike[str], fmt: str | None = None, *,
              union: bool = True) -> LoadStats:
    """Load a graph file written by bnkg into ``store``; its named graphs replace those of the same name.

    Parsing is Oxigraph's (fast).  Into a store that holds articles: three transactions — the graphs
    the file names that the store holds are dropped (with the default-graph triples only they had), the
    file is loaded, and its triples are added to the default graph.  Into an empty store: Oxigraph's
    bulk loader, 4x faster and not transactional, so the store is marked "loading" until it is done and
    queries refuse a store whose first load was interrupted.  Either way no query sees half of an
    article, and loading the file again repairs an interruption.  Turtle and N-Triples (no named graphs)
    go to the default graph only.  ``union=False`` skips the default graph (a scratch store that is
    only read graph by graph).
    """
    p = Path(path)
    if not p.is_file():
        raise BnkgError(f"{path}: no such graph file")
    oxfmt = _OX_FORMATS[format_for(p, fmt)]
    try:
        fresh = next(iter(store.named_graphs()), None) is None
        names: list[ox.NamedNode] = []
        existing: list[ox.NamedNode] = []
        if not fresh:  # an extra parsing pass, only needed when there may be graphs to replace
            names = sorted({q.graph_name for q in ox.parse(path=str(p), format=oxfmt)
                            if isinstance(q.graph_name, ox.NamedNode)}, key=lambda g: g.value)
            existing = [g for g in names if store.contains_named_graph(g)]
        if existing:
            listed = " ".join(map(str, existing))
            store.update(f"DELETE {{ ?s ?p ?o }} WHERE {{ VALUES ?g {{ {listed} }} GRAPH ?g {{ ?s ?p ?o }} "
                         f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other NOT IN ({', '.join(map(str, existing))})) }} }} ;\n"
                         + " ;\n".join(f"DROP SILENT GRAPH {g}" for g in existing))
        before = 0 if fresh else _graph_count(store)
        if fresh and union:
            # from now on queries refuse the store …  (written by the bulk loader too: a transaction first
            # made the bulk-loaded store 1.6x the size — 100 articles: 16 MB, 12 MB so)
            store.bulk_extend([LOADING])
            try:
                _bulk_with_union(store, p, oxfmt)
                # the bulk loader leaves many small files; compacting them halves the cost of a lookup
                # by bound subject, the queries' inner step (10,000 articles: 2.6 s; median canned
                # query 364 -> 243 ms, anchored ones a third faster, listings unchanged; the store's
                # folder grows about a tenth: 1,000 articles 134 -> 150 MB)
                store.optimize()
            except (SyntaxError, ValueError, OSError):
                store.clear()  # the store was empty: a failed first load leaves it empty again, not marked
                store.flush()
                raise
        else:
            store.load(path=str(p), format=oxfmt)
            if union:
                scope = f"VALUES ?g {{ {' '.join(map(str, names))} }} " if names else ""
                store.update(f"INSERT {{ ?s ?p ?o }} WHERE {{ {scope}GRAPH ?g {{ ?s ?p ?o }} }}")
        if not fresh:  # other articles are in the store: the fused events must cover them all
            refresh_fused(store)
        store.remove_graph(STATE_GRAPH)  # … until the load is complete (a no-op when it was never there)
        store.flush()
        graphs = _graph_count(store) - before
    except (SyntaxError, ValueError) as exc:
        raise BnkgError(f"{path}: cannot read as {oxfmt}: {str(exc)[:300]}") from exc
    except OSError as exc:
        raise BnkgError(f"{path}: cannot load into the store: {exc}") from exc
    return LoadStats(graphs, len(existing), quad_count(store))


def _bulk_with_union(store: ox.Store, path: Path, fmt: ox.RdfFormat) -> None:
    """Bulk-load the file's quads and their triples into the default graph.  N-Quads: both by Oxigraph
    from text (:class:`DefaultTriples`); other formats, and files with blank nodes (each parse names
    them anew, so the default graph's would not be the named graphs' ones; bnkg writes none), through
    Python objects (slower)."""
    if fmt != ox.RdfFormat.N_QUADS or _has_blank_nodes(path):
        quads = _with_union(ox.parse(path=str(path), format=fmt))
        while batch := list(itertools.islice(quads, _BULK_QUADS)):
            store.bulk_extend(batch)
        return
    with path.open("rb", buffering=_CHUNK) as fh:
        _bulk_in_parts(store, fh, fmt)
    with DefaultTriples(path) as triples:
        _bulk_in_parts(store, io.BufferedReader(triples, _CHUNK), ox.RdfFormat.N_TRIPLES, _DEFAULT)


_CHUNK = 1 << 20  # bytes of N-Quads read at a time
# Oxigraph's bulk loader holds up to a million quads per batch in memory, several batches at once: 2 GB
# for the 830 MB of N-Quads of 10,000 articles.  Fed this much at a time, it holds ~0.5 GB
# (the store is the same, its files no bigger: 1,000 articles in 3 parts, 67 MB against 69 MB in one).
# Each part's files overlap the store's, so RocksDB merges them into what is there, rewriting more as
# the store grows: the part of a load that grows faster than the corpus (10,000 articles in parts of
# 32 MB: 1.4 s CPU a part at first, 2.9 s at the end; the named graphs 59 s, 21x the 1,000's).  Parts
# twice that size halve the merges (52 s)
_BULK_BYTES = 64 << 20
_BULK_QUADS = 150_000  # about _BULK_BYTES of bnkg's quads, for the loads through Python objects


def _bulk_in_parts(store: ox.Store, fh: io.BufferedReader, fmt: ox.RdfFormat,
                   to_graph: ox.DefaultGraph | None = None) -> None:
    """Bulk-load the lines of ``fh`` about ``_BULK_BYTES`` at a time (whole lines: each part parses alone),
    each part read by the loader from the file (:class:`_Part`), not first joined into one bytes object in
    Python (the part's lines and their join held 140 MB more: 1,000 articles' load peaked at 461 MB so,
    320 MB streamed)."""
    while fh.peek(1):
        store.bulk_load(_Part(fh, _BULK_BYTES), format=fmt, to_graph=to_graph)


class _Part(io.RawIOBase):
    """The next ``limit`` bytes of ``fh`` and the rest of the line they end in, as a file of its own."""

    def __init__(self, fh: io.BufferedReader, limit: int) -> None:
        super().__init__()
        self.fh = fh
        self.left = limit
        self.buffer = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        if not self.buffer:
            if self.left <= 0:
                return 0
            data = self.fh.read(min(self.left, _CHUNK))
            self.left -= len(data) or self.left  # (nothing left: the part ends)
            if self.left <= 0 and data and not data.endswith(b"\n"):
                data += self.fh.readline()
            self.buffer = memoryview(data)
        n = min(len(b), len(self.buffer))
        b[:n] = self.buffer[:n]
        self.buffer = self.buffer[n:]
        return n


def _has_blank_nodes(path: Path) -> bool:
    """Whether ``_:`` occurs in the file (in a literal too: then the slower path is merely not needed).

    Read a part at a time, not mapped: the pages of a mapped file count in the process's resident size
    (``bnkg load`` of 10,000 articles' 830 MB peaked at 880 MB so)."""
    last = b""
    with path.open("rb") as fh:
        while part := fh.read(_CHUNK):
            if b"_:" in last + part[:1] or b"_:" in part:
                return True
            last = part[-1:]
    return False


class DefaultTriples(io.RawIOBase):
    r"""An N-Quads file read as N-Triples: each line's graph name cut off (a line in the default graph
    kept as it is), a triple the line before gave too left out.  Text to text, for Oxigraph's bulk
    loader: no Python object per quad.

    A line holds a graph name when, after its object, another term ends it: if it has a literal
    (the only place a ``"`` may be), when a `` <`` follows the literal's closing quote; if not, when
    it has four terms (IRIs and blank node labels hold no space).

    >>> import tempfile, os
    >>> f = tempfile.NamedTemporaryFile("wb", suffix=".nq", delete=False)
    >>> _ = f.write(b'<s> <p> <o> <g> .\n<s> <p> <o> .\n<s> <p> "a b"@bn <g> .\n'
    ...             b'<s> <p> "1"^^<http://t> .\n_:b <p> "x <y> z" <g> .\n'); f.close()
    >>> with DefaultTriples(f.name) as t: print(t.read().decode(), end="")
    <s> <p> <o> .
    <s> <p> "a b"@bn .
    <s> <p> "1"^^<http://t> .
    _:b <p> "x <y> z" .
    >>> os.unlink(f.name)
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__()
        self.file = open(path, "rb")  # noqa: SIM115  (closed by close())
        self.buffer = memoryview(b"")
        self.last = b""  # the last triple given

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        while not self.buffer:
            lines = self.file.readlines(_CHUNK)
            if not lines:
                return 0
            # a triple the line before gave too goes once: bnkg's files are sorted, so an actor's
            # description repeated in every article's graph comes as a run of lines that differ only
            # in their graph (39 % of the lines of 1,000 articles), which the bulk loader would
            # otherwise write, and RocksDB merge, once per part
            triples = [t for t, _ in itertools.groupby(map(_triple_line, lines)) if t != self.last]
            if triples:
                self.last = triples[-1]
            self.buffer = memoryview(b"".join(triples))
        n = min(len(b), len(self.buffer))
        b[:n] = self.buffer[:n]
        self.buffer = self.buffer[n:]
        return n

    def close(self) -> None:
        self.file.close()
        super().close()


def _triple_line(line: bytes) -> bytes:
    quote = line.rfind(b'"')
    if quote >= 0:
        cut = line.rfind(b" <", quote)
        if cut < 0:
            return line
    else:
        body = line.rstrip()
        if len(body.split()) < 5:  # s p o . : already a triple (or blank)
            return line
        cut = line.rindex(b" <")
    return line[:cut] + b" .\n"


def _with_union(quads: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
    """Each quad, then its triple in the default graph (duplicates there collapse: a store is a set)."""
    for q in quads:
        yield q
        if not isinstance(q.graph_name, ox.DefaultGraph):
            yield ox.Quad(q.subject, q.predicate, q.object, _DEFAULT)


def _graph_count(store: ox.Store) -> int:
    return sum(1 for g in store.named_graphs() if g != STATE_GRAPH)


def quad_count(store: ox.Store) -> int:
    """The number of quads in the named graphs (the default graph only repeats them)."""
    solutions = store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert isinstance(solutions, ox.QuerySolutions)
    return int(next(iter(solutions))["n"].value)


# --- reading -------------------------------------------------------------------------------------


def to_dataset(store: ox.Store) -> Dataset:
    """The store's named graphs as an rdflib Dataset, e.g. for SHACL validation."""
    ds = Dataset()
    named = (q for q in store.quads_for_pattern(None, None, None, None)
             if not isinstance(q.graph_name, ox.DefaultGraph) and q.graph_name != STATE_GRAPH)
    data = ox.serialize(named, format=ox.RdfFormat.N_QUADS) or b""
    if data:
        ds.parse(data=data.decode("utf-8"), format="nquads")
    return ds


def dump_named(store: ox.Store, path: str | os.PathLike[str]) -> None:
    """Write the store's named graphs (the articles and the fused events, not the default graph that repeats
    them) to ``path`` as N-Quads, graph after graph, streamed: what ``bnkg validate --store`` reads, in
    memory that does not grow with the store (:func:`to_dataset` holds every quad as rdflib objects)."""
    named = (q for q in store.quads_for_pattern(None, None, None, None)
             if not isinstance(q.graph_name, ox.DefaultGraph) and q.graph_name != STATE_GRAPH)
    with open(path, "wb") as fh:
        ox.serialize(named, fh, format=ox.RdfFormat.N_QUADS)


def open_to_write(path: str) -> ox.Store:
    """The store in folder ``path`` opened to add articles to (created if missing), refused if a first
    load into it was interrupted (it may hold half an article)."""
    store = open_store(path)
    if store.contains_named_graph(STATE_GRAPH):
        raise BnkgError(f"{path}: the store's first load was interrupted and may hold half an article; run "
                        f"that load again (bnkg load GRAPH --store {path}) or delete the folder, then build")
    return store


class StoreSink:
    """Receives each article's named graph during ``bnkg build --store DIR --into GRAPH`` (or with a
    non-N-Quads ``-o``: the builds that keep the graph in memory; the others stream N-Quads and bulk-load
    them, :func:`load_file`) — the ``on_graph`` of :func:`bnkg.builder.corpus.pipeline.build_result` —
    and writes it to the store, one transaction per article."""

    def __init__(self, path: str, base: str | None = None) -> None:
        self.path = path
        self.base = base
        self.store = open_to_write(path)
        self.graphs = 0
        self.triples = 0

    def __call__(self, graph: Graph) -> None:
        put_graph(self.store, graph.identifier, graph)  # type: ignore[arg-type]
        self.graphs += 1
        self.triples += len(graph)

    def close(self) -> None:
        """Recompute the fused events over every article in the store, flush, and close the store."""
        if self.graphs:
            refresh_fused(self.store, self.base)
        self.store.flush()
        del self.store  # (RocksDB closes with the last reference)


# --- removing articles (bnkg remove --store) and listing them (bnkg build --into --store) ------------

_ARTICLES = (f"SELECT ?g ?hash ?file WHERE {{ GRAPH ?g {{ ?a a <{BNKG.Article}> ; <{BNKG.contentHash}> ?hash . "
             f"OPTIONAL {{ ?a <{BNKG.sourceFile}> ?file }} }} }}")


def stored_articles(store: ox.Store) -> list[StoredArticle]:
    """The articles in ``store``: named graph, content hash, file name."""
    out = []
    for sol in store.query(_ARTICLES):
        file = sol["file"]
        out.append(StoredArticle(sol["g"].value, sol["hash"].value, file.value if file is not None else ""))
    return out


def drop_update(graph: ox.NamedNode) -> str:
    """SPARQL Update dropping named graph ``graph`` and the default-graph triples only it had (one transaction)."""
    return (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {graph}) }} }} ;\n"
            f"DROP SILENT GRAPH {graph}")


def remove_graphs(store: ox.Store, graphs: Iterable[str]) -> int:
    """Drop these article graphs (each with the default-graph triples only it had) and recompute the fused
    events over the articles that remain; returns the quads left.  The fused graph is dropped the same way
    first (:func:`refresh_fused` writes it anew), so an event no remaining article supports leaves the
    default graph too."""
    if store.contains_named_graph(STATE_GRAPH):
        raise BnkgError("the store's first load was interrupted and it may hold half an article; run the same "
                        "`bnkg load` again before removing articles")
    base = _base_of(store)
    fused = [str(IRIs(base)("graph", "fused"))] if base is not None else []
    for g in [*graphs, *fused]:
        node = ox.NamedNode(g)
        if store.contains_named_graph(node):
            store.update(drop_update(node))
    refresh_fused(store, base)
    store.flush()
    return quad_count(store)
