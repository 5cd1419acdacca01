"""``bnkg query NAME`` (a canned query on a graph file, the store or an endpoint, parameters as
``--NAME VALUE``) and ``bnkg queries`` (the list of canned queries)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from bnkg.cli._common import EXIT_OK, add_source_args, count, query_source
from bnkg.errors import BnkgError
from bnkg.queries import catalogue, format_result
from bnkg.queries import run as run_query


def add_parsers(sub: Any) -> None:
    q = sub.add_parser("query", help="run a canned query; parameters as --NAME VALUE")
    q.add_argument("name")
    q.add_argument("graph", nargs="?")
    add_source_args(q, endpoint=True)
    q.add_argument("--format", choices=("table", "csv", "json"), default="table")
    q.add_argument("--limit", type=count, metavar="N", help="at most N rows (a page, in the query's order)")
    q.add_argument("--offset", type=count, default=0, metavar="K", help="skip the first K rows")
    q.add_argument("--readings", action="store_true",
                   help="one row per article's reading, not per real-world event (who-met-whom, visits, …)")

    sub.add_parser("queries", help="list the canned queries and the questions they answer")


def run(args: argparse.Namespace, extra: list[str]) -> int:
    params: dict[str, str] = {}
    it = iter(extra)
    for tok in it:
        if not tok.startswith("--") or len(tok) < 3:
            raise BnkgError(f"unexpected argument {tok!r}; query parameters are given as --NAME VALUE")
        key, _, value = tok[2:].partition("=")
        if not value:
            value = next(it, "")
            if not value:
                raise BnkgError(f"parameter --{key} needs a value")
        key = key.replace("-", "_")
        if key in params:
            raise BnkgError(f"--{key} is given twice ({params[key]!r} and {value!r}); a query parameter takes "
                            "one value")
        params[key] = value
    result = run_query(args.name, query_source(args), limit=args.limit, offset=args.offset, readings=args.readings,
                       **params)
    out = format_result(result, args.format)
    sys.stdout.write(out if out.endswith("\n") else out + "\n")
    return EXIT_OK


def run_list() -> int:
    per_reading = catalogue(readings=True)
    for name, q in sorted(catalogue().items()):
        params = ", ".join(f"--{p.name}{'' if p.required else ' (optional)'}" for p in q.params)
        if per_reading[name].sparql != q.sparql:
            params += (", " if params else "") + "--readings (a row per article's reading)"
        print(f"{name:<14} {q.question}" + (f"\n{'':<14} parameters: {params}" if params else ""))
    return EXIT_OK
