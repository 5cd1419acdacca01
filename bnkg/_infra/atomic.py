"""Atomic file writes: readers see the old file or the new one, never half of either.

The data goes to a temporary file in the target folder (``.NAME.<host>.<pid>.*.tmp``, which builds ignore,
and the next write of NAME removes if its process was killed: :mod:`bnkg._infra.scratch`), is
flushed and fsynced, then renamed over the target, and the folder is fsynced so that the rename
itself survives a crash.  One implementation for whole outputs (:func:`write_atomic`, used by
:mod:`bnkg.rdf.serialize` and the CLI) and streamed ones (:func:`write_lines_atomic`, the N-Quads
of :mod:`bnkg.builder.corpus.stream`).
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from bnkg._infra.scratch import owned_prefix, sweep
from bnkg.errors import BnkgError

__all__ = ["real_target", "write_atomic", "write_chunks_atomic", "write_lines_atomic"]


def real_target(path: str | os.PathLike[str]) -> Path:
    """Where a write to ``path`` lands: a symlink's final target (the link itself is kept).

    Raises :class:`BnkgError` when that is not a regular file or a new path (a folder, a FIFO, a
    device, a socket): renaming over it would replace the node, not write into it.
    """
    target = Path(os.path.realpath(path))
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return target
    except OSError as exc:
        raise BnkgError(f"{path}: cannot write there ({exc.strerror})") from None
    if not stat.S_ISREG(mode):
        kind = ("a folder" if stat.S_ISDIR(mode) else "a FIFO" if stat.S_ISFIFO(mode) else
                "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else
                "a socket" if stat.S_ISSOCK(mode) else "not a regular file")
        raise BnkgError(f"{path} is {kind}, not a file bnkg can write a graph or report to; give a file name")
    return target


def write_chunks_atomic(path: str | os.PathLike[str], chunks: Iterable[bytes]) -> None:
    """Write the concatenation of ``chunks`` to ``path`` atomically (temporary file, fsync, rename,
    fsync of the folder); on any error or interrupt the temporary file is removed.  A symlink is
    written through (its target replaced, the link kept); a folder or device is refused."""
    target = real_target(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    sweep(target.parent, f".{target.name}.")  # (what a killed write of this file left)
    fd, tmp = tempfile.mkstemp(prefix=owned_prefix(f".{target.name}."), suffix=".tmp", dir=target.parent)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)  # mkstemp makes 0600; give the file the permissions a plain open() would
        with os.fdopen(fd, "wb") as fh:
            for chunk in chunks:
                fh.write(chunk)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    try:  # make the rename itself durable
        dfd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    except OSError:
        pass


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half."""
    write_chunks_atomic(path, (data,))


def write_lines_atomic(path: str | os.PathLike[str], lines: Iterable[str], batch: int = 4096) -> int:
    """Stream ``lines`` (without their newlines) into ``path`` atomically, UTF-8, one per line;
    returns the number of lines.  Memory holds ``batch`` lines at a time."""
    count = 0

    def chunks() -> Iterable[bytes]:
        nonlocal count
        buf: list[str] = []
        for line in lines:  # encoded a batch at a time: a third of a streaming build's writing was per-line encodes
            buf.append(line)
            if len(buf) >= batch:
                count += len(buf)
                yield ("\n".join(buf) + "\n").encode("utf-8")
                buf.clear()
        if buf:
            count += len(buf)
            yield ("\n".join(buf) + "\n").encode("utf-8")

    write_chunks_atomic(path, chunks())
    return count
