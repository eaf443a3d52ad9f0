"""``insight measures``: measures (Maßnahmen) per segment with the money at stake; table, --json or --xlsx."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import polars as pl
import typer

from insight.cli.common import (AsOfOpt, DataOpt, JsonOpt, LangOpt, WorkspaceOpt, language, print_frame, print_json,
                                with_data_options)
from insight.language import language_of
from insight.messages import say

TERMINAL = (  # the columns of the terminal table; their headers are messages `cli_measures_column_<column>`
    "segment_label", "customers", "revenue_share", "customer_capital", "clv", "mean_churn_risk", "value_at_risk",
    "unprofitable", "measure_label", "money_at_stake", "spending_ceiling",
)


def write_xlsx(path: Path, sheets: dict[str, pl.DataFrame]) -> None:
    """One workbook, one sheet per frame (names cut to Excel's 31 characters)."""
    from xlsxwriter import Workbook

    path.parent.mkdir(parents=True, exist_ok=True)
    with Workbook(str(path)) as book:
        for name, frame in sheets.items():
            frame.write_excel(book, worksheet=name[:31], autofit=True)


def register(app: typer.Typer) -> None:
    """Add ``measures`` to the app."""

    @app.command("measures")
    @with_data_options
    def measures_cmd(
        method: Annotated[str, typer.Option("--method", "-m", help="Segments: portfolio, rfm, abc or value-risk.")]
        = "portfolio",
        xlsx: Annotated[Path | None, typer.Option("--xlsx", help="Also write the table (with definitions and "
                                                                 "notes) to this Excel file.")] = None,
        customers: Annotated[str | None, typer.Option("--customers", help="List the customers of one segment or "
                                                                         "measure (or 'all') for a CRM instead "
                                                                         "of the segment table.")] = None,
        csv: Annotated[Path | None, typer.Option("--csv", help="With --customers: also write the list as CSV.")]
        = None,
        top: Annotated[int | None, typer.Option("--top", "-n", min=1, help="With --customers: only the N most "
                                                                           "valuable customers.")] = None,
        catalogue: Annotated[Path | None, typer.Option("--catalogue", help="A measure catalogue (JSON) instead "
                                                                           "of the built-in one.")] = None,
        lang: LangOpt = "en",
        data: DataOpt = None,
        workspace: WorkspaceOpt = None,
        as_of: AsOfOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        """Measures (Maßnahmen) per segment: customers, revenue share, customer capital, CLV, churn risk, value
        at risk, costs and payback, unprofitable customers, the recommended measure, its rule and the money at
        stake (docs/measures.md)."""
        from insight.api import load
        from insight.measures import measures

        lang = language(lang)
        result = measures(load(data, workspace, as_of), method, lang, catalogue)
        if customers is not None:
            _customer_list(result, customers, xlsx, csv, as_json, top)
            return
        if xlsx is not None:
            write_xlsx(xlsx, _sheets(result))
        if as_json:
            print_json(result.to_json())
            return
        said = language_of(lang)
        frame = result.table.select(list(TERMINAL)).rename(
            {k: say(f"cli_measures_column_{k}", said) for k in TERMINAL})
        print_frame(frame, title=say("cli_measures_title", said, method=result.method,
                                     as_of=result.as_of.isoformat()))
        for label, rule, action in (result.table.select("measure_label", "rule", "action")
                                    .unique(maintain_order=True).iter_rows()):
            typer.echo(say("cli_measures_rule", said, label=label, rule=rule, action=action))
        for note in result.notes:
            typer.echo(say("cli_note", said, note=note))
        if xlsx is not None:
            typer.echo(say("cli_written", said, path=xlsx))


def _sheets(result) -> dict[str, pl.DataFrame]:
    said = language_of(result.language)
    info = pl.DataFrame({
        "key": ["method", "as_of", "currency", "catalogue", *[f"note {i + 1}" for i in range(len(result.notes))],
                *result.definitions],
        "value": [result.method, result.as_of.isoformat(), result.currency, str(result.catalogue.path),
                  *result.notes, *result.definitions.values()],
    })
    return {say("cli_measures_sheet", said): result.table, say("definitions", said): info}


def _customer_list(result, selector: str, xlsx: Path | None, csv: Path | None, as_json: bool,
                   top: int | None) -> None:
    """The CRM list of one segment or measure: to XLSX / CSV files, as JSON or as a table."""
    from insight.measures import customer_list, pseudonymised

    said = language_of(result.language)
    frame = customer_list(result, selector)
    if top is not None:
        frame = frame.head(top)
    note = say("cli_pseudonyms", said) if pseudonymised(frame) else None
    if xlsx is not None:
        write_xlsx(xlsx, {say("cli_customers_sheet", said): frame})
    if csv is not None:
        csv.parent.mkdir(parents=True, exist_ok=True)
        frame.write_csv(csv)
    if as_json:
        rows = [[v.isoformat() if hasattr(v, "isoformat") else v for v in row] for row in frame.iter_rows()]
        print_json({"method": result.method, "selector": selector, "as_of": result.as_of.isoformat(),
                    "columns": frame.columns, "rows": rows, "notes": [note] if note else []})
        return
    title = say("cli_customers_title", said, selector=selector, customers=frame.height,
                as_of=result.as_of.isoformat())
    print_frame(frame.with_columns(pl.col("customer_id").cast(pl.String)), title=title, max_rows=20)
    for path in (xlsx, csv):
        if path is not None:
            typer.echo(say("cli_written", said, path=path))
    if note:
        typer.echo(say("cli_note", said, note=note))
