"""``bnkg build``: articles → a graph file (in memory, or streamed N-Quads for large corpora) and/or
the embedded store, then the build summary; ``--into`` adds to an existing graph."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path
from typing import Any

from bnkg._infra.atomic import write_atomic
from bnkg._infra.lock import locked
from bnkg._infra.scratch import scratch_dir
from bnkg.builder.corpus.incremental import ensure_base, new_inputs
from bnkg.builder.corpus.pipeline import build_result
from bnkg.builder.corpus.stream import STREAM_FORMATS, build_nquads
from bnkg.builder.graph import IRIs
from bnkg.cli._common import (
    EXIT_FAIL,
    EXIT_OK,
    check_outputs,
    jobs_of,
    keep_answers,
    report_skipped,
    stored_hashes,
)
from bnkg.errors import BnkgError
from bnkg.progress import BuildSummary, progress_bar, summarize
from bnkg.rdf.namespaces import DEFAULT_BASE
from bnkg.rdf.serialize import format_for, load, serialize
from bnkg.stores.embedded import StoreSink, load_file, open_to_write


def add_parser(sub: Any) -> None:
    b = sub.add_parser("build", help="build a graph from article files and folders")
    b.add_argument("inputs", nargs="+", help="article files or folders (read recursively)")
    b.add_argument("-o", "--output", help="output graph file (.trig .nq .ttl .nt .jsonld)")
    b.add_argument("--store", metavar="DIR", help="also (or instead) write each article's named graph into "
                   "the embedded on-disk store in DIR, replacing earlier versions")
    b.add_argument("--into", metavar="GRAPH", nargs="?", const="", help="add the articles to this existing graph "
                   "file (articles already in it are skipped) and re-fuse the events; it is also the default output. "
                   "With --store DIR and no GRAPH: add to the store, skipping the articles already in it")
    b.add_argument("--format", help="output format, overriding the suffix")
    b.add_argument("--base", default=None, help="base IRI of instances (default https://w3id.org/bnkg/id/)")
    b.add_argument("--report", help="write skipped files as JSON lines to this file")
    b.add_argument("--strict", action="store_true", help="exit 1 if any file was skipped")
    b.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    b.add_argument("--no-validate", action="store_true", help="skip the SHACL check of the summary")
    b.add_argument("--jobs", type=int, default=None, metavar="N",
                   help="worker processes reading articles (default: all cores; 1 = no pool); the output is "
                   "the same for any N")
    b.add_argument("--no-wait", action="store_true", help="with --into: fail at once when another bnkg process "
                   "is changing the graph, instead of waiting for it")
    b.add_argument("--stream", action="store_true",
                   help="write the N-Quads or TriG output as the articles are read, in memory that does not "
                   "grow with the corpus (the default for a .nq or .trig output without --into/--store)")


def run(args: argparse.Namespace) -> int:
    if args.into == "" and not into_store(args):  # bare --into: nothing new for the store
        return EXIT_OK
    if args.into and not args.output:
        args.output = args.into
    if not args.output and not args.store:
        raise BnkgError("give -o OUTPUT, --store DIR, or both")
    fmt = format_for(args.output, args.format) if args.output else ""  # fail on a bad suffix before any work
    check_outputs(args.inputs, [x for x in (args.output, args.report) if x])
    if wants_stream(args, fmt):  # N-Quads / TriG written as the articles are read (bnkg.builder.corpus.stream)
        return run_stream(args, fmt)
    if not args.into:
        return run_build(args, fmt, None)
    # read-modify-write: the graph is locked from before it is read until after it is written
    with locked([args.into, args.output], wait=not args.no_wait, on_wait=_say(args.quiet)):
        existing = load(args.into) if Path(args.into).exists() else None
        if existing is not None:
            ensure_base(IRIs(args.base or DEFAULT_BASE), existing, args.into)
        return run_build(args, fmt, existing)


def into_store(args: argparse.Namespace) -> bool:
    """``--into`` with no GRAPH: only the input files whose content the store does not hold are built (the
    others are reported as skipped now); False when none is left."""
    if not args.store:
        raise BnkgError("--into without a GRAPH adds to the store: give --store DIR too (or --into GRAPH)")
    args.into = None
    args.inputs, known = new_inputs(args.inputs, stored_hashes(args.store))
    args.skipped_before = known
    if args.inputs:
        return True
    report_skipped([], args)
    if not args.quiet:
        print(f"bnkg: nothing new to add; store {args.store} unchanged", file=sys.stderr)
    return False


def _say(quiet: bool) -> Callable[[str], None]:
    return (lambda _m: None) if quiet else (lambda m: print(m, file=sys.stderr, flush=True))


def run_build(args: argparse.Namespace, fmt: str, existing: Any) -> int:
    """The classic build (in memory), adding to ``existing`` (the --into graph, read under its lock)."""
    sink = StoreSink(args.store) if args.store else None  # graphs go to the store as they are built
    try:
        result = build_result(args.inputs, base=args.base or DEFAULT_BASE, debug=args.debug,
                              on_graph=sink, keep_graphs=bool(args.output),
                              progress=progress_bar(sys.stderr, args.quiet), into=existing, jobs=jobs_of(args))
    finally:
        if sink is not None:
            sink.close()
    if sink is not None and result.records:
        keep_answers(args.store, args.quiet)
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


def wants_stream(args: argparse.Namespace, fmt: str) -> bool:
    """Stream when asked, and by default for an N-Quads or TriG file that is not merged, and for a store
    (the streamed N-Quads are then bulk-loaded into it) with no other output or an N-Quads one."""
    if args.stream:
        if args.store and args.output and fmt != "nquads":
            raise BnkgError("--stream with --store writes N-Quads: give -o OUTPUT.nq, or no -o")
        if fmt not in STREAM_FORMATS if args.output else not args.store:
            raise BnkgError("--stream writes an N-Quads or TriG file: give -o OUTPUT.nq or OUTPUT.trig "
                            "(or --store DIR)")
        if args.into:
            raise BnkgError("--stream cannot be combined with --into")
        return True
    if args.into:
        return False
    return fmt in ("nquads", "") if args.store else fmt in STREAM_FORMATS


def run_stream(args: argparse.Namespace, fmt: str) -> int:
    """``bnkg build … -o out.nq`` (or ``.trig``) streaming: same file, messages, summary and exit codes as
    the classic build.  With ``--store DIR`` the N-Quads (the output, or a scratch file beside the store)
    are then bulk-loaded into the store (:func:`bnkg.stores.embedded.load_file`: articles already there
    are replaced)."""
    store = open_to_write(args.store) if args.store else None  # fail before the build, not after it
    with scratch_dir(".bnkg-build.", _beside(args.store)) if store is not None else nullcontext("") as tmp:
        output = args.output or str(Path(tmp) / "articles.nq")
        result = build_nquads(args.inputs, output, base=args.base or DEFAULT_BASE, debug=args.debug,
                              jobs=jobs_of(args), validate=not args.no_validate,
                              progress=progress_bar(sys.stderr, args.quiet), fmt=fmt or "nquads")
        if store is not None and result.built:
            load_file(store, output)
    del store  # (closed: the listings' answers are kept on the store as a reader finds it)
    if args.store and result.built:
        keep_answers(args.store, args.quiet)
    report_skipped(result.skipped, args)
    if not result.built:
        print("bnkg: error: no article could be built; nothing written", file=sys.stderr)
        return EXIT_FAIL
    where = " and ".join(x for x in (args.output, args.store and f"store {args.store}") if x)
    summary = BuildSummary.of(result, where, result.quads, result.report)
    if not args.quiet or summary.conforms is False:
        sys.stderr.write(summary.text())
    return EXIT_FAIL if args.strict and (result.skipped or summary.conforms is False) else EXIT_OK


def _beside(store: str) -> str:
    """The folder holding the store's folder (a scratch file there is on the same disk)."""
    return str(Path(store).resolve().parent)
