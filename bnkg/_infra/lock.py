"""Exclusive locks on graph files, for every read-modify-write (``build --into``, ``remove``).

Why: two processes that each read a graph, add (or drop) an article and write it back lose one of the
changes — the later rename wins.  A lock file beside the graph (``.NAME.lock``, hidden, so builds of the
folder ignore it) is held with ``flock`` from before the read until after the rename, so the second
process reads the first one's result.  The lock file is left in place (deleting it would let a third
process lock a new inode while the second still holds the old one); the kernel releases the lock when
the process ends, even after ``kill -9``.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path

from bnkg.errors import BnkgError

__all__ = ["lock_path", "locked"]


def lock_path(path: str | os.PathLike[str]) -> Path:
    """The lock file of graph ``path``: beside the real file (a symlink is followed)."""
    target = Path(os.path.realpath(path))
    return target.parent / f".{target.name}.lock"


@contextmanager
def _one(path: str | os.PathLike[str], wait: bool, on_wait: Callable[[str], None] | None) -> Iterator[None]:
    lock = lock_path(path)
    lock.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
    except OSError as exc:
        raise BnkgError(f"{path}: cannot create the lock file {lock} ({exc.strerror})") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not wait:
                raise BnkgError(f"{path} is being changed by another bnkg process (lock {lock}); "
                                "try again when it is done, or leave out --no-wait to wait for it") from None
            if on_wait is not None:
                on_wait(f"bnkg: waiting for another bnkg process to finish changing {path} …")
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


@contextmanager
def locked(paths: Sequence[str | os.PathLike[str]], *, wait: bool = True,
           on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the exclusive lock of every graph in ``paths`` (taken in one global order: no deadlock).

    ``wait=False`` fails at once with a :class:`BnkgError` when another process holds one;
    otherwise ``on_wait(message)`` is called once before blocking.
    """
    unique = {str(lock_path(p)): p for p in paths}
    with ExitStack() as stack:
        for key in sorted(unique):
            stack.enter_context(_one(unique[key], wait, on_wait))
        yield
