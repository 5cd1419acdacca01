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
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from bnkg import __version__
from bnkg.cli_fusion import add_remove_parser
from bnkg.cli_scale import add_build_args, add_validate_args
from bnkg.cli_stores import add_load_parser, add_source_args
from bnkg.cli_story import add_story_parsers
from bnkg.errors import BnkgError
from bnkg.interrupt import sigterm_as_interrupt

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="bnkg", description="Bengali news → RDF knowledge graph of "
                                 "Russia–North Korea relations.")
    ap.add_argument("--version", action="version", version=f"bnkg {__version__}")
    ap.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = ap.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="build a graph from article files and folders")
    b.add_argument("inputs", nargs="+", help="article files or folders (read recursively)")
    b.add_argument("-o", "--output", help="output graph file (.trig .nq .ttl .nt .jsonld)")
    b.add_argument("--store", metavar="DIR", help="also (or instead) write each article's named graph into "
                   "the embedded on-disk store in DIR, replacing earlier versions")
    b.add_argument("--into", metavar="GRAPH", help="add the articles to this existing graph file (articles "
                   "already in it are skipped) and re-fuse the events; it is also the default output")
    b.add_argument("--format", help="output format, overriding the suffix")
    b.add_argument("--base", default=None, help="base IRI of instances (default https://w3id.org/bnkg/id/)")
    b.add_argument("--report", help="write skipped files as JSON lines to this file")
    b.add_argument("--strict", action="store_true", help="exit 1 if any file was skipped")
    b.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    b.add_argument("--no-validate", action="store_true", help="skip the SHACL check of the summary")
    add_build_args(b)

    v = sub.add_parser("validate", help="validate a graph against the SHACL shapes")
    v.add_argument("graph", nargs="?")
    add_source_args(v, endpoint=False)
    v.add_argument("--format", choices=("text", "json"), default="text")
    add_validate_args(v)

    r = sub.add_parser("reason", help="check the graph + ontology for OWL consistency (HermiT)")
    r.add_argument("graph")

    q = sub.add_parser("query", help="run a canned query; parameters as --NAME VALUE")
    q.add_argument("name")
    q.add_argument("graph", nargs="?")
    add_source_args(q, endpoint=True)
    q.add_argument("--format", choices=("table", "csv", "json"), default="table")
    q.add_argument("--limit", type=_count, metavar="N", help="at most N rows (a page, in the query's order)")
    q.add_argument("--offset", type=_count, default=0, metavar="K", help="skip the first K rows")
    q.add_argument("--readings", action="store_true",
                   help="one row per article's reading, not per real-world event (who-met-whom, visits, …)")

    sub.add_parser("queries", help="list the canned queries and the questions they answer")
    add_load_parser(sub)
    add_remove_parser(sub)
    add_story_parsers(sub)
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
    except KeyboardInterrupt as exc:  # Ctrl-C, or SIGTERM (bnkg.interrupt.Terminated)
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
    if args.command == "build":
        return _build(args)
    if args.command == "validate":
        return _validate(args)
    if args.command == "reason":
        return _reason(args)
    if args.command == "query":
        return _query(args, extra)
    if args.command == "load":
        from bnkg.cli_stores import run_load

        return run_load(args)
    if args.command == "remove":
        from bnkg.cli_fusion import run_remove

        return run_remove(args)
    if args.command in ("report", "explain"):
        from bnkg.cli_story import run as run_story

        return run_story(args)
    return _queries()


