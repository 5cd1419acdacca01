"""Files → records → one rdflib Dataset; the orchestration of the stages, and the error report.

One broken article never stops a batch: each file is read and extracted on its own, and a file
that cannot be used is reported (path and one-line reason) and skipped.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph

from bnkg.builder.article import Skipped
from bnkg.builder.corpus.fusion import fuse
from bnkg.builder.corpus.incremental import article_hashes
from bnkg.builder.corpus.inputs import ContentSeen, iter_inputs
from bnkg.builder.corpus.parallel import extract_all
from bnkg.builder.graph import IRIs, add_record, new_dataset
from bnkg.builder.records import ArticleRecord, fact_counts
from bnkg.mappings import Mappings
from bnkg.rdf.iri import check_base
from bnkg.rdf.namespaces import DEFAULT_BASE

__all__ = ["BuildResult", "build", "build_result"]


@dataclass
class BuildResult:
    dataset: Dataset
    records: list[ArticleRecord] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    @property
    def built(self) -> int:
        """Articles built (as :class:`bnkg.builder.corpus.stream.StreamResult` counts them)."""
        return len(self.records)

    @property
    def facts(self) -> dict[str, int]:
        """Facts per kind (:func:`bnkg.builder.records.fact_counts`)."""
        return fact_counts(self.records)

    @property
    def notes(self) -> tuple[tuple[str, str], ...]:
        """(file, note) for each page that was read although something about it was odd."""
        return tuple((r.article.source_file, n) for r in self.records for n in r.article.notes)


def _reported(items: list[Path | Skipped], progress: Callable[[int, int, str], None] | None
              ) -> Iterator[Path | Skipped]:
    """Yield the inputs; once the caller has handled one (asks for the next), report it."""
    for n, item in enumerate(items, 1):
        yield item
        if progress is not None:
            progress(n, len(items), item.path if isinstance(item, Skipped) else str(item))


def build_result(paths: Iterable[str | os.PathLike[str]], *, mappings: Mappings | None = None,
                 base: str = DEFAULT_BASE, debug: bool = False,
                 on_graph: Callable[[Graph], None] | None = None, keep_graphs: bool = True,
                 progress: Callable[[int, int, str], None] | None = None,
                 into: Dataset | None = None, jobs: int = 1) -> BuildResult:
    """Build a Dataset from files and folders, collecting the files that had to be skipped.

    ``into`` adds the articles to an existing Dataset (``bnkg build --into``); the fused events
    are then recomputed over old and new articles together.  ``on_graph`` receives each article's named graph as soon as it is built (``bnkg build --store``
    writes it to the store); with ``keep_graphs=False`` the graphs are not kept in ``result.dataset``,
    so memory stays flat however large the corpus.  ``progress(done, total, path)`` is called
    after each input file is handled (the CLI draws its progress bar with it).  ``jobs > 1`` reads
    the articles in that many processes (:mod:`bnkg.builder.corpus.parallel`); the result is the same.
    """
    iris = IRIs(check_base(base))  # a hostile --base must not reach the graph
    result = BuildResult(into if into is not None else new_dataset(iris))
    # ``into``: an existing graph to add to; an article already in it (same content) is not rebuilt
    seen = ContentSeen({h: "an article already in the graph" for h in article_hashes(into)} if into is not None else None)
    items = list(iter_inputs(paths))
    outcomes = extract_all(items, jobs=jobs, mappings=mappings, debug=debug)  # in input order
    for item, rec in zip(_reported(items, progress), outcomes, strict=True):
        if isinstance(rec, Skipped):  # an unusable input, or one that could not be read
            result.skipped.append(rec)
            continue
        duplicate = seen.duplicate(rec.article.content_hash, str(item))
        if duplicate is not None:
            result.skipped.append(duplicate)
            continue
        target = result.dataset if keep_graphs else new_dataset(iris)
        gid = add_record(target, rec, iris, mappings.lexicons if mappings else None)
        if on_graph is not None:
            on_graph(target.graph(gid))
        result.records.append(rec)
    if keep_graphs:
        fuse(result.dataset, iris)
    return result


def build(paths: Iterable[str | os.PathLike[str]], *, mappings: Mappings | None = None,
          base: str = DEFAULT_BASE) -> Dataset:
    """Build the knowledge graph of the articles under ``paths`` (files or folders).

    Files that cannot be used are skipped; use :func:`build_result` to see which and why.
    """
    return build_result(paths, mappings=mappings, base=base).dataset
