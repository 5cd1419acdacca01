"""Placeholder: being written."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Chrome:
    pass


def load_chrome(directory: Path) -> Chrome:
    return Chrome()
