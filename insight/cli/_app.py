"""The typer app of the ``insight`` command: every command family registered from its own module."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="insight",
    help="Customer insight from order data: value, CLV, segments and loyalty, asked in German or English.",
    no_args_is_help=True,
    rich_markup_mode="rich",
    add_completion=False,
    pretty_exceptions_enable=False,
)

from insight.cli import (analysis_cmds, ask_cmds, cache_cmds, clv_cmds, data_cmds, lab_cmds, measures_cmds,  # noqa: E402
                         report_cmds, ui_cmds, value_cmds)

for _module in (data_cmds, value_cmds, analysis_cmds, measures_cmds, report_cmds, clv_cmds, ask_cmds, ui_cmds,
                lab_cmds, cache_cmds):
    _module.register(app)
