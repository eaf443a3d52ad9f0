"""`insight ask QUESTION --data FILE --json` without building the command-line app (issue 16).

A script that asks one question per process pays, before any work, for typer: importing it and every command
module, building the app, and coercing each option through a pydantic adapter. For the one shape a script
uses, ``insight ask "…" --json`` with plain options, this module reads argv itself and runs the same body as
the typer command (insight.cli._ask.run). Anything else — ``--help`` anywhere, an option it does not know, an
option given twice or as ``--opt=value``, a value that looks like an option, an empty value, a second
positional word, no ``--json``, ``--llm``/``--debug``, or one of the command's environment variables set —
goes to typer unchanged, so help, usage errors and every other command behave exactly as before.
"""

from __future__ import annotations

import os
import sys

# options of `ask` taken here: flag -> parameter (with a value), and flags without one
_VALUED = {"--data": "data", "-d": "data", "--workspace": "workspace", "-w": "workspace", "--as-of": "as_of",
           "--currency": "currency", "--date-order": "date_order"}
_REPEATED = {"--map": "map_"}
_FLAGS = {"--json": "json_out", "--explain": "explain", "--stream": "stream", "--no-cache": "no_cache"}
# typer reads these for options of `ask`: when one is set, typer decides (as before)
_ENVIRONMENT = ("INSIGHT_WORKSPACE", "INSIGHT_LLM_URL", "INSIGHT_LLM_MODEL")


def parse(argv: list[str]) -> dict | None:
    """The parameters of a plain ``ask … --json`` command line, or None when typer should read it."""
    if len(argv) < 2 or argv[0] != "ask" or any(name in os.environ for name in _ENVIRONMENT):
        return None
    params: dict = {"question": None, "map_": []}
    i = 1
    while i < len(argv):
        word = argv[i]
        if word in _VALUED or word in _REPEATED:
            if i + 1 >= len(argv):
                return None
            value = argv[i + 1]
            if not value or value.startswith("-"):
                return None
            if word in _REPEATED:
                params["map_"].append(value)
            elif _VALUED[word] in params:
                return None
            else:
                params[_VALUED[word]] = value
            i += 2
            continue
        if word in _FLAGS:
            if _FLAGS[word] in params:
                return None
            params[_FLAGS[word]] = True
            i += 1
            continue
        if word.startswith("-") or params["question"] is not None:
            return None  # --help, -h, --llm, --debug, --opt=value, "--", an unknown option, a second argument
        params["question"] = word
        i += 1
    if params["question"] is None or not params.get("json_out"):
        return None
    return params


def _emit(text: str) -> None:
    """One line to stdout, flushed (what typer.echo does with text that holds no escape sequence)."""
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def _no_text(text: str) -> None:  # pragma: no cover - the fast path always writes JSON
    raise AssertionError("the fast path of ask writes JSON only")


def ask(argv: list[str]) -> bool:
    """Answer ``argv`` when it is a plain ``ask … --json``; False (nothing done) when typer should read it."""
    params = parse(argv)
    if params is None:
        return False
    from pathlib import Path

    from insight import api
    from insight.cli import _ask

    data = params.get("data")
    mapping = None
    if params["map_"]:
        from insight.io.mapping import parse_mapping_option

        mapping = parse_mapping_option(params["map_"])
    with api.data_options(currency=params.get("currency"), mapping=mapping, date_order=params.get("date_order"),
                          no_cache=bool(params.get("no_cache"))):
        _ask.run(params["question"], Path(data) if data is not None else None, params.get("workspace"), True,
                 bool(params.get("explain")), params.get("as_of"), None, None, bool(params.get("stream")), False,
                 emit=_emit, show_text=_no_text)
    return True
