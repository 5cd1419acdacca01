"""bnkg — Bengali news articles → an RDF knowledge graph of Russia–North Korea relations.

The small public API::

    >>> import bnkg
    >>> ds = bnkg.build(["examples"])                    # doctest: +SKIP
    >>> bnkg.validate(ds).conforms                       # doctest: +SKIP
    True
    >>> bnkg.query("who-met-whom", ds).to_table()        # doctest: +SKIP

``build`` returns an :class:`rdflib.Dataset` with one named graph per article; ``validate`` runs
the SHACL shapes; ``query`` runs a canned SPARQL query (see ``bnkg queries``).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from bnkg._version import __version__

# Each function below imports its module when called: every ``import bnkg.x`` (a worker process, the
# reader alone) runs this file first, and ``import bnkg`` takes 0.02 s where importing what these
# functions need takes 0.35 s (rdflib, pyshacl, pyoxigraph; ``python -X importtime``).  Measured
# start-up costs, and the only imports inside functions besides owlready2 (bnkg.ontology.reason).

__all__ = ["build", "build_result", "load", "network", "open_store", "query", "reason", "save", "validate",
           "__version__"]

if TYPE_CHECKING:
    from rdflib import Dataset, Graph

    from bnkg.builder.corpus.pipeline import BuildResult
    from bnkg.ontology import ReasoningReport, ValidationReport
    from bnkg.queries import QueryResult
    from bnkg.views.network import ActorNetwork


def _paths(paths: Any) -> list[str | os.PathLike[str]]:
    """``paths`` as a list of paths: one str/Path is one path (not its characters); else TypeError."""
    if isinstance(paths, (str, os.PathLike)):
        return [paths]
    if isinstance(paths, bytes) or not hasattr(paths, "__iter__"):
        raise TypeError(f"paths must be a file or folder (str or pathlib.Path) or a list of them, "
                        f"not {type(paths).__name__}")
    items = list(paths)
    wrong = [type(p).__name__ for p in items if not isinstance(p, (str, os.PathLike))]
    if wrong:
        raise TypeError(f"each path must be a str or pathlib.Path, not {wrong[0]}")
    if not items:
        raise ValueError("no paths given: pass a file or folder of articles")
    return items


def _graph(graph: Any) -> Any:
    """A graph argument: a str/Path is read as a graph file, or opened as the embedded store in that folder (to
    read, keeping the listings' whole answers there: :meth:`bnkg.queries.engines.StoreEngine.open`)."""
    if isinstance(graph, (str, os.PathLike)):
        if os.path.isdir(graph):
            from bnkg.queries.engines import StoreEngine  # measured start-up cost

            return StoreEngine.open(graph)
        return load(graph)
    return graph


def build(paths: Any, **kwargs: Any) -> Dataset:
    """Build the graph of the articles under ``paths`` (a file or folder, or a list of them); see
    :mod:`bnkg.builder.corpus.pipeline`."""
    from bnkg.builder.corpus.pipeline import build as _build  # measured start-up cost

    return _build(_paths(paths), **kwargs)


def build_result(paths: Any, **kwargs: Any) -> BuildResult:
    """Like :func:`build`, also returning the records and the skipped files with reasons."""
    from bnkg.builder.corpus.pipeline import build_result as _build_result  # measured start-up cost

    return _build_result(_paths(paths), **kwargs)


def validate(graph: Graph | str | os.PathLike[str]) -> ValidationReport:
    """SHACL-validate a graph (the union of its named graphs, or a graph file) against bnkg's shapes."""
    from rdflib import Graph as _Graph  # measured start-up cost

    from bnkg.ontology import validate as _validate  # measured start-up cost

    data = _graph(graph)
    if not isinstance(data, _Graph):
        raise TypeError(f"validate needs an rdflib Graph/Dataset or a graph file path, not {type(graph).__name__}")
    return _validate(data)


def reason(graph: Graph) -> ReasoningReport:
    """Check ontology + graph for OWL consistency with HermiT (needs Java)."""
    from bnkg.ontology import reason as _reason  # measured start-up cost

    return _reason(graph)


def query(name: str, graph: Any, *, readings: bool = False, **params: str) -> QueryResult:
    """Run the canned query ``name`` with parameters bound as RDF terms.

    ``graph``: an rdflib Graph/Dataset, a graph file, the embedded store (its folder, or :func:`open_store`) or
    a :class:`bnkg.stores.remote.Endpoint`; the answers are the same on each.  The event queries answer one
    row per real-world event; ``readings=True``: one per article's reading.
    """
    from bnkg.queries import run  # measured start-up cost

    return run(name, _graph(graph), readings=readings, **params)


def open_store(path: Any, *, read_only: bool = False) -> Any:
    """Open (or create) the embedded on-disk triple store (a ``pyoxigraph.Store``); see :mod:`bnkg.stores.embedded`."""
    from bnkg.stores.embedded import open_store as _open_store  # measured start-up cost

    return _open_store(path, read_only=read_only)


def load(path: Any, fmt: str | None = None) -> Dataset:
    """Read a graph file written by bnkg (TriG, N-Quads, Turtle, N-Triples, JSON-LD)."""
    from bnkg.rdf.serialize import load as _load  # measured start-up cost

    return _load(path, fmt)


def save(graph: Dataset, path: Any, fmt: str | None = None) -> None:
    """Write a graph atomically and deterministically; the format follows the suffix."""
    from bnkg.rdf.serialize import save as _save  # measured start-up cost

    _save(graph, path, fmt)


def network(graph: Any, kinds: Any = ("meeting", "visit"), *, since: str | None = None,
            until: str | None = None) -> ActorNetwork:
    """The actors joined by one edge per real-world event (``networkx.MultiGraph``; needs
    ``bnkg[analysis]``); see :mod:`bnkg.views.network`."""
    from bnkg.views.network import network as _network  # measured start-up cost: networkx, optional

    return _network(graph, kinds, since=since, until=until)
