"""bnkg._infra.collector: the garbage collector paused for a block, restored after it."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from bnkg._infra.collector import paused


@pytest.fixture(autouse=True)
def _collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_paused_turns_the_collector_off_inside_and_on_again_after() -> None:
    with paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_paused_keeps_a_callers_own_disable_and_nests() -> None:
    gc.disable()
    with paused():
        with paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_paused_restores_the_collector_when_the_block_raises() -> None:
    with pytest.raises(ValueError, match="boom"), paused():
        raise ValueError("boom")
    assert gc.isenabled()
