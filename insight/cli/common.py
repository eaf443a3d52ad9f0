"""Options and output helpers shared by the CLI command modules (JSON to stdout, tables via rich)."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import Annotated, Any

import polars as pl
import typer

from insight.cli._jsonline import one_line_json  # noqa: F401 - re-exported for the command modules

WorkspaceOpt = Annotated[
    str | None,
    typer.Option("--workspace", "-w", envvar="INSIGHT_WORKSPACE",
                 help="Workspace: a SQLite file path or a postgresql+psycopg:// URL. "
                      "Default: ./insight.db if present, else the user's default workspace."),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Write JSON to standard output instead of a table.")]
DataOpt = Annotated[
    Path | None,
    typer.Option("--data", "-d", help="Answer from this file (CSV, Excel, Parquet) instead of a workspace."),
]
AsOfOpt = Annotated[
    str | None, typer.Option("--as-of", help="Analysis date (Stichtag) YYYY-MM-DD; default: day after the last order.")
]

LangOpt = Annotated[
    str, typer.Option("--lang", envvar="INSIGHT_LANG", help="Language of labels and notes: de or en "
                                                            "(default: $INSIGHT_LANG, else en)."),
]


def language(value: str) -> str:
    """'de' or 'en' (also 'deutsch', 'english'), else a one-line UsageError."""
    from insight.errors import UsageError

    key = value.strip().lower()[:2]
    if key not in ("de", "en"):
        raise UsageError(f"--lang '{value}': choose de or en")
    return key


CurrencyOpt = Annotated[
    str | None, typer.Option("--currency", help="Currency of the amounts (EUR, USD, GBP, ...) when the data does "
                                                "not say; default: the workspace setting, else none shown."),
]
MapOpt = Annotated[
    list[str] | None,
    typer.Option("--map", help='Header mapping for --data, repeatable: --map "Kd-Nr=customer_id" '
                                     '("Header=-" leaves a column out).'),
]


NoCacheOpt = Annotated[
    bool, typer.Option("--no-cache", help="Neither read nor write the cached canonical copy of the --data file "
                                          "(see `insight cache`; INSIGHT_CACHE=0 does the same).")]

DateOrderOpt = Annotated[
    str | None, typer.Option("--date-order", help="Order of ambiguous text dates: dmy (31.12.2011), mdy "
                                                  "(12/31/2011) or ymd; default: detected from the data."),
]


def with_data_options(command):
    """Give a command that takes --data the options --currency and --map (metrics.md: every command that
    takes --data takes both); they apply to every load inside the command."""
    import functools
    import inspect

    sig = inspect.signature(command, eval_str=True)
    extra = [inspect.Parameter("currency", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=CurrencyOpt),
             inspect.Parameter("map_", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=MapOpt),
             inspect.Parameter("date_order", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=DateOrderOpt),
             inspect.Parameter("no_cache", inspect.Parameter.KEYWORD_ONLY, default=False, annotation=NoCacheOpt)]
    params = list(sig.parameters.values())

    @functools.wraps(command)
    def wrapper(*args: Any, currency: str | None = None, map_: list[str] | None = None,
                date_order: str | None = None, no_cache: bool = False, **kwargs: Any) -> Any:
        from insight import api
        from insight.io.mapping import parse_mapping_option

        mapping = parse_mapping_option(map_) if map_ else None
        with api.data_options(currency=currency, mapping=mapping, date_order=date_order, no_cache=no_cache):
            return command(*args, **kwargs)

    wrapper.__signature__ = sig.replace(parameters=[*params, *extra])  # type: ignore[attr-defined]
    return wrapper


class _SafeRows(list):
    """Rows that ``frame_rows`` already made JSON-safe: ``json_value`` passes them through unchanged."""


def json_value(value: Any) -> Any:
    """A JSON-safe value: dates as ISO strings, NaN/inf as null."""
    if isinstance(value, _SafeRows):
        return value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: json_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_value(v) for v in value]
    return value


def echo(text: str, nl: bool = True) -> None:
    """Text for the terminal: data values and file names lose escape sequences and control characters
    (insight.sanitize.for_terminal; JSON output goes through ``print_json`` and keeps every value)."""
    from insight.sanitize import for_terminal

    typer.echo(for_terminal(text), nl=nl)


def frame_rows(frame: pl.DataFrame) -> list[list[Any]]:
    """The frame's rows as JSON-safe lists (``json_value`` of every cell), converted a column at a time:
    a CLV table of every customer has tens of thousands of cells (issue 16)."""
    columns = []
    for series in frame.get_columns():
        dtype, values = series.dtype, series.to_list()
        if dtype.is_float():
            values = [None if v is not None and not math.isfinite(v) else v for v in values]
        elif dtype == pl.Date or isinstance(dtype, pl.Datetime):
            values = [None if v is None else v.isoformat() for v in values]
        elif not (dtype.is_integer() or dtype == pl.String or dtype == pl.Boolean):
            values = [json_value(v) for v in values]
        columns.append(values)
    return _SafeRows([list(row) for row in zip(*columns)] if columns else [[] for _ in range(frame.height)])


def print_json(payload: Any) -> None:
    typer.echo(one_line_json(json_value(payload)))


def print_frame(frame: pl.DataFrame, title: str | None = None, max_rows: int = 50) -> None:
    """A readable rich table of a polars frame (numbers right-aligned, 2 decimals for floats)."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from insight.sanitize import for_terminal

    def safe(text: str) -> Text:  # plain text: no rich markup ('[red]') and no escape sequences from the data
        return Text(for_terminal(text, keep_newlines=False))

    table = Table(title=safe(title) if title else None, show_lines=False, header_style="bold")
    for name, dtype in frame.schema.items():
        # a squeezed number folds onto a second line rather than losing digits behind an ellipsis
        table.add_column(safe(name), justify="right" if dtype.is_numeric() else "left",
                         overflow="fold" if dtype.is_numeric() else "ellipsis")
    plain = [_is_identifier(name) for name in frame.columns]
    for row in frame.head(max_rows).iter_rows():
        table.add_row(*[safe(str(v) if keep and v is not None else _cell(v)) for v, keep in zip(row, plain)])
    console = Console()
    if not console.is_terminal:
        # piped or redirected: no screen to fit, so print every cell whole at the table's natural width
        from rich.measure import Measurement

        wide = Console(width=10_000)
        console = Console(width=max(80, Measurement.get(wide, wide.options, table).maximum))
    console.print(table)
    if frame.height > max_rows:
        console.print(f"... {frame.height - max_rows} more rows (use --top or --json)")


def _is_identifier(column: str) -> bool:
    """Ids and years print as they are (14911, 2011), not as quantities (14,911)."""
    return column.endswith("_id") or column in {"year", "cohort", "period", "month", "quarter"}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.2f}" if abs(value) >= 1 or value == 0 else f"{value:.4f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)
