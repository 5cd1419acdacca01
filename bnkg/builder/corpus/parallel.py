"""Extraction in a process pool, with output identical to the serial build.

Why: reading an article (segment → dates → mentions → events) is pure Python and CPU-bound, and
each article is read on its own — a pure function of the file and the mappings.  So the files are
cut into chunks, the chunks go to ``jobs`` worker processes (each builds its :class:`ArticleReader`
once, in the pool's initializer), and the results come back **in input order**: the parent then
adds them exactly as the serial loop would, so ``jobs=4`` and ``jobs=1`` give the same bytes.

A worker returns an :class:`ArticleRecord` or a :class:`Skipped` (the same reasons as the serial
loop: :func:`bnkg.builder.article.extract_file` is the one place that maps errors to reasons).  The
pool is :func:`bnkg._infra.pool.ordered_map`: workers ignore Ctrl-C (the parent handles it and stops
the pool) and exit by themselves if the parent dies.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from bnkg._infra.pool import ordered_map, same
from bnkg.builder.article import ArticleReader, Skipped, extract_file
from bnkg.builder.records import ArticleRecord
from bnkg.mappings import Mappings

__all__ = ["default_reader", "extract_all", "read_article"]


@functools.cache
def default_reader() -> ArticleReader:
    """This process's reader with the default mappings (built once: they are immutable)."""
    return ArticleReader()


def read_article(path: str | os.PathLike[str], debug: bool = False) -> ArticleRecord | Skipped:
    """The per-article step as a pure function of the file (default mappings): what a task of a
    distributed executor (Dask, Spark, Ray…) runs; the driver adds the records in input order with
    :func:`bnkg.builder.graph.add_record` and fuses once (see README, "Beyond one machine")."""
    return extract_file(default_reader(), Path(path), debug)


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
