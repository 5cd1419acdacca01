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

from bnkg.builder.events import EventExtractor
from bnkg.builder.fusion import fuse
from bnkg.builder.graph import IRIs, add_record, new_dataset
from bnkg.builder.incremental import article_hashes
from bnkg.builder.mentions import MentionFinder
from bnkg.builder.read import read_text
from bnkg.builder.records import ArticleRecord
from bnkg.builder.segment import segment
from bnkg.errors import InputError
from bnkg.iri import check_base
from bnkg.mappings import Mappings, default_mappings
from bnkg.ontology.namespaces import DEFAULT_BASE

ACTOR_TYPES = ("Person", "State", "Organization", "Group")
# what a folder walk reads: scraped pages are text or HTML; a file named explicitly is always read
ARTICLE_SUFFIXES = frozenset({"", ".txt", ".text", ".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"})


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file that was not built, and why (one line)."""

    path: str
    reason: str
    detail: str | None = None  # a traceback, for --debug
    failed: bool = False  # an error of bnkg or its mappings, not an unusable input file


@dataclass
class BuildResult:
    dataset: Dataset
    records: list[ArticleRecord] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


class ArticleReader:
    """Text of one article → :class:`ArticleRecord`; holds the compiled mappings for reuse."""

    def __init__(self, mappings: Mappings | None = None) -> None:
        self.mappings = mappings or default_mappings()
        self.finder = MentionFinder(self.mappings)
        self.extractor = EventExtractor(self.mappings, self.finder)

    def read_file(self, path: Path) -> ArticleRecord:
        return self.read_string(read_text(path), path.name)

    def read_string(self, text: str, source_file: str) -> ArticleRecord:
        """Extract from already-normalised text (see :func:`bnkg.builder.read.normalise`)."""
        article = segment(text, source_file, self.mappings)
        if not article.sentences:
            raise InputError(source_file, "no article body found (no sentence ending in '।', '?' or '!')")
        mentions, entities = self.finder.find(article)
        visits, meetings, agreements, claims = self.extractor.extract(article, mentions, entities)
        used: set[str] = set()
        for v in visits:
            used |= {v.visitor, v.destination} | {k for k in (v.place, v.host) if k}
        for m in meetings:
            used |= set(m.participants) | ({m.place} if m.place else set())
        for a in agreements:
            used |= set(a.parties) | set(a.signatories)
        for c in claims:
            used |= {c.claimant, *c.about} | ({c.via} if c.via else set())
        mentioned = sorted({m.key for ms in mentions for m in ms
                            if m.key and not m.how.startswith("pronoun")
                            and m.key in entities and entities[m.key].type in ACTOR_TYPES})
        used |= set(mentioned)
        keep = _closure(used, entities)
        return ArticleRecord(article, tuple(entities[k] for k in sorted(keep)), tuple(mentioned),
                             tuple(visits), tuple(meetings), tuple(agreements), tuple(claims))


def _closure(keys: set[str], entities: dict) -> set[str]:
    out: set[str] = set()
    todo = [k for k in keys if k in entities]
    while todo:
        k = todo.pop()
        if k in out:
            continue
        out.add(k)
        e = entities[k]
        todo += [d for d in (e.affiliation, e.state) if d and d in entities]
    return out


def iter_inputs(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | Skipped]:
    """Input files in a stable order: each given file, and the files under each given folder.

    Hidden files and folders are skipped; symlink loops and unreadable folders are reported.
    """
    for p in paths:
        path = Path(p)
        if path.is_dir():
            seen: set[tuple[int, int]] = set()
            errors: list[OSError] = []  # folders os.walk could not list
            for root, dirs, files in os.walk(path, followlinks=True, onerror=errors.append):
                yield from _unlistable(errors)
                try:
                    st = os.stat(root)
                except OSError as exc:
                    yield Skipped(root, f"unreadable folder ({exc.strerror or exc})")
                    continue
                if (st.st_dev, st.st_ino) in seen:
                    dirs[:] = []
                    yield Skipped(root, "folder visited twice (symlink loop); skipped")
                    continue
                seen.add((st.st_dev, st.st_ino))
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if f.startswith("."):
                        continue
                    if Path(f).suffix.lower() not in ARTICLE_SUFFIXES:
                        yield Skipped(str(Path(root) / f), f"not an article file ({Path(f).suffix}); "
                                      "give it by name to build it anyway")
                        continue
                    yield Path(root) / f
            yield from _unlistable(errors)
        elif path.exists() or path.is_symlink():
            yield path
        else:
            yield Skipped(str(path), "no such file or folder")


def _unlistable(errors: list[OSError]) -> Iterator[Skipped]:
    """Report (and forget) the folders os.walk could not list: silence would lose their files."""
    while errors:
        exc = errors.pop(0)
        yield Skipped(str(exc.filename), f"unreadable folder ({exc.strerror or exc})")


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
    the articles in that many processes (:mod:`bnkg.builder.parallel`); the result is the same.
    """
    from bnkg.builder.parallel import extract_all  # it imports this module
    iris = IRIs(check_base(base))  # a hostile --base must not reach the graph
    result = BuildResult(into if into is not None else new_dataset(iris))
    # ``into``: an existing graph to add to; an article already in it (same content) is not rebuilt
    by_hash: dict[str, str] = {h: "an article already in the graph" for h in article_hashes(into)} if into is not None else {}
    items = list(iter_inputs(paths))
    outcomes = extract_all(items, jobs=jobs, mappings=mappings, debug=debug)  # in input order
    for item, rec in zip(_reported(items, progress), outcomes, strict=True):
        if isinstance(rec, Skipped):  # an unusable input, or one that could not be read
            result.skipped.append(rec)
            continue
        h = rec.article.content_hash
        if h in by_hash:
            result.skipped.append(Skipped(str(item), f"same content as {by_hash[h]}; built once"))
            continue
        by_hash[h] = str(item)
        target = result.dataset if keep_graphs else new_dataset(iris)
        gid = add_record(target, rec, iris)
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
