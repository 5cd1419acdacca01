"""Reading and writing graphs: formats, byte-for-byte determinism, atomic writes.

rdflib's serialisers do not promise an order, so N-Triples and N-Quads are written as sorted
lines and the Turtle family (TriG, Turtle) relies on rdflib's sorted subject order — a test
checks that building twice gives identical bytes.  Every output is written to a temporary file
in the target folder, flushed to disk, then renamed over the target (:mod:`bnkg._infra.atomic`): an
interrupted build leaves the previous file intact.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from importlib.resources import files
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from bnkg._infra.atomic import write_atomic
from bnkg.errors import BnkgError
from bnkg.rdf.namespaces import BNKG, PREFIXES, RDF
from bnkg.rdf.offline import offline_jsonld

Triple = tuple[Node, Node, Node]

# file suffix → rdflib format name
FORMATS = {
    ".trig": "trig",
    ".nq": "nquads",
    ".ttl": "turtle",
    ".nt": "nt",
    ".jsonld": "json-ld",
}
NAMED_GRAPH_FORMATS = ("trig", "nquads", "json-ld")


def format_for(path: str | os.PathLike[str], explicit: str | None = None) -> str:
    """The rdflib format name for ``path`` (by suffix) or for an explicit name."""
    if explicit:
        aliases = {"nquads": "nquads", "nq": "nquads", "trig": "trig", "turtle": "turtle", "ttl": "turtle",
                   "nt": "nt", "ntriples": "nt", "json-ld": "json-ld", "jsonld": "json-ld"}
        if explicit.lower() not in aliases:
            raise BnkgError(f"unknown format {explicit!r}; use one of trig, nquads, turtle, nt, jsonld")
        return aliases[explicit.lower()]
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise BnkgError(f"{path}: unknown graph file suffix {suffix!r}; use one of {', '.join(FORMATS)}")
    return FORMATS[suffix]


def serialize(ds: Dataset, fmt: str) -> bytes:
    """The dataset in ``fmt``, deterministic for the same triples.

    Formats without named graphs (Turtle, N-Triples) get the union of all graphs.
    """
    if fmt in ("nquads", "nt"):
        source: Graph = ds if fmt == "nquads" else union(ds)
        text = source.serialize(format=fmt)
        lines = sorted({line for line in text.splitlines() if line.strip()})
        return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""
    if fmt == "turtle":
        return union(ds).serialize(format="turtle").encode("utf-8")
    if fmt == "trig":
        return _trig(ds, frozenset(_wanted_prefixes(ds))).encode("utf-8")
    if fmt == "json-ld":
        return _jsonld(ds).encode("utf-8")
    return ds.serialize(format=fmt).encode("utf-8")


def jsonld_context() -> dict[str, object]:
    """bnkg's JSON-LD @context (shipped as ``bnkg/ontology/context.jsonld``)."""
    ctx = json.loads(files("bnkg.ontology").joinpath("context.jsonld").read_text(encoding="utf-8"))
    return dict(ctx["@context"])


def _jsonld(ds: Dataset) -> str:
    """JSON-LD, compacted with bnkg's @context; named graphs and nodes in IRI order."""
    data = json.loads(ds.serialize(format="json-ld", context=jsonld_context(), auto_compact=True))
    graphs = data.get("@graph", [])
    for g in graphs:
        if isinstance(g, dict) and isinstance(g.get("@graph"), list):
            g["@graph"].sort(key=lambda n: str(n.get("@id", "")))
    if isinstance(graphs, list):
        graphs.sort(key=lambda n: str(n.get("@id", "")) if isinstance(n, dict) else "")
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _trig(ds: Dataset, wanted: frozenset[str] = frozenset()) -> str:
    """TriG with graphs in IRI order (rdflib's own TriG writer follows store order).

    Each graph body is rdflib's Turtle, which sorts subjects, so the whole file is deterministic.
    IRIs in namespaces without a header prefix (a graph read from N-Quads, foreign data) get the
    prefixes rdflib generates for that body (``ns1:``…), declared just before its graph: every file
    written parses back.  The streaming build writes the same file graph by graph
    (:func:`trig_header`, :func:`trig_graph`).
    """
    prefixes = trig_prefixes(ds, wanted)
    bodies = [trig_graph(ctx.identifier, ctx, prefixes) for ctx in sorted(ds.graphs(), key=lambda g: str(g.identifier))]
    return trig_header(prefixes) + "\n".join(b for b in bodies if b)