def _build(args: argparse.Namespace) -> int:
    from bnkg.builder.pipeline import build_result
    from bnkg.cli_scale import jobs_of, run_stream_build, wants_stream
    from bnkg.cli_stores import StoreSink
    from bnkg.ontology.namespaces import DEFAULT_BASE
    from bnkg.progress import progress_bar, summarize
    from bnkg.serialize import format_for, serialize, write_atomic

    if args.into and not args.output:
        args.output = args.into
    if not args.output and not args.store:
        raise BnkgError("give -o OUTPUT, --store DIR, or both")
    existing = None
    if args.into and Path(args.into).exists():
        from bnkg.serialize import load

        existing = load(args.into)
    fmt = format_for(args.output, args.format) if args.output else ""  # fail on a bad suffix before any work
    if wants_stream(args, fmt):  # N-Quads written as the articles are read (bnkg.builder.stream)
        return run_stream_build(args)
    sink = StoreSink(args.store) if args.store else None  # graphs go to the store as they are built
    try:
        result = build_result(args.inputs, base=args.base or DEFAULT_BASE, debug=args.debug,
                              on_graph=sink, keep_graphs=bool(args.output),
                              progress=progress_bar(sys.stderr, args.quiet), into=existing, jobs=jobs_of(args))
    finally:
        if sink is not None:
            sink.close()
    report_skipped(result.skipped, args)
    if not result.records:
        if existing is not None and not any(getattr(s, "failed", False) for s in result.skipped):
            if not args.quiet:
                print(f"bnkg: nothing new to add; {args.into} unchanged", file=sys.stderr)
            return EXIT_OK
        print("bnkg: error: no article could be built; nothing written", file=sys.stderr)
        return EXIT_FAIL
    if args.output:
        write_atomic(args.output, serialize(result.dataset, fmt))
    where = " and ".join(x for x in (args.output, args.store and f"store {args.store}") if x)
    summary = summarize(result, where, validate=not args.no_validate,
                        triples=sink.triples if sink and not args.output else None, jobs=jobs_of(args))
    if not args.quiet or summary.conforms is False:
        sys.stderr.write(summary.text())
    return EXIT_FAIL if args.strict and (result.skipped or summary.conforms is False) else EXIT_OK


def report_skipped(skipped: Sequence[Any], args: argparse.Namespace) -> None:
    """One line per skipped file on stderr (tracebacks with --debug), and the --report JSON lines."""
    from bnkg.serialize import write_atomic

    for s in skipped:
        print(f"bnkg: skipped {_one_line(s.path)}: {s.reason}", file=sys.stderr)
        if args.debug and s.detail:
            print(s.detail, file=sys.stderr)
    if args.report:
        lines = "".join(json.dumps({"path": s.path, "reason": s.reason}, ensure_ascii=False) + "\n"
                        for s in skipped)
        # a file name that is not UTF-8 (a lone surrogate here) becomes a JSON \udcXX escape
        write_atomic(args.report, lines.encode("utf-8", errors="backslashreplace"))


def _one_line(path: str) -> str:
    """A file name as printable text on one line (names may hold newlines or non-UTF-8 bytes)."""
    return path.encode("utf-8", "backslashreplace").decode("utf-8").replace("\n", "\\n").replace("\r", "\\r")


def _validate(args: argparse.Namespace) -> int:
    from bnkg.cli_scale import validate_source
    from bnkg.cli_stores import dataset_of, query_source

    report = validate_source(args, dataset_of(query_source(args)))  # graph by graph, on all cores
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
    from bnkg.cli_stores import query_source
    from bnkg.queries import format_result, run

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
    result = run(args.name, query_source(args), limit=args.limit, offset=args.offset, readings=args.readings,
                 **params)
    out = format_result(result, args.format)
    sys.stdout.write(out if out.endswith("\n") else out + "\n")
    return EXIT_OK


def _count(text: str) -> int:
    """A non-negative whole number, for argparse."""
    try:
        n = int(text)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number ≥ 0, got {text!r}")
    return n


def _queries() -> int:
    from bnkg.queries import catalogue

    per_reading = catalogue(readings=True)
    for name, q in sorted(catalogue().items()):
        params = ", ".join(f"--{p.name}{'' if p.required else ' (optional)'}" for p in q.params)
        if per_reading[name].sparql != q.sparql:
            params += (", " if params else "") + "--readings (a row per article's reading)"
        print(f"{name:<14} {q.question}" + (f"\n{'':<14} parameters: {params}" if params else ""))
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

