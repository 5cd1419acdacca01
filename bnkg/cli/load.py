"""``bnkg load GRAPH (--store DIR | --endpoint URL)``: a graph file into the embedded store or a SPARQL
endpoint, each article's named graph replaced (loading twice changes nothing)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from bnkg.cli._common import EXIT_OK, count, keep_answers, seconds
from bnkg.errors import BnkgError
from bnkg.progress import progress_bar
from bnkg.stores.embedded import load_file, open_store
from bnkg.stores.remote import Endpoint, RetryPolicy


def add_parser(sub: Any) -> None:
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
                    help="update (default): --batch graphs per SPARQL Update request, keeping the union of the "
                    "named graphs queryable (see --default-graph); gsp: one Graph Store Protocol PUT per named "
                    "graph, for servers whose default graph is already the union")
    ld.add_argument("--default-graph", choices=("auto", "union", "separate"), default="auto",
                    help="the server's dataset model for --method update: separate (Oxigraph, Fuseki): bnkg keeps "
                    "the default graph the union of the named graphs; union (Virtuoso, oxigraph serve "
                    "--union-default-graph): the default graph already shows every graph, so bnkg writes named "
                    "graphs only, plus a union graph its queries read; auto (default): ask the server with a probe "
                    "graph")
    ld.add_argument("--batch", type=count, default=100, metavar="N", help="named graphs per update request")
    ld.add_argument("--timeout", type=seconds, default=60.0, metavar="S",
                    help="seconds for each whole request (default 60); retries stop after 5 minutes in all")
    ld.add_argument("--retries", type=count, default=4, metavar="N",
                    help="retries on connection errors and HTTP 5xx, with exponential backoff (default 4)")
    ld.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")


def run(args: argparse.Namespace) -> int:
    if not args.store and not args.endpoint:
        raise BnkgError("give --store DIR or --endpoint URL (or both)")
    if args.store:
        stats = load_file(open_store(args.store), args.graph)  # (the store is closed when it returns)
        keep_answers(args.store, args.quiet)
        if not args.quiet:
            print(f"bnkg: loaded {stats.graphs} named graph(s) ({stats.replaced} replaced) into {args.store}; "
                  f"the store holds {stats.quads} quads", file=sys.stderr)
    if args.endpoint:
        endpoint = Endpoint(args.endpoint, gsp=args.gsp, update=args.update, timeout=args.timeout,
                            retry=RetryPolicy(retries=args.retries), default_graph=args.default_graph)
        bar = progress_bar(sys.stderr, args.quiet, desc="bnkg load", unit="graph")
        try:
            remote = endpoint.load(args.graph, method=args.method, batch=args.batch,
                                   progress=None if bar is None else lambda done, total: bar(done, total, ""))
        finally:
            if bar is not None:
                bar.close()
        if not args.quiet:
            model = {"union": " (its default graph is the union of all graphs: named graphs and bnkg's union "
                     "graph written)", "separate": " (default graph kept the union of the named graphs)",
                     None: ""}[remote.default_graph]
            print(f"bnkg: loaded {remote.graphs} named graph(s) into {endpoint.url} in {remote.requests} "
                  f"request(s), {remote.seconds:.1f} s{model}", file=sys.stderr)
    return EXIT_OK
