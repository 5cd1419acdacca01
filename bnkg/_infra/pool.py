"""An ordered process pool: ``fn(state, chunk)`` over chunks of items, results in input order.

Why here: the parallel build (:mod:`bnkg.builder.corpus.parallel`), the streaming build and the
parallel SHACL validation (:mod:`bnkg.ontology.shacl_parallel`) all cut their work into chunks for
worker processes that each build a state once; this is the one pool they share.  Workers ignore
Ctrl-C (the parent handles it and stops the pool) and exit by themselves if the parent dies.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar

__all__ = ["chunk_size", "default_jobs", "ordered_map", "same"]

T = TypeVar("T")
R = TypeVar("R")
S = TypeVar("S")

# The worker's state (its ArticleReader …), set once by the pool initializer.  Process-local by
# construction: each worker process serves one pool, and the parent never reads or writes it.
_WORKER: dict[str, Any] = {}
WORKER_GC_THRESHOLD = 20_000  # new container objects between two of a worker's collections


def default_jobs() -> int:
    """All the cores this process may use (``--jobs`` default)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def same(state: S) -> S:
    """The factory of a worker state built by the parent (inherited by fork, else pickled)."""
    return state


def _init_worker(factory: Callable[..., Any], args: tuple[Any, ...], parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler (bnkg._infra.interrupt): just stop
    _WORKER["state"] = factory(*args)
    # What the worker inherits or builds once (the reader, its mappings, compiled patterns) is never
    # garbage: frozen, the collector stops scanning it for every article (~0.2 ms per article).
    gc.freeze()
    # The collector on (a parent may have paused its own before forking us: bnkg._infra.collector),
    # and run every 20,000 new containers, not 700: an article's objects are freed by their reference
    # counts, and the default's collections were 5 % of a worker's CPU (0.25 -> 0.04 s per 500
    # articles; the few cycles SHACL leaves are still collected, RSS +2 MB).
    gc.set_threshold(WORKER_GC_THRESHOLD, 10, 10)
    gc.enable()

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
