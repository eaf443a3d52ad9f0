"""The ``insight`` command: a thin typer face over insight.api; each command family lives in its own module.

Errors the user can fix (InsightError) print one line to stderr and exit 1 (2 for usage); no tracebacks.
"""

from __future__ import annotations

import sys

import typer

from insight.errors import InsightError

app = typer.Typer(
    name="insight",
    help="Customer insight from order data: value, CLV, segments and loyalty, asked in German or English.",
    no_args_is_help=True,
    rich_markup_mode="rich",
    add_completion=False,
    pretty_exceptions_enable=False,
)

from insight.cli import (analysis_cmds, ask_cmds, clv_cmds, data_cmds, lab_cmds, measures_cmds,  # noqa: E402
                         report_cmds, ui_cmds, value_cmds)

for _module in (data_cmds, value_cmds, analysis_cmds, measures_cmds, report_cmds, clv_cmds, ask_cmds, ui_cmds,
                lab_cmds):
    _module.register(app)


from insight.sanitize import one_line  # noqa: E402 - errors are one line, control characters escaped


def main() -> None:
    """Console entry point: run the app, turning InsightError into one line on stderr."""
    from insight.logs import debug_enabled, log_to_stderr

    if debug_enabled():  # INSIGHT_DEBUG=1: the core's log (with tracebacks) on stderr, internal errors re-raised
        log_to_stderr()
    try:
        code = app(standalone_mode=False)  # click returns a command's typer.Exit code instead of raising it
        if isinstance(code, int) and not isinstance(code, bool) and code:
            sys.exit(code)
    except InsightError as err:
        print(f"insight: error: {one_line(str(err))}", file=sys.stderr)
        sys.exit(err.exit_code)
    except KeyboardInterrupt:
        print("insight: interrupted", file=sys.stderr)
        sys.exit(130)
    except typer.Exit as exc:  # raised by commands for their exit code
        sys.exit(exc.exit_code)
    except typer.Abort:
        print("insight: aborted", file=sys.stderr)
        sys.exit(1)
    except Exception as exc:  # click usage errors and the like
        if debug_enabled():
            raise
        from insight.cli._errors import report_unexpected

        sys.exit(report_unexpected(exc))
