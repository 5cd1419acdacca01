"""The input files of a build, in a stable order, and the content seen so far (a page saved twice
is built once): shared by the in-memory build (:mod:`bnkg.builder.corpus.pipeline`) and the
streaming one (:mod:`bnkg.builder.corpus.stream`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from bnkg.builder.article import Skipped

__all__ = ["ARTICLE_SUFFIXES", "ContentSeen", "iter_inputs"]

# what a folder walk reads: scraped pages are text or HTML; a file named explicitly is always read
ARTICLE_SUFFIXES = frozenset({"", ".txt", ".text", ".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"})


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


class ContentSeen:
    """The content hashes built so far and the file each came from: a second file with the same
    content is skipped ("same content as …; built once")."""

    def __init__(self, known: Mapping[str, str] | None = None) -> None:
        self.by_hash: dict[str, str] = dict(known or {})

    def duplicate(self, content_hash: str, path: str) -> Skipped | None:
        """The skip for ``path`` if its content was seen; else None, and the content is now seen."""
        if content_hash in self.by_hash:
            return Skipped(path, f"same content as {self.by_hash[content_hash]}; built once")
        self.by_hash[content_hash] = path
        return None
