"""``insight clv fit | predict | holdout``: fit a customer-base model, predict CLV, check on a holdout.

``--data`` may be order lines (any format the importer reads) or an already summarised table
(``frequency, recency, T[, monetary_value]`` or the papers' ``x, t_x, T, zbar``), detected by its columns.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from pathlib import Path
from typing import Annotated

import polars as pl
import typer

from insight.cli.common import echo, with_data_options, AsOfOpt, DataOpt, JsonOpt, WorkspaceOpt, print_frame, print_json
from insight.errors import UsageError

clv_app = typer.Typer(help="Predictive customer value: BG/NBD, Pareto/NBD, MBG/NBD, Gamma-Gamma, CLV.",
                      no_args_is_help=True)


class ModelName(str, Enum):
    bgnbd = "bgnbd"
    pareto = "pareto"
    mbgnbd = "mbgnbd"
    gg = "gg"


class Unit(str, Enum):
    day = "day"
    week = "week"


ModelOpt = Annotated[ModelName, typer.Option("--model", "-m", help="bgnbd, pareto, mbgnbd or gg (Gamma-Gamma).")]
UnitOpt = Annotated[Unit | None, typer.Option(
    "--unit", help="Time unit: for order lines the unit to fit in (default day); for a summary file the unit "
                   "its recency and T are in (default day).")]
CalibrationOpt = Annotated[str | None, typer.Option(
    "--calibration-end", help="Fit only on orders up to and including this date (YYYY-MM-DD).")]


def _summary_file(path: Path) -> pl.DataFrame | None:
    """The file as a summary table when its columns say it is one, else None (order lines)."""
    from insight.clv.summary import is_summary_table, summary_from_table
    from insight.io.read import parquet_columns, read_raw

    columns = parquet_columns(Path(path))  # order lines in Parquet: decided from the footer, read once later
    if columns is not None and not is_summary_table(columns):
        return None
    raw = read_raw(Path(path))
    if not is_summary_table(raw.frame.columns):
        return None
    return summary_from_table(raw.frame, source=str(path))


def _summary_and_unit(data: Path, unit: Unit | None, calibration_end: str | None,
                      as_of: str | None) -> tuple[pl.DataFrame, str]:
    from insight import api
    from insight.clv.summary import LINE_COLUMNS, summary_from_lines
    from insight.metrics.lines import prepared_lines

    summary = _summary_file(data)
    chosen = (unit or Unit.day).value
    if summary is not None:
        if calibration_end or as_of:
            raise UsageError(f"{data} is already summarised; --calibration-end/--as-of need order lines")
        return summary, chosen
    ds = api.load(data, as_of=as_of, columns=LINE_COLUMNS)
    if calibration_end:
        ds = ds.with_as_of(api.parse_date(calibration_end) + dt.timedelta(days=1))
    return summary_from_lines(prepared_lines(ds), ds.as_of, chosen).collect(), chosen


@clv_app.command("fit")
@with_data_options
def fit_cmd(
    data: Annotated[Path, typer.Option("--data", "-d", help="Order lines or a summary table (CSV, Excel, Parquet).")],
    model: ModelOpt = ModelName.bgnbd,
    unit: UnitOpt = None,
    calibration_end: CalibrationOpt = None,
    as_of: AsOfOpt = None,
    json: JsonOpt = False,
) -> None:
    """Fit one model by maximum likelihood and print its parameters, log-likelihood and standard errors."""
    from insight.clv.holdout import COUNT_MODELS
    from insight.clv import gamma_gamma

    summary, chosen = _summary_and_unit(data, unit, calibration_end, as_of)
    module = gamma_gamma if model is ModelName.gg else COUNT_MODELS[model.value]
    fitted = module.MODEL.fit(summary, unit=chosen)
    if json:
        print_json(fitted.as_dict())
        return
    ses = fitted.standard_errors
    table = pl.DataFrame({
        "parameter": list(fitted.params),
        "estimate": list(fitted.params.values()),
        "std_error": [ses.get(k) for k in fitted.params],
    }, schema={"parameter": pl.String, "estimate": pl.Float64, "std_error": pl.Float64})
    print_frame(table, title=f"{fitted.model} on {fitted.n:,} customers ({chosen}s)")
    echo(f"log-likelihood {fitted.log_likelihood:.2f}, "
               f"{'converged' if fitted.converged else 'NOT converged'} after {fitted.iterations} iterations")
    _echo_diagnostics([fitted], full=True)


def _echo_diagnostics(models, full: bool = False) -> None:
    """One 'warning [code]: ...' line per diagnostic (``full``: all of them, else the headline ones)
    and whether the fit can be relied on."""
    from insight.clv.diagnostics import headline

    for fitted in models:
        shown = fitted.diagnostics if full else headline(fitted.diagnostics)
        for d in shown:
            echo(f"warning [{d.code}]: {d.en}")
        if full or shown:
            echo(f"{fitted.model}: {'reliable' if fitted.reliable else 'NOT reliable'} "
                       f"({len(fitted.diagnostics)} diagnostic{'' if len(fitted.diagnostics) == 1 else 's'})")


@clv_app.command("predict")
@with_data_options
def predict_cmd(
    data: DataOpt = None,
    workspace: WorkspaceOpt = None,
    horizon_months: Annotated[int | None, typer.Option("--horizon-months", help="CLV horizon (default: the "
                                                       "workspace setting, 12).", min=1)] = None,
    discount_rate: Annotated[float | None, typer.Option("--discount-rate", help="Annual discount rate "
                                                        "(default: the workspace setting, 0.10).")] = None,
    top: Annotated[int | None, typer.Option("--top", help="Only the N customers with the highest CLV.", min=1)] = None,
    unit: UnitOpt = None,
    as_of: AsOfOpt = None,
    json: JsonOpt = False,
) -> None:
    """CLV, expected orders (next 90 days), P(alive) and churn risk for every customer, highest CLV first."""
    from insight.cli._overlap import prefetch

    # numpy and scipy (~1 s of imports without bytecode) load in a worker while this thread reads the data;
    # the model modules import scipy, so they are imported only after the read, or the read would wait for
    # the worker (issue 16)
    prefetch(("numpy", "scipy.special", "scipy.optimize"))
    from insight import api

    summary = _summary_file(data) if data is not None else None
    ds = None
    if summary is None:
        if unit is not None:
            raise UsageError("--unit applies to summary files only; order lines are fitted in days")
        from insight.clv.summary import LINE_COLUMNS

        ds = api.load(data, workspace, as_of, columns=LINE_COLUMNS)
    from insight.clv import bgnbd, gamma_gamma
    from insight.clv.value import clv_from_summary, customer_clv, fit_models

    if summary is not None:
        if as_of:
            raise UsageError(f"{data} is already summarised; --as-of needs order lines")
        chosen = (unit or Unit.day).value
        models = {"bgnbd": bgnbd.MODEL.fit(summary, unit=chosen), "gg": gamma_gamma.MODEL.fit(summary, unit=chosen)}
        horizon = 12 if horizon_months is None else horizon_months
        rate = 0.10 if discount_rate is None else discount_rate
        table, analysed = clv_from_summary(summary, models, horizon, rate), None
    else:
        assert ds is not None
        table, models, analysed = customer_clv(ds, horizon_months, discount_rate), fit_models(ds), ds.as_of
        horizon = horizon_months or ds.settings.clv_horizon_months
        rate = ds.settings.annual_discount_rate if discount_rate is None else discount_rate
    table = table.sort(["clv", "customer_id"], descending=[True, False])
    if top is not None:
        table = table.head(top)
    if json:
        from insight.cli.common import frame_rows

        print_json({"as_of": analysed, "horizon_months": horizon, "annual_discount_rate": rate,
                    "models": {k: m.as_dict() for k, m in models.items()},
                    "columns": table.columns, "rows": frame_rows(table)})
        return
    title = f"CLV over {horizon} months at {rate:.0%} a year" + (f", analysis date {analysed}" if analysed else "")
    shown = table.select(pl.col("customer_id").cast(pl.String), "frequency", "expected_orders", "p_alive",
                         "expected_spend", "margin", "clv")
    print_frame(shown, title=title)
    _echo_diagnostics(models.values())


@clv_app.command("holdout")
@with_data_options
def holdout_cmd(
    data: Annotated[Path, typer.Option("--data", "-d", help="Order lines (CSV, Excel, Parquet).")],
    calibration_end: Annotated[str, typer.Option("--calibration-end", help="Last day of the calibration "
                                                 "period (YYYY-MM-DD); the holdout runs to the end of the data.")],
    model: ModelOpt = ModelName.bgnbd,
    unit: UnitOpt = None,
    as_of: AsOfOpt = None,
    json: JsonOpt = False,
) -> None:
    """Fit on the calibration period and compare predicted with actual repeat orders in the holdout."""
    from insight import api
    from insight.clv.holdout import calibration_holdout

    if model is ModelName.gg:
        raise UsageError("holdout compares order counts; choose bgnbd, pareto or mbgnbd")
    if _summary_file(data) is not None:
        raise UsageError(f"{data} is already summarised; a holdout check needs order lines")
    from insight.clv.summary import LINE_COLUMNS

    ds = api.load(data, as_of=as_of, columns=LINE_COLUMNS)
    result = calibration_holdout(ds, api.parse_date(calibration_end), model.value, (unit or Unit.day).value)
    if json:
        print_json(result.as_dict())
        return
    print_frame(result.buckets, title=f"{model.value}: mean repeat orders per customer in the holdout "
                                      f"({result.calibration_as_of} to {result.holdout_as_of}), by calibration frequency")
    echo(f"total predicted {result.predicted_total:,.1f} vs actual {result.actual_total:,}; "
               f"mean absolute error per customer {result.mae:.3f}")
    _echo_diagnostics([result.fitted])


def register(app: typer.Typer) -> None:
    """Add the ``clv`` command family."""
    app.add_typer(clv_app, name="clv")
