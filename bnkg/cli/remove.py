"""``bnkg remove``: drop articles from a graph file or the embedded store, and every fused event only
they supported."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from bnkg._infra.atomic import write_atomic
from bnkg._infra.lock import locked
from bnkg.builder.corpus.incremental import ensure_base, remove_articles, select_articles
from bnkg.builder.graph import IRIs
from bnkg.cli._common import EXIT_OK, check_outputs, keep_answers
from bnkg.errors import BnkgError
from bnkg.rdf.namespaces import DEFAULT_BASE
from bnkg.rdf.serialize import format_for, load, serialize
from bnkg.stores.embedded import open_store, remove_graphs, stored_articles


def add_parser(sub: Any) -> None:
    r = sub.add_parser("remove", help="drop articles (by file or base name) from a graph or the store and re-fuse "
                       "its events")
    r.add_argument("articles", nargs="+", help="article files (matched by content) or their base names")
    r.add_argument("--from", dest="graph", metavar="GRAPH", help="the graph file to change (rewritten atomically)")
    r.add_argument("--store", metavar="DIR", help="the embedded on-disk store in DIR to change instead (each "
                   "article's graph is dropped in one transaction)")
    r.add_argument("-o", "--output", help="write the result here instead of over --from")
    r.add_argument("--base", default=None, help="base IRI of instances (default https://w3id.org/bnkg/id/)")
    r.add_argument("-q", "--quiet", action="store_true")
    r.add_argument("--no-wait", action="store_true", help="fail at once when another bnkg process is changing "
                   "the graph, instead of waiting for it (a store never waits)")


def run(args: argparse.Namespace) -> int:
    if bool(args.graph) == bool(args.store):
        raise BnkgError("give the graph file to change (--from GRAPH) or the store (--store DIR), one of them")
    if args.store:
        return run_store(args)
    out = args.output or args.graph
    fmt = format_for(out)
    check_outputs(args.articles, [out])
    quiet = args.quiet
    # read-modify-write: the graph is locked from before it is read until after it is written
    with locked([args.graph, out], wait=not args.no_wait,
                on_wait=None if quiet else (lambda m: print(m, file=sys.stderr, flush=True))):
        ds = load(args.graph)
        iris = IRIs(args.base or DEFAULT_BASE)
        ensure_base(iris, ds, args.graph)
        removed = remove_articles(ds, args.articles, iris)
        write_atomic(out, serialize(ds, fmt))
    if not args.quiet:
        print(f"bnkg: removed {len(removed)} article(s); {len(ds)} triples → {out}", file=sys.stderr)
    return EXIT_OK


def run_store(args: argparse.Namespace) -> int:
    """``bnkg remove … --store DIR``: the store is changed in place; RocksDB's lock keeps other writers out
    (a second one gets an error at once)."""
    if args.output:
        raise BnkgError("-o/--output is for a graph file; a store is changed in place (copy its folder first "
                        "to keep the old one)")
    if args.base:
        raise BnkgError("--base is for a graph file; the store's base is read from its article graphs")
    open_store(args.store, read_only=True)  # a missing store is an error here, not a new empty one
    store = open_store(args.store)
    targets = select_articles(stored_articles(store), args.articles)
    missing = [n for n, graphs in targets.items() if not graphs]
    if missing:
        raise BnkgError(f"not in the store {args.store}: {', '.join(missing)}")
    quads = remove_graphs(store, sorted(set().union(*targets.values())))
    del store  # (closed: the listings' answers are kept on the store as a reader finds it)
    keep_answers(args.store, args.quiet)
    if not args.quiet:
        print(f"bnkg: removed {len(targets)} article(s); {quads} quads in store {args.store}", file=sys.stderr)
    return EXIT_OK
