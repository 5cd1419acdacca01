"""What every command shares: the exit codes, the report of skipped files, and the options that
choose what a command reads (a graph file, ``--store DIR`` or ``--endpoint URL``)."""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bnkg._infra.atomic import real_target, write_atomic
from bnkg._infra.pool import default_jobs
from bnkg.errors import BnkgError
from bnkg.queries import keep_listings
from bnkg.queries.engines import StoreEngine
from bnkg.rdf.serialize import holds_articles, load
from bnkg.stores.embedded import open_store, stored_articles
from bnkg.stores.remote import Endpoint

__all__ = ["EXIT_FAIL", "EXIT_OK", "EXIT_USAGE", "add_source_args", "check_outputs", "count", "jobs_of", "keep_answers",
           "one_line", "query_source", "report_skipped", "same_file", "seconds", "stored_hashes"]

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def add_source_args(p: argparse.ArgumentParser, *, endpoint: bool) -> None:
    """``--store DIR`` (and, for queries, ``--endpoint URL`` with its options) instead of a graph file."""
    p.add_argument("--store", metavar="DIR", help="read the embedded on-disk store in DIR instead of a file")
    if endpoint:
        p.add_argument("--endpoint", metavar="URL", help="run on a SPARQL 1.1 endpoint (its query URL); "
                       "credentials from BNKG_ENDPOINT_USER/BNKG_ENDPOINT_PASSWORD or ~/.netrc")
        p.add_argument("--timeout", type=seconds, default=30.0, metavar="S",
                       help="seconds for each whole request (default 30)")


def query_source(args: argparse.Namespace, read: bool = True) -> Any:
    """What ``bnkg query``/``validate`` read: a graph file, the embedded store or an endpoint (exactly one).

    A graph file without any bnkg article (empty, or other data) is refused at once, before rdflib reads it;
    with ``read=False`` its path is returned unread (``bnkg validate`` streams it).  The store is read by an
    engine that keeps the listings' whole answers in its folder (:meth:`StoreEngine.open`)."""
    given = [x for x in (getattr(args, "graph", None), getattr(args, "store", None),
                         getattr(args, "endpoint", None)) if x]
    if len(given) != 1:
        names = "a graph file, --store DIR or --endpoint URL" if hasattr(args, "endpoint") else \
            "a graph file or --store DIR"
        raise BnkgError(f"give exactly one of {names}")
    if getattr(args, "endpoint", None):
        return Endpoint(args.endpoint, timeout=args.timeout)
    if args.store:
        return StoreEngine.open(args.store) if read else open_store(args.store, read_only=True)
    if not holds_articles(args.graph):
        raise BnkgError(f"{args.graph} holds no bnkg article (no bnkg:Article): it is empty or not a graph written "
                        "by `bnkg build`; build one with `bnkg build ARTICLES… -o GRAPH`")
    return load(args.graph) if read else str(args.graph)


def keep_answers(store: str, quiet: bool) -> None:
    """After a command changed the store in ``store`` (and closed it): keep the listings' whole answers there, so
    the first one a user asks for is quick (:func:`bnkg.queries.keep_listings`).

    In a process of its own: Oxigraph holds ~0.5 GB evaluating the claims listing of 10,000 articles, which on top
    of what a build holds took ``build --store`` to 977 MB.  The answers only make queries quicker: if keeping
    them fails, the command says so and succeeds (queries compute the answers then)."""
    try:
        with multiprocessing.get_context("spawn").Pool(1) as pool:
            kept = pool.apply(keep_listings, (store,))
    except Exception as exc:  # (e.g. another process opened the store to write meanwhile)
        print(f"bnkg: warning: the listings' answers were not kept in store {store} ({type(exc).__name__}: "
              f"{one_line(str(exc))}); queries compute them", file=sys.stderr)
        return
    if not quiet and kept:
        print(f"bnkg: kept the whole answers of {len(kept)} listings in store {store} ({', '.join(kept)})",
              file=sys.stderr)


def jobs_of(args: argparse.Namespace) -> int:
    """``--jobs``, or all cores."""
    jobs = getattr(args, "jobs", None)
    if jobs is None:
        return default_jobs()
    if jobs < 1:
        raise BnkgError("--jobs must be 1 or more")
    return int(jobs)


def report_skipped(skipped: Sequence[Any], args: argparse.Namespace) -> None:
    """One line per skipped file on stderr (tracebacks with --debug), and the --report JSON lines; the files
    skipped before the build (``args.skipped_before``: already in the store) first."""
    skipped = [*getattr(args, "skipped_before", []), *skipped]
    for s in skipped:
        print(f"bnkg: skipped {one_line(s.path)}: {s.reason}", file=sys.stderr)
        if args.debug and s.detail:
            print(s.detail, file=sys.stderr)
    if args.report:
        lines = "".join(json.dumps({"path": s.path, "reason": s.reason}, ensure_ascii=False) + "\n"
                        for s in skipped)
        # a file name that is not UTF-8 (a lone surrogate here) becomes a JSON \udcXX escape
        write_atomic(args.report, lines.encode("utf-8", errors="backslashreplace"))


def stored_hashes(path: str) -> set[str]:
    """The content hashes of the articles in the store in folder ``path`` (none when there is no store yet)."""
    if not (Path(path) / "CURRENT").is_file():
        return set()
    return {a.content_hash for a in stored_articles(open_store(path, read_only=True))}


def one_line(path: str) -> str:
    """A file name as printable text on one line (names may hold newlines or non-UTF-8 bytes)."""
    return path.encode("utf-8", "backslashreplace").decode("utf-8").replace("\n", "\\n").replace("\r", "\\r")


def count(text: str) -> int:
    """A non-negative whole number, for argparse."""
    try:
        n = int(text)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number ≥ 0, got {text!r}")
    if n > 2**63 - 1:
        raise argparse.ArgumentTypeError(f"expected a whole number ≤ 2⁶³−1 (9,223,372,036,854,775,807), got {text}")
    return n


def seconds(text: str) -> float:
    """A positive, finite number of seconds (``--timeout``), for argparse."""
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not (0 < value < 1e9):  # also refuses nan and inf
        raise argparse.ArgumentTypeError(f"expected a number of seconds > 0 (e.g. 30 or 0.5), got {text!r}")
    return value


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """Whether two paths name one file (through symlinks and hard links, or the same new path)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def check_outputs(inputs: Sequence[str], outputs: Sequence[str]) -> None:
    """Refuse an output that is one of the input files (it would overwrite the article) or that is not
    a regular file or a new path (a folder, a FIFO, a device)."""
    for out in outputs:
        real_target(out)
        for given in inputs:
            if os.path.isfile(given) and same_file(given, out):
                raise BnkgError(f"the output {out} is the input file {given}; writing it would overwrite the "
                                "article: give another output name")
    for i, out in enumerate(outputs):
        if any(same_file(out, other) for other in outputs[:i]):
            raise BnkgError(f"{out} is given twice as an output (the graph and --report); give each its own name")
