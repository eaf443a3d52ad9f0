"""Analyses that link customer value to decisions: ``insight referrals``, ``complaints``, ``satisfaction``,
``bands``, ``compare``, ``basket`` (products bought together), ``cohort-value`` and ``period-value``.

Thin over insight.api: load the data (workspace or --data file), compute, print a table or, with --json,
{"columns": [...], "rows": [...], "as_of": ...} on stdout.
"""

from __future__ import annotations

from typing import Annotated

import polars as pl
import typer

from insight.cli.common import AsOfOpt, DataOpt, JsonOpt, WorkspaceOpt, with_data_options
from insight.errors import UsageError

ByOpt = Annotated[str | None, typer.Option("--by", help="Group by a customer column, segment (rfm_segment, "
                                                       "abc_class, quadrant, cluster) or band (tenure_band, "
                                                       "age_band).")]
TopOpt = Annotated[int | None, typer.Option("--top", "-n", min=1, help="Show only the first N rows.")]
PeriodOpt = Annotated[str | None, typer.Option("--period", help="Only interactions in this calendar period: "
                                                                "2024, 2024-Q3 or 2024-05.")]
FromOpt = Annotated[str | None, typer.Option("--from", help="Only interactions from this day (YYYY-MM-DD).")]
ToOpt = Annotated[str | None, typer.Option("--to", help="Only interactions before this day (YYYY-MM-DD, "
                                                        "exclusive).")]


def _load(data, workspace, as_of):
    from insight.api import load

    return load(data, workspace, as_of)


def _emit(frame: pl.DataFrame, ds, as_json: bool, title: str, top: int | None = None) -> None:
    from insight.cli.value_cmds import _emit as emit

    if top is not None:
        frame = frame.head(top)
    emit(frame, ds.as_of, as_json, title)


def _choose(value: str, choices: tuple[str, ...], option: str) -> str:
    value = value.strip().lower()
    if value not in choices:
        raise UsageError(f"{option} '{value}' is not one of {', '.join(choices)}")
    return value


