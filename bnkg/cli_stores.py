"""The command-line side of triple stores: ``--store DIR`` / ``--endpoint URL`` options and ``bnkg load``.

Kept apart from :mod:`bnkg.cli` so that the store options live in one place; ``cli`` only calls in.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from bnkg.errors import BnkgError

if TYPE_CHECKING:
    from rdflib import Graph

EXIT_OK = 0


def add_source_args(p: argparse.ArgumentParser, *, endpoint: bool) -> None:
    """``--store DIR`` (and, for queries, ``--endpoint URL`` with its options) instead of a graph file."""
    p.add_argument("--store", metavar="DIR", help="read the embedded on-disk store in DIR instead of a file")
    if endpoint:
        p.add_argument("--endpoint", metavar="URL", help="run on a SPARQL 1.1 endpoint (its query URL); "
                       "credentials from BNKG_ENDPOINT_USER/BNKG_ENDPOINT_PASSWORD or ~/.netrc")
        p.add_argument("--timeout", type=float, default=30.0, metavar="S", help="seconds per request (default 30)")


def add_load_parser(sub: Any) -> None:
    """The ``bnkg load GRAPH (--store DIR | --endpoint URL)`` subcommand."""
    ld = sub.add_parser("load", help="load a graph file into the embedded store or a SPARQL endpoint "
                        "(each article's named graph replaced: loading twice changes nothing)")
    ld.add_argument("graph", help="graph file (.trig .nq; .ttl .nt go to the default graph)")
    ld.add_argument("--store", metavar="DIR", help="the embedded on-disk store (created if missing)")
    ld.add_argument("--endpoint", metavar="URL", help="a SPARQL 1.1 endpoint's query URL, e.g. "
                    "http://localhost:7878/query; credentials from BNKG_ENDPOINT_USER/BNKG_ENDPOINT_PASSWORD "
                    "or ~/.netrc")
    ld.add_argument("--gsp", metavar="URL", help="Graph Store Protocol URL (default: …/store beside …/query)")
    ld.add_argument("--update", metavar="URL", help="SPARQL Update URL (default: …/update beside …/query)")
    ld.add_argument("--method", choices=("update", "gsp"), default="update",
                    help="update (default): --batch graphs per SPARQL Update request, keeping the default graph "
                    "the union of the named graphs; gsp: one Graph Store Protocol PUT per named graph, for "
                    "servers whose default graph is already the union")
    ld.add_argument("--batch", type=int, default=100, metavar="N", help="named graphs per update request")
    ld.add_argument("--timeout", type=float, default=60.0, metavar="S", help="seconds per request (default 60)")
    ld.add_argument("--retries", type=int, default=4, metavar="N",
                    help="retries on connection errors and HTTP 5xx, with exponential backoff (default 4)")
    ld.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")


def query_source(args: argparse.Namespace) -> Any:
    """What ``bnkg query``/``validate`` read: a graph file, the embedded store or an endpoint (exactly one)."""
    given = [x for x in (getattr(args, "graph", None), getattr(args, "store", None),
                         getattr(args, "endpoint", None)) if x]
    if len(given) != 1:
        names = "a graph file, --store DIR or --endpoint URL" if hasattr(args, "endpoint") else \
            "a graph file or --store DIR"
        raise BnkgError(f"give exactly one of {names}")
    if getattr(args, "endpoint", None):
        from bnkg.remote import Endpoint

        return Endpoint(args.endpoint, timeout=args.timeout)
    if args.store:
        from bnkg.store import open_store

        return open_store(args.store, read_only=True)
    from bnkg.serialize import load

    return load(args.graph)


def dataset_of(source: Any) -> Any:
    """An rdflib Dataset for tools that need one (SHACL validation); a store is exported."""
    from bnkg.store import is_store, to_dataset

    return to_dataset(source) if is_store(source) else source


class StoreSink:
    """Receives each article's named graph during ``bnkg build --store DIR`` and writes it to the store."""

    def __init__(self, path: str, base: str | None = None) -> None:
        from bnkg.store import open_store

        self.path = path
        self.base = base
        self.store = open_store(path)
        self.graphs = 0
        self.triples = 0

    def __call__(self, graph: Graph) -> None:
        from bnkg.store import put_graph

        put_graph(self.store, graph.identifier, graph)  # type: ignore[arg-type]
        self.graphs += 1
        self.triples += len(graph)

    def close(self) -> None:
        """Recompute the fused events over every article in the store, and flush."""
        from bnkg.store import refresh_fused

        if self.graphs:
            refresh_fused(self.store, self.base)
        self.store.flush()


def run_load(args: argparse.Namespace) -> int:
    """``bnkg load``: into the store, the endpoint, or both."""
    if not args.store and not args.endpoint:
        raise BnkgError("give --store DIR or --endpoint URL (or both)")
    if args.store:
        from bnkg.store import load_file, open_store

        stats = load_file(open_store(args.store), args.graph)
        if not args.quiet:
            print(f"bnkg: loaded {stats.graphs} named graph(s) ({stats.replaced} replaced) into {args.store}; "
                  f"the store holds {stats.quads} quads", file=sys.stderr)
    if args.endpoint:
        from bnkg.remote import Endpoint, RetryPolicy

        endpoint = Endpoint(args.endpoint, gsp=args.gsp, update=args.update, timeout=args.timeout,
                            retry=RetryPolicy(retries=args.retries))
        remote = endpoint.load(args.graph, method=args.method, batch=args.batch)
        if not args.quiet:
            print(f"bnkg: loaded {remote.graphs} named graph(s) into {endpoint.url} in {remote.requests} "
                  f"request(s), {remote.seconds:.1f} s", file=sys.stderr)
    return EXIT_OK
