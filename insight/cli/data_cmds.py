"""Data commands: ``insight import``, ``imports``, ``undo``, ``demo`` and ``settings``.

Thin: every command opens the workspace, calls one Workspace method and renders the result
(readable text by default, JSON on stdout with ``--json``). Problems raise insight.errors.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Annotated, Any

import typer

from insight.cli.common import echo, DateOrderOpt, JsonOpt, WorkspaceOpt, print_frame, print_json

TABLE_NAMES = ("order_lines", "customers", "survey_responses", "coupons", "interactions")
DEMO_QUESTIONS = (
    ("Wer sind die Top 10 Kunden nach Umsatz?", "Who are the top 10 customers by revenue?"),
    ("Wie hoch ist die Wiederkaufsrate?", "What is the repeat rate?"),
    ("Welche Kunden sind abwanderungsgefährdet?", "Which customers are likely to churn?"),
)


class _DelayedStatus:
    """A spinner on stderr that appears only when the work takes longer than a second (TTY only)."""

    def __init__(self, delay: float = 1.0) -> None:
        self.message = "working"
        self._status: Any = None
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None
        self._enabled = sys.stderr.isatty()
        self._delay = delay

    def __enter__(self) -> "_DelayedStatus":
        if self._enabled:
            self._timer = threading.Timer(self._delay, self._start)
            self._timer.daemon = True
            self._timer.start()
        return self

    def _start(self) -> None:
        from rich.console import Console

        with self._lock:
            if self._timer is None:
                return
            self._status = Console(stderr=True).status(self.message)
            self._status.start()

    def update(self, message: str) -> None:
        with self._lock:
            self.message = message
            if self._status is not None:
                self._status.update(message)

    def __exit__(self, *exc: object) -> None:
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            if self._status is not None:
                self._status.stop()
                self._status = None


def _open(workspace: str | None):
    from insight.workspace import Workspace

    return Workspace.open(workspace)


def import_cmd(
    files: Annotated[list[Path], typer.Argument(help="CSV, Excel, Parquet or text files to import.")],
    workspace: WorkspaceOpt = None,
    table: Annotated[str | None, typer.Option("--table", "-t", help=f"Target table: {', '.join(TABLE_NAMES)} "
                                              "(default: recognised from the headers).")] = None,
    mapping: Annotated[list[str] | None, typer.Option("--map", "-m", help='Header mapping "Source Header=canonical"; '
                                                      "repeat for several columns.")] = None,
    pseudonymize: Annotated[bool, typer.Option("--pseudonymize", help="Replace name, email, phone, contact "
                                               "columns and e-mail/phone customer ids by stable pseudonyms and drop "
                                               "free-text columns, before anything is written (also in the stored "
                                               "rows of the same customers).")] = False,
    personal: Annotated[list[str] | None, typer.Option("--personal", help="A further source column to "
                                                       "pseudonymise (implies --pseudonymize); repeat for "
                                                       "several.")] = None,
    date_order: DateOrderOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Import files into the workspace: atomic (all or nothing), re-importing replaces the same orders."""
    from insight.io.coerce import date_order as dates_in

    from insight.errors import UsageError
    from insight.io import parse_mapping_option

    if table is not None and table not in TABLE_NAMES:
        raise UsageError(f"unknown table '{table}'; use one of {', '.join(TABLE_NAMES)}")
    parsed = parse_mapping_option(mapping or []) if mapping else None
    with dates_in(date_order), _open(workspace) as ws, _DelayedStatus() as status:
        reports = ws.import_files(files, table=table, mapping=parsed, pseudonymize=pseudonymize,
                                  personal=personal or (), progress=status.update)
        location = ws.location
    if json_out:
        print_json({"workspace": location, "imports": [r.to_json() for r in reports]})
        return
    for report in reports:
        echo(report.to_text())
    echo(f"workspace: {location}")