def trig_prefixes(ds: Dataset, wanted: frozenset[str] | None = None) -> tuple[tuple[str, str], ...]:
    """The prefixes a TriG file of ``ds`` declares in its header: bnkg's own that ``ds`` binds."""
    wanted = frozenset(_wanted_prefixes(ds)) if wanted is None else wanted
    return tuple(sorted((p, str(ns)) for p, ns in ds.namespaces() if p and p in wanted))


def trig_header(prefixes: Iterable[tuple[str, str]]) -> str:
    """The start of a TriG file: the prefix lines, then a blank line."""
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in prefixes) + "\n"


def trig_graph(identifier: Node, triples: Iterable[Triple], prefixes: Sequence[tuple[str, str]]) -> str:
    """One graph's block of a TriG file (its own extra prefixes, its name, its Turtle body); "" when
    it has no triples.  Blocks are joined with a blank line after :func:`trig_header`."""
    header_set = {f"@prefix {p}: <{ns}> ." for p, ns in prefixes}
    g = Graph(bind_namespaces="none")
    for p, ns in prefixes:
        g.bind(p, ns, override=True, replace=True)
    for t in triples:
        g.add(t)
    if not len(g):
        return ""
    turtle = g.serialize(format="turtle")
    lines = turtle.splitlines()
    own = "".join(f"{line}\n" for line in lines if line.startswith("@prefix ") and line not in header_set)
    # no re-indenting: lines inside a multi-line """literal""" are data
    body = "\n".join(line for line in lines if not line.startswith("@prefix ")).strip("\n")
    if identifier == DATASET_DEFAULT_GRAPH_ID:
        return own + f"{{\n{body}\n}}\n"
    names = Graph(bind_namespaces="none")  # graph names may use the header's prefixes only
    for p, ns in prefixes:
        names.bind(p, ns, override=True, replace=True)
    return own + f"{identifier.n3(names.namespace_manager)} {{\n{body}\n}}\n"


def _wanted_prefixes(ds: Dataset) -> set[str]:
    """bnkg's own prefixes (not the dozens rdflib binds by default)."""
    base_kinds = {"article", "graph", "actor", "place", "visit", "meeting", "agreement", "claim", "evidence"}
    return set(PREFIXES) | base_kinds


def union(ds: Dataset) -> Graph:
    """All triples of all graphs of ``ds`` in one Graph (prefixes kept)."""
    g = Graph(bind_namespaces="none")
    wanted = _wanted_prefixes(ds)
    for prefix, ns in ds.namespaces():
        if prefix in wanted:
            g.bind(prefix, ns, override=True)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


OX_FORMATS = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS, "turtle": ox.RdfFormat.TURTLE,
               "nt": ox.RdfFormat.N_TRIPLES}


def holds_articles(path: str | os.PathLike[str], fmt: str | None = None) -> bool:
    """Whether graph file ``path`` holds a bnkg article, streamed with Oxigraph's parser and stopping at the
    first one (a bnkg graph: at once; a million triples of other data: ~1 s, not rdflib's minutes).

    True when the file cannot be checked this way (JSON-LD, a syntax error): :func:`load` then decides.
    """
    f = format_for(path, fmt)
    if f not in OX_FORMATS or not Path(path).is_file():
        return True
    article = ox.NamedNode(str(BNKG.Article))
    kind = ox.NamedNode(str(RDF.type))
    try:
        for q in ox.parse(path=str(path), format=OX_FORMATS[f], lenient=True):
            if q.object == article and q.predicate == kind:
                return True
    except (SyntaxError, ValueError, OSError):
        return True
    return False


def save(ds: Dataset, path: str | os.PathLike[str], fmt: str | None = None) -> None:
    write_atomic(path, serialize(ds, format_for(path, fmt)))


def load(path: str | os.PathLike[str], fmt: str | None = None) -> Dataset:
    """Read a graph file into a Dataset (named graphs kept for TriG / N-Quads / JSON-LD)."""
    p = Path(path)
    if not p.is_file():
        raise BnkgError(f"{path}: no such graph file")
    f = format_for(p, fmt)
    ds = Dataset()
    try:
        if f == "json-ld":  # contexts inlined first: parsing must fetch and read nothing else
            text = offline_jsonld(p.read_text(encoding="utf-8"), str(path), jsonld_context())
            ds.parse(data=text, format=f, publicID=p.resolve().as_uri())
        elif f in NAMED_GRAPH_FORMATS:
            ds.parse(p, format=f)
        else:
            ds.default_graph.parse(p, format=f)
    except BnkgError:
        raise
    except Exception as exc:  # rdflib raises many types for bad syntax
        raise BnkgError(f"{path}: cannot read as {f}: {type(exc).__name__}: {str(exc)[:300]}") from exc
    return ds
