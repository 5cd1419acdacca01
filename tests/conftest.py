"""Shared fixtures: where the shared material lives, and one reader for the whole session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
EVAL = SHARED / "eval"
EXAMPLES = ROOT / "examples"

needs_shared = pytest.mark.skipif(
    not (SEEDS.is_dir() and (EVAL / "score.py").is_file()),
    reason="../shared (seed articles and scorer) is not present beside this checkout",
)


@pytest.fixture(scope="session")
def reader():
    from bnkg.builder.article import ArticleReader

    return ArticleReader()
