"""Snapshots of the main screens on the demo data (seed 7, analysis date fixed by the data): the main screen
after two questions at 80×24, 120×40 and 200×60, the other views at 120×40. Update after an intended change
with ``pytest tests/tui/test_tui_snapshots.py --snapshot-update`` and look at the SVGs (docs/tui.md has PNGs)."""

from __future__ import annotations

import pytest
from tui_helpers import ask, needs_ask, settle

SIZE = (120, 40)
SIZES = [(80, 24), (120, 40), (200, 60)]


async def _steady(pilot) -> None:
    app = pilot.app
    app.show_timings = False
    app.prompt_input.cursor_blink = False
    await settle(pilot)


@needs_ask
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_main_screen_after_two_questions(snap_compare, make_app, size):
    """The second answer (text, table, chart) in view, the first folded above it; German labels."""
    async def run_before(pilot) -> None:
        await _steady(pilot)
        await ask(pilot, "Umsatz nach Land")
        await ask(pilot, "Umsatz pro Monat")
        pilot.app.prompt_input.focus()
        await pilot.pause()

    assert snap_compare(make_app(language="de"), terminal_size=size, run_before=run_before)


def test_segment_view_abc_members(snap_compare, make_app):
    async def run_before(pilot) -> None:
        await _steady(pilot)
        await pilot.press("f4", "a")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.pause(0.3)  # on a loaded machine the card's second layout pass can come after the workers
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


def test_customer_card(snap_compare, make_app, demo):
    first = demo.order_lines.get_column("customer_id").drop_nulls().sort()[0]

    async def run_before(pilot) -> None:
        await _steady(pilot)
        pilot.app.open_customer(first)
        await settle(pilot)
        pilot.app.prompt_input.focus()
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


def test_help_screen(snap_compare, make_app):
    async def run_before(pilot) -> None:
        await _steady(pilot)
        await pilot.press("f1")
        await pilot.pause()

    assert snap_compare(make_app(language="de"), terminal_size=SIZE, run_before=run_before)
