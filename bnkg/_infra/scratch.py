"""Scratch folders and files that a killed process does not leave behind for good.

A process killed with SIGKILL (or by the kernel's out-of-memory killer) cannot remove its scratch, and
a build's scratch is large: the sorted runs of 10,000 articles beside the output, and the output's
temporary copy (:mod:`bnkg._infra.atomic`), are each about as big as the graph.  So each scratch name
carries its host and process id (``PREFIX<host>.<pid>.<random>``, :func:`owned_prefix`), and the next
command that makes one with that prefix in that folder first removes those of processes of this host
that no longer run (:func:`sweep`).  Scratch of a process that still runs, of another host (a shared
disk) or of a name bnkg did not make is left alone.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["owned_prefix", "scratch_dir", "sweep"]


@contextmanager
def scratch_dir(prefix: str, folder: str | os.PathLike[str] | None = None) -> Iterator[str]:
    """A new scratch folder in ``folder`` (default: the system's), removed on exit — and, before it is
    made, those a killed process of this host left there under ``prefix``."""
    where = Path(folder) if folder is not None else Path(tempfile.gettempdir())
    sweep(where, prefix)
    with tempfile.TemporaryDirectory(prefix=owned_prefix(prefix), dir=where) as tmp:
        yield tmp


def owned_prefix(prefix: str) -> str:
    """``prefix`` followed by this host and process: the start of a scratch name :func:`sweep` can judge."""
    return f"{prefix}{_host()}.{os.getpid()}."


def sweep(folder: Path, prefix: str) -> list[Path]:
    """Remove the scratch folders and files under ``prefix`` in ``folder`` whose process (of this host) no longer
    runs; those removed."""
    removed: list[Path] = []
    mine = f"{prefix}{_host()}."
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        pid = entry.name[len(mine):].partition(".")[0] if entry.name.startswith(mine) else ""
        if not pid.isdigit() or _running(int(pid)) or entry.is_symlink():
            continue
        if entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
        removed.append(entry)
    return removed


def _host() -> str:
    """This host's name as it may stand in a file name (``os.uname``: ``socket.gethostname`` is a network call to
    the audit hook of tests/integration/test_no_network.py)."""
    name = os.uname().nodename if hasattr(os, "uname") else os.environ.get("COMPUTERNAME", "")
    return "".join(c if c.isalnum() or c == "-" else "_" for c in name) or "host"


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # (another user's process)
        return True
    return True
