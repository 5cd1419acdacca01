"""Adding articles to an existing graph and removing them again, keeping the fused events right.

An article is identified by the SHA-256 of its normalised text, so adding the same article twice
changes nothing.  Removing an article drops its named graph; the fused-events graph is then
rebuilt from the readings that remain, so a fused event no other article supports disappears.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, URIRef

from bnkg.builder.article import Skipped
from bnkg.builder.corpus.fusion import fuse
from bnkg.builder.corpus.inputs import iter_inputs
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


@dataclass(frozen=True)
class StoredArticle:
    """An article of a graph or a store: its named graph, content hash and file name."""

    graph: str
    content_hash: str
    source_file: str


def articles_in(ds: Dataset) -> list[StoredArticle]:
    """The articles of ``ds`` (each article graph's ``bnkg:contentHash`` and ``bnkg:sourceFile``)."""
    out: list[StoredArticle] = []
    for h, g in article_hashes(ds).items():
        files = sorted(str(o) for o in ds.graph(g).objects(None, BNKG.sourceFile))
        out.append(StoredArticle(str(g), h, files[0] if files else ""))
    return out


def file_hash(path: str | os.PathLike[str]) -> str | None:
    """The content hash an article file gets when built; None when it cannot be read as an article."""
    try:
        return hashlib.sha256(read_text(Path(path)).encode("utf-8")).hexdigest()
    except InputError:
        return None


def select_articles(articles: Iterable[StoredArticle], names: Iterable[str]) -> dict[str, set[str]]:
    """Each name → the graphs of the articles it names: a file by its content, or a base name."""
    articles = list(articles)
    out: dict[str, set[str]] = {}
    for name in names:
        path = Path(name)
        h = file_hash(path) if path.is_file() else None
        out[name] = {a.graph for a in articles if a.content_hash == h or a.source_file == path.name}
    return out


def new_inputs(paths: Iterable[str | os.PathLike[str]], known: Iterable[str]) -> tuple[list[str], list[Skipped]]:
    """The input files (folders expanded) whose content is not among the ``known`` hashes, and a skip
    for each that is (``bnkg build --into --store``: an article already in the store is not rebuilt)."""
    known = set(known)
    kept: list[str] = []
    skipped: list[Skipped] = []
    for item in iter_inputs(paths):
        if isinstance(item, Skipped):  # (an unlistable folder, a symlink loop): reported as it is
            skipped.append(item)
        elif file_hash(item) in known:
            skipped.append(Skipped(str(item), "same content as an article already in the store; built once"))
        else:
            kept.append(str(item))
    return kept, skipped


def remove_articles(ds: Dataset, names: Iterable[str], iris: IRIs | None = None) -> list[str]:
    """Drop the named graphs of the given articles and re-fuse; returns what was removed.

    Raises :class:`BnkgError` naming every argument that matches no article of the graph.
    """
    names = list(names)
    targets = select_articles(articles_in(ds), names)
    missing = [n for n, gs in targets.items() if not gs]
    if missing:
        raise BnkgError(f"not in the graph: {', '.join(missing)}")
    for gs in targets.values():
        for gid in gs:
            ds.remove_graph(ds.graph(URIRef(gid)))
    fuse(ds, iris or IRIs())
    return [n for n in names if targets[n]]


def ensure_base(iris: IRIs, ds: Dataset, where: str = "the graph") -> None:
    """Refuse to mix instance bases: the fused graph of one base cannot see another's readings."""
    bases = {str(g.identifier).rsplit("graph/", 1)[0] for g in ds.graphs() if "graph/" in str(g.identifier)
             and (None, RDF.type, BNKG.Article) in g}
    if bases and iris.base not in bases:
        raise BnkgError(f"{where} was built with base {', '.join(sorted(bases))}, not {iris.base}; mixing two bases "
                        f"would split its events: pass --base {sorted(bases)[0]} (or build a new graph)")
