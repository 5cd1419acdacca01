"""``bnkg explain``: the sentences, offsets, rule and lexicon entries behind facts (:mod:`bnkg.views.explain`)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from bnkg.cli._common import EXIT_OK
from bnkg.errors import BnkgError
from bnkg.rdf.serialize import load
from bnkg.views.explain import KIND_OPTIONS, explain


def add_parser(sub: Any) -> None:
    ex = sub.add_parser("explain", help="show the sentences, article, offsets, rule and lexicon entries "
                        "behind events and facts", description="bnkg explain FACT GRAPH  |  bnkg explain GRAPH "
                        "--visit SEARCH (or --meeting/--agreement/--claim; no SEARCH: all of that kind). "
                        "Visits, meetings and agreements are shown as real-world events, each once, with every "
                        "article's reading and its evidence beneath. FACT is an event or fact IRI (or its end, "
                        "e.g. event/e578dc733133886c or visit/d4b46d0f308b04d5: one article's reading) or a "
                        "search over actor labels in Bengali or English and claim texts.")
    ex.add_argument("items", nargs="+", metavar="FACT GRAPH", help="a fact or search, then the graph file")
    for kind in ("visit", "meeting", "agreement", "claim"):
        ex.add_argument(f"--{kind}", nargs="?", const="", metavar="SEARCH",
                        help=f"{kind}s whose actors (or, for claims, text) match SEARCH"
                        + ("" if kind == "claim" else " (each event once, its readings beneath)"))


def run(args: argparse.Namespace) -> int:
    chosen = [k for k in KIND_OPTIONS if getattr(args, k) is not None]
    if len(chosen) > 1:
        raise BnkgError("give at most one of --visit, --meeting, --agreement, --claim")
    items = list(args.items)
    if chosen:
        if len(items) != 1:
            raise BnkgError(f"with --{chosen[0]}, give only the graph file")
        graph, target, kinds = items[0], getattr(args, chosen[0]), KIND_OPTIONS[chosen[0]]
    else:
        if len(items) != 2:
            raise BnkgError("give a fact (IRI or search) and the graph file, or the graph file and "
                            "--visit/--meeting/--agreement/--claim SEARCH")
        if Path(items[0]).is_file() and not Path(items[1]).is_file():
            items.reverse()  # "bnkg explain graph.trig FACT" reads as well
        target, graph = items
        kinds = ()
    explanations = explain(load(graph), target or None, kinds)
    color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    sys.stdout.write("\n".join(x.text(color=color) for x in explanations))
    print(f"bnkg: {len(explanations)} fact(s)", file=sys.stderr)
    return EXIT_OK
