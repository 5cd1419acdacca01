"""Placeholder: being written."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Calendar:
    pass


def load_calendar(directory: Path) -> Calendar:
    return Calendar()
