"""``bnkg validate``: the SHACL report of a graph file or the store; exit 1 when it does not conform."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from bnkg._infra.scratch import scratch_dir
from bnkg.cli._common import EXIT_FAIL, EXIT_OK, add_source_args, jobs_of, query_source
from bnkg.ontology import ValidationReport
from bnkg.ontology.shacl_file import streamable, validate_file
from bnkg.ontology.shacl_parallel import ENGINES, validate_fast, validate_parallel
from bnkg.stores.embedded import dump_named


def add_parser(sub: Any) -> None:
    v = sub.add_parser("validate", help="validate a graph against the SHACL shapes")
    v.add_argument("graph", nargs="?")
    add_source_args(v, endpoint=False)
    v.add_argument("--format", choices=("text", "json"), default="text")
    v.add_argument("--jobs", type=int, default=None, metavar="N",
                   help="validate the named graphs in N processes (default: all cores for a graph file or the "
                   "store; one for JSON-LD with turbo); the report is the same")
    v.add_argument("--engine", choices=ENGINES, default="auto",
                   help="SHACL engine: pyshacl, turbo (pyshacl-turbo, the 'fast' extra) or auto (turbo when "
                   "installed); the report is the same")


def run(args: argparse.Namespace) -> int:
    source = query_source(args, read=False)
    if not isinstance(source, str):  # the store: its named graphs streamed to N-Quads, validated as a file is
        with scratch_dir(".bnkg-validate-store.") as tmp:
            dumped = Path(tmp) / "store.nq"
            dump_named(source, dumped)
            report = validate_file(dumped, engine=getattr(args, "engine", "auto"), jobs=jobs_of(args))
    elif streamable(source):  # read by Oxigraph, validated graph by graph on all cores
        report = validate_file(source, engine=getattr(args, "engine", "auto"), jobs=jobs_of(args))
    else:  # JSON-LD
        report = validate_source(args, query_source(args))
    if args.format == "json":
        print(json.dumps({"conforms": report.conforms,
                          "violations": [asdict(v) for v in report.violations]}, ensure_ascii=False, indent=2))
    else:
        print(report.text())
    return EXIT_OK if report.conforms else EXIT_FAIL


def validate_source(args: argparse.Namespace, data: Any) -> ValidationReport:
    """Graph by graph in processes when ``--jobs`` is given, else the fastest way."""
    engine = getattr(args, "engine", "auto")
    if getattr(args, "jobs", None) is not None:
        return validate_parallel(data, jobs=jobs_of(args), engine=engine)
    return validate_fast(data, engine=engine)
