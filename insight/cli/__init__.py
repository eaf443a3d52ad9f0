"""The ``insight`` command: a thin typer face over insight.api; each command family lives in its own module.

Errors the user can fix (InsightError) print one line to stderr and exit 1 (2 for usage); no tracebacks.
The typer app (``insight.cli.app``, built in insight.cli._app) is built on first use: a scripted
``insight ask "…" --json`` is read by insight.cli._fast and never builds it (issue 16).
"""

from __future__ import annotations

import sys
from typing import Any

from insight.errors import InsightError
from insight.sanitize import one_line  # errors are one line, control characters escaped


def __getattr__(name: str) -> Any:
    if name == "app":
        from insight.cli._app import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main() -> None:
    """Console entry point: run the app, turning InsightError into one line on stderr."""
    from insight.logs import debug_enabled, log_to_stderr

    if debug_enabled():  # INSIGHT_DEBUG=1: the core's log (with tracebacks) on stderr, internal errors re-raised
        log_to_stderr()
    try:
        from insight.cli import _fast

        if _fast.ask(sys.argv[1:]):
            return
        from insight.cli._app import app

        code = app(standalone_mode=False)  # click returns a command's typer.Exit code instead of raising it
        if isinstance(code, int) and not isinstance(code, bool) and code:
            sys.exit(code)
    except InsightError as err:
        print(f"insight: error: {one_line(str(err))}", file=sys.stderr)
        sys.exit(err.exit_code)
    except KeyboardInterrupt:
        print("insight: interrupted", file=sys.stderr)
        sys.exit(130)
    except Exception as exc:  # click usage errors and the like
        sys.exit(_exit_code(exc, debug_enabled()))


def _exit_code(exc: Exception, debug: bool) -> int:
    """typer.Exit: its code; typer.Abort: one line, 1; anything else one line (re-raised under INSIGHT_DEBUG).
    typer is looked up only if it was imported: the fast path of ``ask`` raises neither."""
    typer = sys.modules.get("typer")
    if typer is not None and isinstance(exc, typer.Exit):  # raised by commands for their exit code
        return exc.exit_code
    if typer is not None and isinstance(exc, typer.Abort):
        print("insight: aborted", file=sys.stderr)
        return 1
    if debug:
        raise exc
    from insight.cli._errors import report_unexpected

    return report_unexpected(exc)