def register(app: typer.Typer) -> None:
    """Add referrals, complaints, satisfaction, bands, compare, basket, cohort-value and period-value."""

    @app.command("referrals")
    @with_data_options
    def referrals_cmd(
        compare: Annotated[bool, typer.Option("--compare/--referrers",
                                              help="Referred vs. not referred customers, or the referrers "
                                                   "ranked by referred customers (default).")] = False,
        top: TopOpt = None,
        data: DataOpt = None,
        workspace: WorkspaceOpt = None,
        as_of: AsOfOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        """Referral analysis (Empfehlungen): who brings customers, their value, and whether they stay."""
        from insight.analyses.referrals import referral_comparison, referrers

        ds = _load(data, workspace, as_of)
        frame = referral_comparison(ds) if compare else referrers(ds)
        _emit(frame, ds, as_json, "Referred vs. not referred customers" if compare else "Referrers", top)

    @app.command("complaints")
    @with_data_options
    def complaints_cmd(
        view: Annotated[str, typer.Option("--view", help="kinds (interactions by kind), complaints (complaint "
                                                         "rate), compare (complainers vs. others), response "
                                                         "(response times) or response_outcome (complaints' "
                                                         "response times, stayed vs. churned).")] = "complaints",
        by: ByOpt = None,
        within: Annotated[float, typer.Option("--within", min=0.0, help="Hours within which an answer counts as "
                                                                         "fast (share_within).")] = 48.0,
        period: PeriodOpt = None,
        start: FromOpt = None,
        end: ToOpt = None,
        data: DataOpt = None,
        workspace: WorkspaceOpt = None,
        as_of: AsOfOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        """Complaints and interactions (Beschwerden): rates by kind and group, complainers' retention."""
        from insight.api import INTERACTION_VIEWS, interactions

        view = _choose(view, INTERACTION_VIEWS, "--view")
        ds = _load(data, workspace, as_of)
        frame = interactions(ds, view=view, by=by, within_hours=within, period=period, start=start, end=end)
        titles = {"kinds": "Interactions by kind", "complaints": "Complaint rate",
                  "compare": "Customers who complained vs. the others", "response": "Response times",
                  "response_outcome": "Response times of complaints: customers who stayed vs. churned"}
        window = period or " – ".join(v for v in (start, end) if v) if (period or start or end) else ""
        _emit(frame, ds, as_json, titles[view] + (f" ({window})" if window else ""))

    @app.command("satisfaction")
    @with_data_options
    def satisfaction_cmd(
        view: Annotated[str, typer.Option("--view", help="groups (CSAT, NPS, intent per group), intent (stated "
                                                         "intent vs. P(alive)) or outcome (stayed vs. churned)."
                                          )] = "groups",
        by: ByOpt = None,
        data: DataOpt = None,
        workspace: WorkspaceOpt = None,
        as_of: AsOfOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        """Satisfaction beside behaviour (Zufriedenheit und Verhalten): CSAT and NPS by group, stated vs.
        predicted loyalty, and what customers who left had said."""
        from insight.api import SATISFACTION_VIEWS, satisfaction

        view = _choose(view, SATISFACTION_VIEWS, "--view")
        ds = _load(data, workspace, as_of)
        frame = satisfaction(ds, view=view, by=by)
        titles = {"groups": "Satisfaction by group", "intent": "Repurchase intent vs. P(alive)",
                  "outcome": "Satisfaction of customers who stayed vs. churned"}
        _emit(frame, ds, as_json, titles[view])

    @app.command("bands")
    @with_data_options
    def bands_cmd(
        band: Annotated[str, typer.Option("--band", help="tenure (< 3 months … > 2 years) or age "
                                                         "(18–29, 30–39, …).")] = "tenure",
        data: DataOpt = None,
        workspace: WorkspaceOpt = None,
        as_of: AsOfOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        """Value by tenure band or age band: do long-standing (or older) customers buy more?"""
        from insight.analyses.bands import value_by_band

        name = {"tenure": "tenure_band", "tenure_band": "tenure_band", "age": "age_band",
                "age_band": "age_band"}.get(band.strip().lower())
        if name is None:
            raise UsageError(f"--band '{band}' is not one of tenure, age")
        ds = _load(data, workspace, as_of)
        _emit(value_by_band(ds, name), ds, as_json, f"Value by {name.replace('_', ' ')}")

    @app.command("compare")
    @with_data_options
    def compare_cmd(
        by: Annotated[str, typer.Argument(help="A customer column, segment or band (kind, acquisition_channel, "
                                               "rfm_segment, tenure_band, ...).")],
        data: DataOpt = None,
        workspace: WorkspaceOpt = None,
        as_of: AsOfOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        """Customer groups compared on value, repeat rate, retention, CLV and churn risk."""
        from insight.analyses.groups import compare_by

        ds = _load(data, workspace, as_of)
        _emit(compare_by(ds, by), ds, as_json, f"Customers by {by}")

    @app.command("basket")
    @with_data_options
    def basket_cmd(
        top: Annotated[int, typer.Option("--top", "-n", min=1, help="Show the N most frequent pairs.")] = 20,
        min_support: Annotated[float, typer.Option("--min-support", min=0.0, max=1.0,
                                                   help="Only pairs in at least this share of all orders "
                                                        "(0.01 = 1 %).")] = 0.0,
        product: Annotated[str | None, typer.Option("--product", help="Only the pairs with this product "
                                                                      "code.")] = None,
        data: DataOpt = None,
        workspace: WorkspaceOpt = None,
        as_of: AsOfOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        """Products bought together (Warenkorbanalyse): pairs by order with support, confidence and lift."""
        from insight.metrics.products import bought_together

        ds = _load(data, workspace, as_of)
        frame = bought_together(ds, top=top, min_support=min_support, product=product)
        _emit(frame, ds, as_json, f"Bought together with {product}" if product else "Products bought together")

    @app.command("cohort-value")
    @with_data_options
    def cohort_value_cmd(
        grain: Annotated[str, typer.Option("--grain", "--by", help="year, quarter or month of first order."
                                           )] = "year",
        data: DataOpt = None,
        workspace: WorkspaceOpt = None,
        as_of: AsOfOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        """Customer value by acquisition cohort (Kundenwert je Erstkaufjahr/-quartal): customer capital, CLV
        and customer value per cohort."""
        from insight.analyses.cohorts import value_by_cohort
        from insight.metrics.periods import normalise_period

        grain = normalise_period(grain)
        ds = _load(data, workspace, as_of)
        _emit(value_by_cohort(ds, grain), ds, as_json, f"Customer value by {grain} of first order")

    @app.command("period-value")
    @with_data_options
    def period_value_cmd(
        grain: Annotated[str, typer.Option("--grain", "--by", help="year, quarter or month.")] = "quarter",
        data: DataOpt = None,
        workspace: WorkspaceOpt = None,
        as_of: AsOfOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        """Customer value earned per period (Kundenwert je Zeitraum): active and new customers, revenue, gross
        profit, customer capital added and its running total."""
        from insight.analyses.cohorts import value_by_period
        from insight.metrics.periods import normalise_period

        grain = normalise_period(grain)
        ds = _load(data, workspace, as_of)
        _emit(value_by_period(ds, grain), ds, as_json, f"Customer value earned per {grain}")