def imports_cmd(workspace: WorkspaceOpt = None, json_out: JsonOpt = False) -> None:
    """List the import history (undone imports show when they were undone)."""
    with _open(workspace) as ws:
        history = ws.imports()
        location = ws.location
    if json_out:
        print_json({"columns": history.columns, "rows": [list(r) for r in history.iter_rows()]})
        return
    if history.height == 0:
        echo("no imports yet: try `insight import FILE` or `insight demo`")
        return
    import polars as pl

    shown = history.select(
        "id", "file", "table", "rows", replaced="replaced_rows",
        imported=pl.col("imported_at").dt.strftime("%Y-%m-%d %H:%M"), by="user_host",
        undone=pl.col("undone_at").dt.strftime("%Y-%m-%d %H:%M"))
    print_frame(shown, title=f"Imports into {location}", max_rows=500)


def undo_cmd(import_id: Annotated[int, typer.Argument(help="The import's number (see `insight imports`).")],
             workspace: WorkspaceOpt = None, json_out: JsonOpt = False) -> None:
    """Undo one import: remove its rows and restore the rows it had replaced."""
    with _open(workspace) as ws:
        report = ws.undo(import_id)
    if json_out:
        print_json(report.to_json())
    else:
        echo(report.to_text())


def demo_cmd(
    workspace: Annotated[str | None, typer.Option("--workspace", "-w", help="Workspace (default: ./insight.db).")] = None,
    seed: Annotated[int, typer.Option("--seed", help="Random seed: the same seed gives the same data.")] = 7,
    customers: Annotated[int, typer.Option("--customers", min=10, help="Number of customers.")] = 3000,
    json_out: JsonOpt = False,
) -> None:
    """Write deterministic demo data (orders, customers, surveys, coupons, interactions) into a workspace."""
    from insight.io.demo import generate_demo

    ds = generate_demo(seed=seed, n_customers=customers)
    with _open(workspace or str(Path("insight.db").resolve())) as ws:
        ws.write_dataset(ds, source="demo")
        loaded = ws.load()
        overview = _overview(loaded)
        overview["workspace"] = ws.location
    if json_out:
        print_json(overview)
        return
    echo(f"Demo data written to {overview['workspace']}")
    echo(f"  {overview['customers']:,} customers, {overview['orders']:,} orders, revenue "
               f"{overview['revenue']:,.2f} {overview['currency']}, {overview['date_from']} to {overview['date_to']}")
    # the main job shows the product: one question in each language, answered from the new workspace
    from insight.query import Session

    session = Session(loaded)
    for question in (DEMO_QUESTIONS[0][0], DEMO_QUESTIONS[2][1]):
        echo(f"\n> {question}")
        echo(session.ask(question).to_text(max_rows=10))
    echo("\nTry:")
    for german, english in DEMO_QUESTIONS:
        echo(f'  insight ask "{german}"')
        echo(f'  insight ask "{english}"')


def _overview(ds) -> dict[str, Any]:
    import polars as pl

    from insight.metrics.lines import prepared_lines

    lines = prepared_lines(ds)
    stats = lines.select(
        revenue=pl.col("line_amount").sum(),
        orders=pl.col("order_key").filter(pl.col("is_order")).n_unique(),
        customers=pl.col("customer_id").filter(pl.col("is_order") & pl.col("customer_id").is_not_null()).n_unique(),
        date_from=pl.col("order_day").min(),
        date_to=pl.col("order_day").max(),
    ).collect().row(0, named=True)
    stats["revenue"] = round(float(stats["revenue"] or 0.0), 2)
    from insight.metrics.conventions import currency_of

    stats["currency"] = currency_of(ds)[0]
    stats["tables"] = {name: ds.table(name).height for name in TABLE_NAMES}
    stats["questions"] = [{"de": de, "en": en} for de, en in DEMO_QUESTIONS]
    return stats


