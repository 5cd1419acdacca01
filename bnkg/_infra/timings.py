"""CPU and wall seconds of a process's phases, printed to stderr when ``BNKG_TIMINGS`` is set.

Why: the end of a streaming build (fusion, the merge, the cross-article check) runs while the
workers' cores idle, and its parts are what a speed change moves; a profiler's sampling of a
whole 10,000-article build blurs them.  Off (the default), a mark costs one attribute test.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Mapping
from typing import TextIO

__all__ = ["Phases"]

ENV = "BNKG_TIMINGS"


class Phases:
    """``mark(name)`` ends the phase begun at the previous mark (or at creation) and, when on,
    prints ``<what> <name>: cpu X s, wall Y s`` (this process's CPU: not its children's)."""

    def __init__(self, what: str, env: Mapping[str, str] | None = None, out: TextIO | None = None) -> None:
        self.on = bool((os.environ if env is None else env).get(ENV))
        self.what, self.out = what, out
        self.cpu, self.wall = time.process_time(), time.perf_counter()

    def mark(self, name: str) -> None:
        if not self.on:
            return
        cpu, wall = time.process_time(), time.perf_counter()
        print(f"{self.what} {name}: cpu {cpu - self.cpu:.2f} s, wall {wall - self.wall:.2f} s",
              file=self.out or sys.stderr, flush=True)
        self.cpu, self.wall = cpu, wall
