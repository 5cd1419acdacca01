"""Extraction in a process pool, with output identical to the serial build.

Why: reading an article (segment → dates → mentions → events) is pure Python and CPU-bound, and
each article is read on its own — a pure function of the file and the mappings.  So the files are
cut into chunks, the chunks go to ``jobs`` worker processes (each builds its :class:`ArticleReader`
once, in the pool's initializer), and the results come back **in input order**: the parent then
adds them exactly as the serial loop would, so ``jobs=4`` and ``jobs=1`` give the same bytes.

A worker returns an :class:`ArticleRecord` or a :class:`Skipped` (the same reasons as the serial
loop: :func:`extract_file` is the one place that maps errors to reasons).  Workers ignore Ctrl-C
(the parent handles it and stops the pool) and exit by themselves if the parent dies.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import signal
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from bnkg.builder.pipeline import ArticleReader, Skipped
from bnkg.builder.records import ArticleRecord
from bnkg.errors import BnkgError, InputError
from bnkg.mappings import Mappings

__all__ = ["default_jobs", "default_reader", "extract_all", "extract_file", "ordered_map", "read_article"]

T = TypeVar("T")
R = TypeVar("R")
S = TypeVar("S")

# The worker's state (its ArticleReader …), set once by the pool initializer.  Process-local by
# construction: each worker process serves one pool, and the parent never reads or writes it.
_WORKER: dict[str, Any] = {}


def default_jobs() -> int:
    """All the cores this process may use (``--jobs`` default)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def extract_file(reader: ArticleReader, path: Path, debug: bool = False) -> ArticleRecord | Skipped:
    """One file → its record, or why it was skipped; a bug must not cost the user the rest of the batch."""
    try:
        return reader.read_file(path)
    except InputError as exc:
        return Skipped(str(path), exc.reason)
    except BnkgError as exc:
        return Skipped(str(path), str(exc), failed=True)
    except Exception as exc:
        return Skipped(str(path), f"internal error: {type(exc).__name__}: {exc}",
                       traceback.format_exc() if debug else None, failed=True)


@functools.cache
def default_reader() -> ArticleReader:
    """This process's reader with the default mappings (built once: they are immutable)."""
    return ArticleReader()


def read_article(path: str | os.PathLike[str], debug: bool = False) -> ArticleRecord | Skipped:
    """The per-article step as a pure function of the file (default mappings): what a task of a
    distributed executor (Dask, Spark, Ray…) runs; the driver adds the records in input order with
    :func:`bnkg.builder.graph.add_record` and fuses once (see README, "Beyond one machine")."""
    return extract_file(default_reader(), Path(path), debug)


def same(state: S) -> S:
    """The factory of a worker state built by the parent (inherited by fork, else pickled)."""
    return state


def _extract_chunk(reader: ArticleReader, chunk: Sequence[tuple[Path, bool]]) -> list[ArticleRecord | Skipped]:
    return [extract_file(reader, path, debug) for path, debug in chunk]


def extract_all(items: Sequence[Path | Skipped], *, jobs: int = 1, mappings: Mappings | None = None,
                debug: bool = False, reader: ArticleReader | None = None) -> Iterator[ArticleRecord | Skipped]:
    """For each input item, in order: its record, or a :class:`Skipped` (given ones pass through).

    ``jobs=1`` reads in this process (lazily, one file per step); more reads in a process pool.
    """
    paths = [(item, debug) for item in items if not isinstance(item, Skipped)]
    if not paths:
        yield from items  # type: ignore[misc]
        return
    # built here even for a pool: a mappings error surfaces in the caller, and forked workers
    # inherit the reader instead of loading the YAML again
    state = reader or ArticleReader(mappings)
    if jobs <= 1 or len(paths) < 2:
        results: Iterator[ArticleRecord | Skipped] = (extract_file(state, p, debug) for p, _ in paths)
    else:
        results = ordered_map(_extract_chunk, paths, jobs=jobs, factory=same, args=(state,))
    for item in items:
        yield item if isinstance(item, Skipped) else next(results)


def _init_worker(factory: Callable[..., Any], args: tuple[Any, ...], parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler (bnkg.interrupt): just stop
    _WORKER["state"] = factory(*args)

    def watch() -> None:  # a killed parent (kill -9) must not leave workers behind
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _run_chunk(fn: Callable[[Any, Sequence[T]], list[R]], chunk: Sequence[T]) -> list[R]:
    return fn(_WORKER["state"], chunk)


def _context() -> multiprocessing.context.BaseContext:
    """fork where there is one: workers inherit the loaded mappings instead of re-reading them."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def chunk_size(n: int, jobs: int) -> int:
    """Items per task: big enough to amortise the round trip, small enough to balance the workers."""
    return max(1, min(32, n // (jobs * 8) or 1))


def ordered_map(fn: Callable[[S, Sequence[T]], list[R]], items: Iterable[T], *, jobs: int,
                factory: Callable[..., S], args: tuple[Any, ...] = (), chunk: int | None = None,
                window: int | None = None) -> Iterator[R]:
    """``fn(state, chunk)`` over chunks of ``items`` in ``jobs`` processes; results in input order.

    ``state = factory(*args)`` is built once per worker.  At most ``window`` chunks are in flight,
    so results never pile up in memory however long the input.
    """
    todo = list(items)
    size = chunk or chunk_size(len(todo), jobs)
    chunks = iter([todo[i:i + size] for i in range(0, len(todo), size)])
    pending: deque[Future[list[R]]] = deque()
    ex = ProcessPoolExecutor(max_workers=jobs, mp_context=_context(), initializer=_init_worker,
                             initargs=(factory, args, os.getpid()))
    try:
        for c in chunks:
            pending.append(ex.submit(_run_chunk, fn, c))
            if len(pending) >= (window or jobs * 4):
                break
        while pending:
            done = pending.popleft().result()
            nxt = next(chunks, None)
            if nxt is not None:
                pending.append(ex.submit(_run_chunk, fn, nxt))
            yield from done
    finally:
        for f in pending:
            f.cancel()
        ex.shutdown(wait=True, cancel_futures=True)
