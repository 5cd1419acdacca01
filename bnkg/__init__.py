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

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["build", "build_result", "load", "open_store", "query", "reason", "save", "validate", "__version__"]

if TYPE_CHECKING:
    from rdflib import Dataset, Graph

    from bnkg.builder.pipeline import BuildResult
    from bnkg.ontology import ReasoningReport, ValidationReport
    from bnkg.queries import QueryResult


def build(paths: Any, **kwargs: Any) -> Dataset:
    """Build the graph of the articles under ``paths`` (files or folders); see :mod:`bnkg.builder.pipeline`."""
    from bnkg.builder.pipeline import build as _build

    return _build(paths, **kwargs)


def build_result(paths: Any, **kwargs: Any) -> BuildResult:
    """Like :func:`build`, also returning the records and the skipped files with reasons."""
    from bnkg.builder.pipeline import build_result as _build_result

    return _build_result(paths, **kwargs)


def validate(graph: Graph) -> ValidationReport:
    """SHACL-validate a graph (the union of its named graphs) against bnkg's shapes."""
    from bnkg.ontology import validate as _validate

    return _validate(graph)


def reason(graph: Graph) -> ReasoningReport:
    """Check ontology + graph for OWL consistency with HermiT (needs Java)."""
    from bnkg.ontology import reason as _reason

    return _reason(graph)


def query(name: str, graph: Any, *, readings: bool = False, **params: str) -> QueryResult:
    """Run the canned query ``name`` with parameters bound as RDF terms.

    ``graph``: an rdflib Graph/Dataset, the embedded store (:func:`open_store`) or a
    :class:`bnkg.remote.Endpoint`; the answers are the same on each.  The event queries answer one row
    per real-world event; ``readings=True``: one per article's reading.
    """
    from bnkg.queries import run

    return run(name, graph, readings=readings, **params)


def open_store(path: Any, *, read_only: bool = False) -> Any:
    """Open (or create) the embedded on-disk triple store (a ``pyoxigraph.Store``); see :mod:`bnkg.store`."""
    from bnkg.store import open_store as _open_store

    return _open_store(path, read_only=read_only)


def load(path: Any, fmt: str | None = None) -> Dataset:
    """Read a graph file written by bnkg (TriG, N-Quads, Turtle, N-Triples, JSON-LD)."""
    from bnkg.serialize import load as _load

    return _load(path, fmt)


def save(graph: Dataset, path: Any, fmt: str | None = None) -> None:
    """Write a graph atomically and deterministically; the format follows the suffix."""
    from bnkg.serialize import save as _save

    _save(graph, path, fmt)
