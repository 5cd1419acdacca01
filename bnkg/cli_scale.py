"""The command-line side of large builds: ``--jobs``, ``--stream`` and the SHACL engine options.

Kept apart from :mod:`bnkg.cli` (which only calls in) so that the scale options live in one place.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from typing import Any

from bnkg.errors import BnkgError

EXIT_OK, EXIT_FAIL = 0, 1


def add_build_args(b: argparse.ArgumentParser) -> None:
    """``bnkg build --jobs N --stream``."""
    b.add_argument("--jobs", type=int, default=None, metavar="N",
                   help="worker processes reading articles (default: all cores; 1 = no pool); the output is "
                   "the same for any N")
    b.add_argument("--stream", action="store_true",
                   help="write the N-Quads output as the articles are read, in memory that does not grow "
                   "with the corpus (the default for a .nq output without --into/--store)")


def add_validate_args(v: argparse.ArgumentParser) -> None:
    """``bnkg validate --jobs N --engine E``."""
    from bnkg.ontology.scale import ENGINES

    v.add_argument("--jobs", type=int, default=None, metavar="N",
                   help="validate the named graphs in N processes (default: the fastest way for the engine: one "
                   "call with turbo, all cores with pyshacl); the report is the same")
    v.add_argument("--engine", choices=ENGINES, default="auto",
                   help="SHACL engine: pyshacl, turbo (pyshacl-turbo, the 'fast' extra) or auto (turbo when "
                   "installed); the report is the same")


def jobs_of(args: argparse.Namespace) -> int:
    """``--jobs``, or all cores."""
    from bnkg.builder.parallel import default_jobs

    jobs = getattr(args, "jobs", None)
    if jobs is None:
        return default_jobs()
    if jobs < 1:
        raise BnkgError("--jobs must be 1 or more")
    return int(jobs)


def wants_stream(args: argparse.Namespace, fmt: str) -> bool:
    """Stream when asked, and by default for an N-Quads file that is neither merged nor stored."""
    if args.stream:
        if fmt != "nquads" or not args.output:
            raise BnkgError("--stream writes an N-Quads file: give -o OUTPUT.nq")
        if args.into or args.store:
            raise BnkgError("--stream cannot be combined with --into or --store")
        return True
    return fmt == "nquads" and bool(args.output) and not args.into and not args.store


def run_stream_build(args: argparse.Namespace) -> int:
    """``bnkg build … -o out.nq`` streaming: same messages, summary and exit codes as the classic build."""
    from bnkg.builder.stream import build_nquads
    from bnkg.cli import report_skipped
    from bnkg.ontology.namespaces import DEFAULT_BASE
    from bnkg.progress import BuildSummary, progress_bar

    result = build_nquads(args.inputs, args.output, base=args.base or DEFAULT_BASE, debug=args.debug,
                          jobs=jobs_of(args), validate=not args.no_validate,
                          progress=progress_bar(sys.stderr, args.quiet))
    report_skipped(result.skipped, args)
    if not result.built:
        print("bnkg: error: no article could be built; nothing written", file=sys.stderr)
        return EXIT_FAIL
    summary = BuildSummary.of(_Skips(result.skipped), args.output, result.quads, result.report)  # type: ignore[arg-type]
    summary = dataclasses.replace(summary, built=result.built, facts=dict(result.facts))
    if not args.quiet or summary.conforms is False:
        sys.stderr.write(summary.text())
    return EXIT_FAIL if args.strict and (result.skipped or summary.conforms is False) else EXIT_OK


@dataclasses.dataclass
class _Skips:
    """What :meth:`BuildSummary.of` reads of a build result, for a build that kept no records."""

    skipped: list[Any]
    records: tuple[()] = ()


def validate_source(args: argparse.Namespace, data: Any) -> Any:
    """``bnkg validate``: graph by graph in processes when ``--jobs`` is given, else the fastest way."""
    from bnkg.ontology.scale import validate_fast, validate_parallel

    engine = getattr(args, "engine", "auto")
    if getattr(args, "jobs", None) is not None:
        return validate_parallel(data, jobs=jobs_of(args), engine=engine)
    return validate_fast(data, engine=engine)
