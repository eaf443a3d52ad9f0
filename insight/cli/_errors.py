"""Turn click/typer usage errors into exit code 2 with one line; anything else into one line and exit 1."""

from __future__ import annotations

import sys

from insight.sanitize import one_line


def report_unexpected(exc: BaseException) -> int:
    """Print one line for an exception that escaped a command and return the exit code."""
    name = type(exc).__name__
    if name == "NoArgsIsHelpError":
        return 2  # the help text has been printed already; no arguments is a usage error
    if name in {"UsageError", "BadParameter", "NoSuchOption", "MissingParameter", "BadOptionUsage",
                "BadArgumentUsage"}:
        show = getattr(exc, "format_message", None)
        message = show() if callable(show) else str(exc)
        print(f"insight: usage: {one_line(message)}", file=sys.stderr)
        ctx = getattr(exc, "ctx", None)
        if ctx is not None:
            print(f"Try '{ctx.command_path} --help'.", file=sys.stderr)
        return 2
    if name == "ClickException":
        print(f"insight: error: {one_line(str(exc))}", file=sys.stderr)
        return 1
    first = one_line(str(exc).splitlines()[0]) if str(exc) else name
    print(f"insight: internal error: {name}: {first} (please report this)", file=sys.stderr)
    return 1
