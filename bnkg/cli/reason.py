"""``bnkg reason``: OWL consistency of the ontology and a graph (HermiT, needs Java)."""

from __future__ import annotations

import argparse
from typing import Any

from bnkg.cli._common import EXIT_FAIL, EXIT_OK
from bnkg.ontology import reason
from bnkg.rdf.serialize import load


def add_parser(sub: Any) -> None:
    r = sub.add_parser("reason", help="check the graph + ontology for OWL consistency (HermiT)")
    r.add_argument("graph")


def run(args: argparse.Namespace) -> int:
    report = reason(load(args.graph))
    print(("consistent" if report.consistent else "INCONSISTENT") + (f": {report.message}" if report.message else ""))
    return EXIT_OK if report.consistent else EXIT_FAIL
