"""The ``bnkg`` command: argument parsing and printing only; the work is done by the library.

    bnkg build ARTICLES… -o graph.trig      build a graph (embedded, no server)
    bnkg validate graph.trig                SHACL report; exit 1 when the graph does not conform
    bnkg reason graph.trig                  OWL consistency check (HermiT, needs Java)
    bnkg query NAME graph.trig [--PARAM V]  run a canned query (--format table|csv|json)
    bnkg queries                            list the canned queries
    bnkg report graph.trig -o report.html   one self-contained HTML page telling the story of the graph
    bnkg explain FACT graph.trig            the sentences, offsets, rule and lexicon entries behind a fact
    bnkg build ARTICLES… --store kg/        … into the embedded on-disk store (also: query/validate --store)
    bnkg load graph.trig --endpoint URL     push the named graphs to a SPARQL endpoint (or --store DIR)
    bnkg query NAME --endpoint URL          run a canned query on the endpoint

One module per command in :mod:`bnkg.cli` (``add_parser`` and ``run``), over :mod:`bnkg.cli._common`.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence

from bnkg._infra.interrupt import sigterm_as_interrupt
from bnkg._version import __version__
from bnkg.cli import build, explain, export, load, query, reason, remove, report, validate
from bnkg.cli._common import EXIT_FAIL
from bnkg.errors import BnkgError


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="bnkg", description="Bengali news → RDF knowledge graph of "
                                 "Russia–North Korea relations.")
    ap.add_argument("--version", action="version", version=f"bnkg {__version__}")
    ap.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = ap.add_subparsers(dest="command", required=True)
    build.add_parser(sub)
    validate.add_parser(sub)
    reason.add_parser(sub)
    query.add_parsers(sub)  # query, queries
    load.add_parser(sub)
    remove.add_parser(sub)
    report.add_parser(sub)
    explain.add_parser(sub)
    export.add_parser(sub)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    ap = _parser()
    args, extra = ap.parse_known_args(argv)
    try:
        if args.command != "query" and extra:
            ap.error(f"unrecognized arguments: {' '.join(extra)}")
        with sigterm_as_interrupt():  # `kill PID` cleans up like Ctrl-C
            return _dispatch(args, extra)
    except BnkgError as exc:
        print(f"bnkg: error: {exc}", file=sys.stderr)
        if args.debug:
            traceback.print_exc()
        return EXIT_FAIL
    except KeyboardInterrupt as exc:  # Ctrl-C, or SIGTERM (bnkg._infra.interrupt.Terminated)
        print("bnkg: interrupted; output files were left as they were", file=sys.stderr)
        return int(getattr(exc, "exit_code", 130))
    except OSError as exc:  # a folder or disk problem, not a bug: no traceback either
        print(f"bnkg: error: {exc}", file=sys.stderr)
        if args.debug:
            traceback.print_exc()
        return EXIT_FAIL
    except Exception as exc:  # never show a user a traceback unless asked
        print(f"bnkg: internal error: {type(exc).__name__}: {exc} (run with --debug for details)",
              file=sys.stderr)
        if args.debug:
            traceback.print_exc()
        return EXIT_FAIL


def _dispatch(args: argparse.Namespace, extra: list[str]) -> int:
    if args.command == "query":
        return query.run(args, extra)
    if args.command == "queries":
        return query.run_list()
    commands = {"build": build, "validate": validate, "reason": reason, "load": load, "remove": remove,
                "report": report, "explain": explain, "export": export}
    return commands[args.command].run(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
