"""``bnkg remove``: drop articles from a graph file and every fused event only they supported."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from bnkg._infra.atomic import write_atomic
from bnkg._infra.lock import locked
from bnkg.builder.corpus.incremental import ensure_base, remove_articles
from bnkg.builder.graph import IRIs
from bnkg.cli._common import EXIT_OK, check_outputs
from bnkg.rdf.namespaces import DEFAULT_BASE
from bnkg.rdf.serialize import format_for, load, serialize


def add_parser(sub: Any) -> None:
    r = sub.add_parser("remove", help="drop articles (by file or base name) from a graph and re-fuse its events")
    r.add_argument("articles", nargs="+", help="article files (matched by content) or their base names")
    r.add_argument("--from", dest="graph", required=True, help="the graph file to change (rewritten atomically)")
    r.add_argument("-o", "--output", help="write the result here instead of over --from")
    r.add_argument("--base", default=None, help="base IRI of instances (default https://w3id.org/bnkg/id/)")
    r.add_argument("-q", "--quiet", action="store_true")
    r.add_argument("--no-wait", action="store_true", help="fail at once when another bnkg process is changing "
                   "the graph, instead of waiting for it")


def run(args: argparse.Namespace) -> int:
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
