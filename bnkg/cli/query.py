"""``bnkg query NAME`` (a canned query on a graph file, the store or an endpoint, parameters as
``--NAME VALUE``) and ``bnkg queries`` (the list of canned queries).

Every canned query's parameters are options of ``bnkg query`` (read from the catalogue, 3 ms), so
they may come before or after the graph file; the query checks which of them it takes. What each
value was resolved to is printed on stderr (``bnkg: --claimant Russia → রাশিয়া (Russia)``)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from bnkg.cli._common import EXIT_OK, add_source_args, count, query_source
from bnkg.errors import BnkgError
from bnkg.queries import QueryResult, catalogue, format_result
from bnkg.queries import run as run_query

_PARAM_DEST = "param_"


def add_parsers(sub: Any) -> None:
    q = sub.add_parser("query", help="run a canned query; parameters as --NAME VALUE", allow_abbrev=False)
    q.add_argument("name")
    q.add_argument("graph", nargs="?")
    for pname, description in _all_params().items():
        # appended (and checked in run): a repeated or empty parameter is a bnkg error naming it
        q.add_argument(f"--{pname}", *([f"--{pname.replace('_', '-')}"] if "_" in pname else []),
                       dest=_PARAM_DEST + pname, action="append", nargs="?", metavar="VALUE", help=description)
    add_source_args(q, endpoint=True)
    q.add_argument("--format", choices=("table", "csv", "json"), default="table")
    q.add_argument("--limit", type=count, metavar="N", help="at most N rows (a page, in the query's order)")
    q.add_argument("--offset", type=count, default=0, metavar="K", help="skip the first K rows")
    q.add_argument("--readings", action="store_true",
                   help="one row per article's reading, not per real-world event (who-met-whom, visits, …)")

    sub.add_parser("queries", help="list the canned queries and the questions they answer")


def run(args: argparse.Namespace, extra: list[str]) -> int:
    params = _params(args, extra)
    result = run_query(args.name, query_source(args), limit=args.limit, offset=args.offset, readings=args.readings,
                       **params)
    say_resolved(result)
    out = format_result(result, args.format)
    sys.stdout.write(out if out.endswith("\n") else out + "\n")
    return EXIT_OK


def say_resolved(result: QueryResult) -> None:
    """One line per parameter value on stderr: the actors a label named (a user sees what was asked)."""
    for r in result.resolved:
        if r.by_label or not r.iris:
            print(f"bnkg: --{r.param} {r.value} → {r.shown()}", file=sys.stderr)


def _all_params() -> dict[str, str]:
    """Every parameter of a canned query (per event and per reading), with the first description given."""
    out: dict[str, str] = {}
    for readings in (False, True):
        for q in catalogue(readings=readings).values():
            for p in q.params:
                out.setdefault(p.name, p.description)
    return dict(sorted(out.items()))


def _params(args: argparse.Namespace, extra: list[str]) -> dict[str, str]:
    """The ``--NAME VALUE`` parameters given, each once and with a value; anything else is an error.

    A graph file after an option (``visits --actor Putin g.trig``) is left over by argparse, which
    matched the optional ``graph`` to nothing right after the query name: it is the graph."""
    if extra and args.graph is None and not extra[0].startswith("-"):
        args.graph, extra = extra[0], extra[1:]
    if extra:
        tok = extra[0]
        if tok.startswith("--") and len(tok) > 2:
            query = catalogue(readings=args.readings).get(args.name)
            valid = ", ".join(p.name for p in query.params) or "none" if query else "see `bnkg queries`"
            raise BnkgError(f"query {args.name!r} has no parameter {tok[2:].partition('=')[0]}; valid parameters: "
                            f"{valid}")
        raise BnkgError(f"unexpected argument {tok!r}; query parameters are given as --NAME VALUE")
    params: dict[str, str] = {}
    for key, values in vars(args).items():
        if not key.startswith(_PARAM_DEST) or values is None:
            continue
        name = key[len(_PARAM_DEST):]
        if any(not v for v in values):
            raise BnkgError(f"parameter --{name} needs a value")
        if len(values) > 1:
            raise BnkgError(f"--{name} is given twice ({values[0]!r} and {values[1]!r}); a query parameter takes "
                            "one value")
        params[name] = values[0]
    return params


def run_list() -> int:
    per_reading = catalogue(readings=True)
    for name, q in sorted(catalogue().items()):
        params = ", ".join(f"--{p.name}{'' if p.required else ' (optional)'}" for p in q.params)
        if per_reading[name].sparql != q.sparql:
            params += (", " if params else "") + "--readings (a row per article's reading)"
        print(f"{name:<14} {q.question}" + (f"\n{'':<14} parameters: {params}" if params else ""))
    return EXIT_OK
