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

# Each function below imports its module when called: every ``import bnkg.x`` (a worker process, the
# reader alone) runs this file first, and ``import bnkg`` takes 0.02 s where importing what these
# functions need takes 0.35 s (rdflib, pyshacl, pyoxigraph; ``python -X importtime``).  Measured
# start-up costs, and the only imports inside functions besides owlready2 (bnkg.ontology.reason).

__version__ = "0.1.0"
__all__ = ["build", "build_result", "load", "network", "open_store", "query", "reason", "save", "validate",
           "__version__"]

if TYPE_CHECKING:
    from rdflib import Dataset, Graph

    from bnkg.builder.corpus.pipeline import BuildResult
    from bnkg.ontology import ReasoningReport, ValidationReport
    from bnkg.queries import QueryResult
    from bnkg.views.network import ActorNetwork


def build(paths: Any, **kwargs: Any) -> Dataset:
    """Build the graph of the articles under ``paths`` (files or folders); see :mod:`bnkg.builder.corpus.pipeline`."""
    from bnkg.builder.corpus.pipeline import build as _build  # measured start-up cost

    return _build(paths, **kwargs)


def build_result(paths: Any, **kwargs: Any) -> BuildResult:
    """Like :func:`build`, also returning the records and the skipped files with reasons."""
    from bnkg.builder.corpus.pipeline import build_result as _build_result  # measured start-up cost

    return _build_result(paths, **kwargs)


def validate(graph: Graph) -> ValidationReport:
    """SHACL-validate a graph (the union of its named graphs) against bnkg's shapes."""
    from bnkg.ontology import validate as _validate  # measured start-up cost

    return _validate(graph)


def reason(graph: Graph) -> ReasoningReport:
    """Check ontology + graph for OWL consistency with HermiT (needs Java)."""
    from bnkg.ontology import reason as _reason  # measured start-up cost

    return _reason(graph)


def query(name: str, graph: Any, *, readings: bool = False, **params: str) -> QueryResult:
    """Run the canned query ``name`` with parameters bound as RDF terms.

    ``graph``: an rdflib Graph/Dataset, the embedded store (:func:`open_store`) or a
    :class:`bnkg.stores.remote.Endpoint`; the answers are the same on each.  The event queries answer one
    row per real-world event; ``readings=True``: one per article's reading.
    """
    from bnkg.queries import run  # measured start-up cost

    return run(name, graph, readings=readings, **params)


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
