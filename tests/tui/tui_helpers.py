"""Helpers shared by the TUI tests (a uniquely named module so it does not clash with other test dirs)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.worker import WorkerState

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"  # tests/tui/ -> ../shared/data


# The ask engine has landed: a test needing it imports it and fails on a broken import, never skips (issue 19).
needs_ask = pytest.mark.usefixtures()


async def settle(pilot) -> None:
    """Wait until no worker is pending or running (workers may start further workers), then repaint."""
    app = pilot.app
    for _ in range(100):
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()  # cards mount their table one frame after the text
        if not any(w.state in (WorkerState.PENDING, WorkerState.RUNNING) for w in app.workers):
            return
    raise AssertionError("workers did not settle")


async def ask(pilot, question: str) -> None:
    """Type ``question`` into the prompt and press Enter, then wait for the answer."""
    prompt = pilot.app.query_one("#prompt")
    prompt.focus()
    prompt.value = ""
    await pilot.press(*question)
    await pilot.press("enter")
    await settle(pilot)
