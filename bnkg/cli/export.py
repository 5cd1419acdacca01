"""``bnkg export GRAPH --network OUT.gexf|OUT.graphml``: the actors' network (one edge per real-world
event and pair of actors) for Gephi and Cytoscape (:mod:`bnkg.views.network`; needs ``bnkg[analysis]``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from bnkg.cli._common import EXIT_OK, add_source_args, query_source
from bnkg.errors import BnkgError

NETWORK_SUFFIXES = (".gexf", ".graphml")
EVENT_KINDS = ("meeting", "visit", "agreement")


def add_parser(sub: Any) -> None:
    ep = sub.add_parser("export", help="export the actors' network (one edge per real-world event) as "
                        "GEXF (Gephi) or GraphML (Cytoscape)")
    ep.add_argument("graph", nargs="?", help="graph file written by bnkg build")
    add_source_args(ep, endpoint=False)
    ep.add_argument("--network", required=True, metavar="OUT",
                    help="the file to write: .gexf (Gephi) or .graphml (Cytoscape, Gephi, igraph)")
    ep.add_argument("--kinds", default="meeting,visit", metavar="K,…",
                    help="the kinds of event that join actors: meeting, visit, agreement (default meeting,visit)")
    ep.add_argument("--since", metavar="DATE", help="only events dated in or after DATE (YYYY[-MM[-DD]])")
    ep.add_argument("--until", metavar="DATE", help="only events dated in or before DATE")


def run(args: argparse.Namespace) -> int:
    suffix = Path(args.network).suffix.lower()
    if suffix not in NETWORK_SUFFIXES:  # before reading the graph: a typo costs nothing
        raise BnkgError(f"--network {args.network}: unknown network format {suffix or '(no suffix)'!r}; "
                        "use .gexf (Gephi) or .graphml (Cytoscape)")
    kinds = tuple(k.strip() for k in args.kinds.split(",") if k.strip())
    unknown = [k for k in kinds if k not in EVENT_KINDS]
    if unknown or not kinds:
        raise BnkgError(f"--kinds {args.kinds!r}: valid kinds are {', '.join(EVENT_KINDS)}")
    try:
        from bnkg.views.network import network, write_network  # measured start-up cost: networkx, optional
    except ImportError as exc:
        raise BnkgError(f"bnkg export needs networkx: pip install 'bnkg[analysis]' ({exc})") from exc
    g = network(query_source(args), kinds, since=args.since, until=args.until)
    write_network(g, args.network)
    print(f"bnkg: network → {args.network} ({g.summary().text()})", file=sys.stderr)
    return EXIT_OK
