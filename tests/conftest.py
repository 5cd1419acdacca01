"""Shared fixtures: where the shared material lives, and one reader for the whole session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# Under CI (.ci/run sets CI=true) the property tests draw the same examples every run, so a green local
# run of .ci/run foretells the landing run; outside CI they keep drawing new ones and find new failures.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
    settings.load_profile("ci")

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