def _month_number(text: str) -> int | None:
    """'4', 'April', 'apr', 'Oktober' → the month's number, 'none' → not set; else a one-line usage error."""
    from insight.errors import UsageError
    from insight.language import fold
    from insight.query.timewords import MONTHS

    word = fold(text.strip()).replace(" ", "")
    if word in ("none", "auto", "unset"):
        return None
    month = int(word) if word.isdigit() else MONTHS.get(word)
    if month is None or not 1 <= month <= 12:
        raise UsageError(f"--fiscal-year-start '{text}': use a month, 1-12 or a name such as April")
    return month


def settings_cmd(
    workspace: WorkspaceOpt = None,
    margin: Annotated[float | None, typer.Option("--margin", help="Default margin P (0-1) where unit_cost is "
                                                 "missing.")] = None,
    currency: Annotated[str | None, typer.Option("--currency", help="Currency code, e.g. EUR.")] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Analysis date YYYY-MM-DD; 'auto' for the day "
                                              "after the last order.")] = None,
    cancellation_rule: Annotated[str | None, typer.Option(
        "--cancellation-rule", help="How order ids mark returns: auto (detected from the data), c_prefix (ids "
                                    "C+digits reverse an invoice), no_c_prefix.")] = None,
    fiscal_year_start: Annotated[str | None, typer.Option(
        "--fiscal-year-start", help="Month the fiscal year (Geschäftsjahr) starts: 1-12 or a month name "
                                    "(april, Oktober); 1 = the calendar year; none = not set.")] = None,
    fiscal_year_named_by: Annotated[str | None, typer.Option(
        "--fiscal-year-named-by", help="'FY2024' is the fiscal year that ends in 2024 (end, the default) or "
                                       "starts in it (start).")] = None,
    json_out: JsonOpt = False,
) -> None:
    """Show or change workspace settings (margin, currency, analysis date, cancellation rule, fiscal year)
    and the conventions detected in the data."""
    from insight.api import parse_date
    from insight.errors import UsageError

    changes: dict[str, Any] = {}
    if cancellation_rule is not None:
        rule = cancellation_rule.strip().lower().replace("-", "_")
        if rule not in ("auto", "c_prefix", "no_c_prefix"):
            raise UsageError(f"--cancellation-rule '{cancellation_rule}': use auto, c_prefix or no_c_prefix")
        changes["cancellation_rule"] = rule
    if fiscal_year_start is not None:
        changes["fiscal_year_start"] = _month_number(fiscal_year_start)
    if fiscal_year_named_by is not None:
        named = fiscal_year_named_by.strip().lower()
        if named not in ("end", "start"):
            raise UsageError(f"--fiscal-year-named-by '{fiscal_year_named_by}': use end or start")
        changes["fiscal_year_named_by"] = named
    if margin is not None:
        changes["default_margin"] = margin
    if currency is not None:
        changes["currency"] = currency.strip().upper()
    if as_of is not None:
        changes["as_of"] = None if as_of.strip().lower() in ("auto", "none", "") else parse_date(as_of)
    with _open(workspace) as ws:
        settings = ws.update_settings(**changes) if changes else ws.settings
        location = ws.location
        from insight.metrics.conventions import detect

        conventions = detect(ws.load())
    payload = settings.model_dump(mode="json")
    if json_out:
        print_json({"workspace": location, "settings": payload, "conventions": conventions.to_json()})
        return
    echo(f"workspace: {location}")
    for key, value in payload.items():
        shown = "auto (day after the last order)" if key == "as_of" and value is None else value
        echo(f"  {key}: {shown}")
    echo("detected in the data:")
    for line in conventions.describe("en"):
        echo(f"  {line}")


def register(app: typer.Typer) -> None:
    """Add this module's commands to the app."""
    app.command("import")(import_cmd)
    app.command("imports")(imports_cmd)
    app.command("undo")(undo_cmd)
    app.command("demo")(demo_cmd)
    app.command("settings")(settings_cmd)
