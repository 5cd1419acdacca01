"""Adding articles to an existing graph and removing them again, keeping the fused events right.

An article is identified by the SHA-256 of its normalised text, so adding the same article twice
changes nothing.  Removing an article drops its named graph; the fused-events graph is then
rebuilt from the readings that remain, so a fused event no other article supports disappears.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from rdflib import Dataset, URIRef

from bnkg.builder.corpus.fusion import fuse
from bnkg.builder.graph import IRIs
from bnkg.builder.read import read_text
from bnkg.errors import BnkgError, InputError
from bnkg.rdf.namespaces import BNKG, RDF


def article_hashes(ds: Dataset) -> dict[str, URIRef]:
    """Content hash → the named graph holding that article."""
    out: dict[str, URIRef] = {}
    for s, _, o, g in ds.quads((None, BNKG.contentHash, None, None)):
        if (s, RDF.type, BNKG.Article, g) in ds:
            out[str(o)] = g.identifier if hasattr(g, "identifier") else g  # type: ignore[assignment]
    return out


def _graphs_of(ds: Dataset, name_or_path: str) -> set[URIRef]:
    """The named graphs of the article given by file (its content) or by its base name."""
    found: set[URIRef] = set()
    path = Path(name_or_path)
    if path.is_file():
        try:
            h = hashlib.sha256(read_text(path).encode("utf-8")).hexdigest()
        except InputError:
            h = ""
        found |= {g for k, g in article_hashes(ds).items() if k == h}
    for s, _, o, g in ds.quads((None, BNKG.sourceFile, None, None)):
        if str(o) == path.name and (s, RDF.type, BNKG.Article, g) in ds:
            found.add(g.identifier if hasattr(g, "identifier") else g)  # type: ignore[arg-type]
    return found


def remove_articles(ds: Dataset, names: Iterable[str], iris: IRIs | None = None) -> list[str]:
    """Drop the named graphs of the given articles and re-fuse; returns what was removed.

    Raises :class:`BnkgError` naming every argument that matches no article of the graph.
    """
    names = list(names)
    targets = {n: _graphs_of(ds, n) for n in names}
    missing = [n for n, gs in targets.items() if not gs]
    if missing:
        raise BnkgError(f"not in the graph: {', '.join(missing)}")
    for gs in targets.values():
        for gid in gs:
            ds.remove_graph(ds.graph(gid))
    fuse(ds, iris or IRIs())
    return [n for n in names if targets[n]]


def ensure_base(iris: IRIs, ds: Dataset, where: str = "the graph") -> None:
    """Refuse to mix instance bases: the fused graph of one base cannot see another's readings."""
    bases = {str(g.identifier).rsplit("graph/", 1)[0] for g in ds.graphs() if "graph/" in str(g.identifier)
             and (None, RDF.type, BNKG.Article) in g}
    if bases and iris.base not in bases:
        raise BnkgError(f"{where} was built with base {', '.join(sorted(bases))}, not {iris.base}; mixing two bases "
                        f"would split its events: pass --base {sorted(bases)[0]} (or build a new graph)")
