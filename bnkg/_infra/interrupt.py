"""SIGTERM handled like Ctrl-C, so that ``kill PID`` runs the same clean-up as an interrupt.

Why: Python's default SIGTERM action ends the process at once — no ``finally``, no removal of a
half-written temporary file, no flush of the store.  Turning it into :class:`Terminated` (a
``KeyboardInterrupt``) gives both signals one code path; the CLI exits 143 (128 + SIGTERM).
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType

__all__ = ["Terminated", "sigterm_as_interrupt"]


class Terminated(KeyboardInterrupt):
    """Raised in the main thread when the process receives SIGTERM."""

    exit_code = 128 + signal.SIGTERM


def _raise_terminated(signum: int, frame: FrameType | None) -> None:
    raise Terminated()


@contextlib.contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """While inside, SIGTERM raises :class:`Terminated`; the previous handler is restored after.

    Outside the main thread (a library caller's worker) signals cannot be handled: no-op.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
