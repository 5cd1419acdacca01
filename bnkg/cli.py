"""The ``bnkg`` command: argument parsing and printing only; the work is done by the library.

    bnkg build ARTICLES… -o graph.trig      build a graph (embedded, no server)
    bnkg validate graph.trig                SHACL report; exit 1 when the graph does not conform
    bnkg reason graph.trig                  OWL consistency check (HermiT, needs Java)
    bnkg query NAME graph.trig [--PARAM V]  run a canned query (--format table|csv|json)
    bnkg queries                            list the canned queries
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from collections.abc import Sequence
from dataclasses import asdict

from bnkg import __version__
from bnkg.errors import BnkgError

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="bnkg", description="Bengali news → RDF knowledge graph of "
                                 "Russia–North Korea relations.")
    ap.add_argument("--version", action="version", version=f"bnkg {__version__}")
    ap.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = ap.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="build a graph from article files and folders")
    b.add_argument("inputs", nargs="+", help="article files or folders (read recursively)")
    b.add_argument("-o", "--output", required=True, help="output graph file (.trig .nq .ttl .nt .jsonld)")
    b.add_argument("--format", help="output format, overriding the suffix")
    b.add_argument("--base", default=None, help="base IRI of instances (default https://w3id.org/bnkg/id/)")
    b.add_argument("--report", help="write skipped files as JSON lines to this file")
    b.add_argument("--strict", action="store_true", help="exit 1 if any file was skipped")
    b.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")

    v = sub.add_parser("validate", help="validate a graph against the SHACL shapes")
    v.add_argument("graph")
    v.add_argument("--format", choices=("text", "json"), default="text")

    r = sub.add_parser("reason", help="check the graph + ontology for OWL consistency (HermiT)")
    r.add_argument("graph")

    q = sub.add_parser("query", help="run a canned query; parameters as --NAME VALUE")
    q.add_argument("name")
    q.add_argument("graph")
    q.add_argument("--format", choices=("table", "csv", "json"), default="table")

    sub.add_parser("queries", help="list the canned queries and the questions they answer")
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    ap = _parser()
    args, extra = ap.parse_known_args(argv)
    try:
        if args.command != "query" and extra:
            ap.error(f"unrecognized arguments: {' '.join(extra)}")
        return _dispatch(args, extra)
    except BnkgError as exc:
        print(f"bnkg: error: {exc}", file=sys.stderr)
        if args.debug:
            traceback.print_exc()
        return EXIT_FAIL
    except KeyboardInterrupt:
        print("bnkg: interrupted; nothing was written", file=sys.stderr)
        return 130
    except Exception as exc:  # never show a user a traceback unless asked
        print(f"bnkg: internal error: {type(exc).__name__}: {exc} (run with --debug for details)",
              file=sys.stderr)
        if args.debug:
            traceback.print_exc()
        return EXIT_FAIL


def _dispatch(args: argparse.Namespace, extra: list[str]) -> int:
    if args.command == "build":
        return _build(args)
    if args.command == "validate":
        return _validate(args)
    if args.command == "reason":
        return _reason(args)
    if args.command == "query":
        return _query(args, extra)
    return _queries()


def _build(args: argparse.Namespace) -> int:
    from bnkg.builder.pipeline import build_result
    from bnkg.ontology.namespaces import DEFAULT_BASE
    from bnkg.serialize import format_for, serialize, write_atomic

    fmt = format_for(args.output, args.format)  # fail on a bad suffix before any work
    result = build_result(args.inputs, base=args.base or DEFAULT_BASE, debug=args.debug)
    for s in result.skipped:
        print(f"bnkg: skipped {s.path}: {s.reason}", file=sys.stderr)
        if args.debug and s.detail:
            print(s.detail, file=sys.stderr)
    if args.report:
        lines = "".join(json.dumps({"path": s.path, "reason": s.reason}, ensure_ascii=False) + "\n"
                        for s in result.skipped)
        write_atomic(args.report, lines.encode("utf-8"))
    if not result.records:
        print("bnkg: error: no article could be built; nothing written", file=sys.stderr)
        return EXIT_FAIL
    write_atomic(args.output, serialize(result.dataset, fmt))
    if not args.quiet:
        n = {k: sum(len(getattr(r, k)) for r in result.records)
             for k in ("visits", "meetings", "agreements", "claims")}
        print(f"bnkg: built {len(result.records)} article(s), skipped {len(result.skipped)}; "
              f"{n['visits']} visits, {n['meetings']} meetings, {n['agreements']} agreements, "
              f"{n['claims']} claims; {len(result.dataset)} triples → {args.output}", file=sys.stderr)
    return EXIT_FAIL if args.strict and result.skipped else EXIT_OK


def _validate(args: argparse.Namespace) -> int:
    from bnkg.ontology import validate
    from bnkg.serialize import load

    report = validate(load(args.graph))
    if args.format == "json":
        print(json.dumps({"conforms": report.conforms,
                          "violations": [asdict(v) for v in report.violations]}, ensure_ascii=False, indent=2))
    else:
        print(report.text())
    return EXIT_OK if report.conforms else EXIT_FAIL


def _reason(args: argparse.Namespace) -> int:
    from bnkg.ontology import reason
    from bnkg.serialize import load

    report = reason(load(args.graph))
    print(("consistent" if report.consistent else "INCONSISTENT") + (f": {report.message}" if report.message else ""))
    return EXIT_OK if report.consistent else EXIT_FAIL


def _query(args: argparse.Namespace, extra: list[str]) -> int:
    from bnkg.queries import format_result, run
    from bnkg.serialize import load

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
        params[key.replace("-", "_")] = value
    result = run(args.name, load(args.graph), **params)
    out = format_result(result, args.format)
    sys.stdout.write(out if out.endswith("\n") else out + "\n")
    return EXIT_OK


def _queries() -> int:
    from bnkg.queries import catalogue

    for name, q in sorted(catalogue().items()):
        params = ", ".join(f"--{p.name}{'' if p.required else ' (optional)'}" for p in q.params)
        print(f"{name:<14} {q.question}" + (f"\n{'':<14} parameters: {params}" if params else ""))
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

