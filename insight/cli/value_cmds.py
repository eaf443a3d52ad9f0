"""Customer value commands: ``insight customers``, ``segments``, ``ltv``, ``payback``, ``unprofitable``, ``kpis``.

Thin over insight.metrics / insight.segments: load the data (workspace or --data file), compute, print a
table or, with --json, {"columns": [...], "rows": [...], "as_of": ...} on stdout.
"""

from __future__ import annotations

from typing import Annotated

import polars as pl
import typer

from insight.cli.common import (with_data_options, AsOfOpt, DataOpt, JsonOpt, LangOpt, WorkspaceOpt, frame_rows,
                                print_frame, print_json, language)
from insight.errors import UsageError
from insight.language import language_of
from insight.messages import say


TERMINAL_COLUMNS = ("customer_id", "revenue", "orders", "aov", "recency_days", "tenure_months", "customer_capital",
                    "kind", "country")


def _load(data, workspace, as_of):
    from insight.api import load

    return load(data, workspace, as_of)


def _emit(frame: pl.DataFrame, as_of, as_json: bool, title: str, **extra) -> None:
    if as_json:
        print_json({"columns": frame.columns, "rows": frame_rows(frame), "as_of": as_of, **extra})
    else:
        print_frame(frame, title=f"{title} (as of {as_of.isoformat()})")


def parse_filters(filters: list[str] | None, columns: list[str], schema: pl.Schema) -> pl.Expr | None:
    """'country=Germany', 'orders>=5', 'kind!=b2b' -> one polars predicate (all must hold)."""
    import re

    predicate = None
    for text in filters or []:
        match = re.fullmatch(r"\s*([A-Za-z_][A-Za-z0-9_]*)\s*(>=|<=|!=|==|=|>|<)\s*(.*?)\s*", text)
        if not match:
            raise UsageError(f"filter '{text}' is not COLUMN=VALUE (or !=, <, <=, >, >=), e.g. country=Germany")
        name, op, raw = match.groups()
        if name not in columns:
            raise UsageError(f"filter column '{name}' is not one of: {', '.join(columns)}")
        value = _typed(raw, schema[name], name)
        col = pl.col(name)
        expr = {"=": col == value, "==": col == value, "!=": col != value, "<": col < value,
                "<=": col <= value, ">": col > value, ">=": col >= value}[op]
        predicate = expr if predicate is None else predicate & expr
    return predicate


def _typed(raw: str, dtype: pl.DataType, name: str):
    if dtype.is_numeric():
        try:
            return float(raw.replace(",", ".")) if dtype.is_float() else int(raw)
        except ValueError:
            raise UsageError(f"filter value '{raw}' for '{name}' is not a number") from None
    if dtype == pl.Date:
        from insight.api import parse_date

        return parse_date(raw)
    return raw


def customer_table_for(ds) -> pl.DataFrame:
    """revenue, orders, recency_days per customer: the columns segment_table adds."""
    from insight.metrics.customer_table import customer_table

    return customer_table(ds).select("customer_id", "revenue", "orders", "recency_days")


def register(app: typer.Typer) -> None:
    """Add customers, segments and kpis to the app."""

    @app.command("customers")
    @with_data_options
    def customers_cmd(
        top: Annotated[int | None, typer.Option("--top", "-n", min=1, help="Show only the first N customers.")] = None,
        sort: Annotated[str, typer.Option("--sort", help="Column to sort by (e.g. revenue, orders, "
                                                         "recency_days, customer_capital).")] = "revenue",
        desc: Annotated[bool, typer.Option("--desc/--asc", help="Sort descending (default) or ascending.")] = True,
        filters: Annotated[list[str] | None, typer.Option(
            "--filter", "-f", help="Keep customers matching COLUMN=VALUE (also !=, <, <=, >, >=); repeatable.")] = None,
        data: DataOpt = None,
        workspace: WorkspaceOpt = None,
        as_of: AsOfOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        """Customers with revenue, orders, AOV, tenure, recency, profit and customer capital (Kundenwert)."""
        from insight.metrics.customer_table import customer_table

        ds = _load(data, workspace, as_of)
        table = customer_table(ds)
        if sort not in table.columns:
            raise UsageError(f"--sort '{sort}' is not a column; choose one of: {', '.join(table.columns)}")
        predicate = parse_filters(filters, table.columns, table.schema)
        if predicate is not None:
            table = table.filter(predicate)
        table = table.sort([sort, "customer_id"], descending=[desc, False], nulls_last=True)
        if top is not None:
            table = table.head(top)
        if not as_json:  # the terminal shows the key columns; --json has them all
            keep = [c for c in TERMINAL_COLUMNS if c in table.columns]
            table = table.select(keep + ([sort] if sort not in keep else []))
            table = table.with_columns(pl.col("customer_id").cast(pl.String))  # ids without 1,000 separators
        _emit(table, ds.as_of, as_json, "Customers")

    @app.command("segments")
    @with_data_options
    def segments_cmd(
        method: Annotated[str, typer.Option("--method", "-m", help="rfm, abc, cluster or portfolio.")] = "rfm",
        summary: Annotated[bool, typer.Option("--summary/--customers",
                                              help="One row per segment (default) or every customer.")] = True,
        profile: Annotated[bool, typer.Option("--profile", help="The same profile for every method: size, "
                                                                "value, loyalty and every attribute.")] = False,
        k: Annotated[int | None, typer.Option("--k", min=2, max=20, help="Number of clusters (--method cluster); "
                                                                        "default: best silhouette in 3..8.")] = None,
        segment: Annotated[str | None, typer.Option("--segment", help="One segment's profile (its name, e.g. "
                                                                      "Champions or A); implies --profile.")] = None,
        data: DataOpt = None,
        workspace: WorkspaceOpt = None,
        as_of: AsOfOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        """Customer segments (Kundensegmente): RFM, ABC, clustering or the value x loyalty portfolio."""
        from insight.segments import METHODS, segment_summary, segment_table

        if method.strip().lower() not in METHODS:
            raise UsageError(f"--method '{method}' is not one of {', '.join(METHODS)}")
        if k is not None and method.strip().lower() != "cluster":
            raise UsageError("--k applies to --method cluster only")
        ds = _load(data, workspace, as_of)
        extra = {}
        if profile or segment is not None:
            from insight.analyses.profile import segment_profile

            frame = segment_profile(ds, method.strip().lower(), k, segment)
        elif method.strip().lower() == "cluster":
            from insight.segments.cluster import cluster_segments

            result = cluster_segments(ds, k=k)
            extra = {"k": result.k, "silhouette": result.silhouette}
            if summary:
                frame = result.profile
            elif k is None:
                frame = segment_table(ds, method)
            else:
                frame = result.table.join(customer_table_for(ds), on="customer_id", how="left").rename(
                    {"cluster_name": "segment", "cluster_name_de": "segment_de"})
        else:
            frame = segment_summary(ds, method) if summary else segment_table(ds, method)
        title = f"Segments by {method}" + (f" (k = {extra['k']}, silhouette {extra['silhouette']:.2f})"
                                           if extra else "")
        _emit(frame, ds.as_of, as_json, title, **extra)

    @app.command("personas")
    @with_data_options
    def personas_cmd(
        method: Annotated[str, typer.Option("--method", "-m", help="cluster, rfm, abc or portfolio.")] = "cluster",
        top: Annotated[int, typer.Option("--top", "-n", min=1, help="Personas of the N most valuable segments.")] = 3,
        lang: LangOpt = "en",
        data: DataOpt = None,
        workspace: WorkspaceOpt = None,
        as_of: AsOfOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        """Buyer personas (Buyer Persona): the typical customer of each of the most valuable segments."""
        from insight.cli.common import json_value
        from insight.segments.persona import personas

        ds = _load(data, workspace, as_of)
        found = personas(ds, language(lang), method.strip().lower(), top)
        if as_json:
            print_json({"as_of": ds.as_of, "method": method, "personas": [
                {"segment": p.segment, "segment_de": p.segment_de, "size": p.size, "text": p.text,
                 "attributes": {key: json_value(v) for key, v in p.attributes.items()}} for p in found]})
            return
        for p in found:
            typer.echo(p.text)
            typer.echo("")

    @app.command("ltv")
    @with_data_options
    def ltv_cmd(
        by: Annotated[str | None, typer.Option("--by", help="Group by a customer column (kind, "
                                                           "acquisition_channel, country, rfm_segment, abc_class).")] = None,
        s: Annotated[float | None, typer.Option("--s", min=0, help="Set S, the average order value.")] = None,
        c: Annotated[float | None, typer.Option("--c", min=0, help="Set C, orders per customer per month "
                                                                  "(per year with --unit year).")] = None,
        p: Annotated[float | None, typer.Option("--p", min=0, help="Set P, the margin (0.3 = 30 %).")] = None,
        t: Annotated[float | None, typer.Option("--t", min=0, help="Set t, the expected relationship in months "
                                                                  "(years with --unit year).")] = None,
        unit: Annotated[str, typer.Option("--unit", help="Time unit of C and t: month or year.")] = "month",
        lang: LangOpt = "en",
        data: DataOpt = None,
        workspace: WorkspaceOpt = None,
        as_of: AsOfOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        """LTV = S × C × P × t per group, every component shown; any component can be set (--t 36)."""
        from insight.analyses.ltv import ltv_result

        lang = language(lang)
        if unit not in ("month", "year"):
            raise UsageError(f"--unit '{unit}': choose month or year")
        ds = _load(data, workspace, as_of)
        result = ltv_result(ds, by=by, S=s, C=c, P=p, t=t, unit=unit)  # type: ignore[arg-type]
        frame = result.table
        if by:
            frame = frame.sort("ltv", descending=True, nulls_last=True)
        notes = result.notes_in(lang)
        if as_json:
            print_json({"columns": frame.columns, "rows": frame_rows(frame), "as_of": ds.as_of, "unit": unit,
                        "window": list(result.window), "churn_pair": result.churn_pair,
                        "user_set": result.user_set, "notes": notes})
            return
        start, end = result.window
        said = language_of(lang)
        print_frame(frame, title=say("cli_ltv_title", said, as_of=ds.as_of.isoformat(), start=start, end=end))
        for note in notes:
            typer.echo(say("cli_note", said, note=note))

    @app.command("payback")
    @with_data_options
    def payback_cmd(
        by: Annotated[str, typer.Option("--by", help="Group by a customer column; 'none' for one total row.")]
        = "acquisition_channel",
        per_customer: Annotated[bool, typer.Option("--customers/--summary",
                                                   help="Every customer (largest gap first) or one row per group.")]
        = False,
        top: Annotated[int | None, typer.Option("--top", "-n", min=1, help="Show only the first N rows.")] = None,
        data: DataOpt = None,
        workspace: WorkspaceOpt = None,
        as_of: AsOfOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        """Acquisition payback: customer capital vs. acquisition cost, who has not paid back and the gap."""
        from insight.metrics.payback import payback_by_channel, payback_table

        ds = _load(data, workspace, as_of)
        frame = payback_table(ds) if per_customer else payback_by_channel(ds, None if by == "none" else by)
        if top is not None:
            frame = frame.head(top)
        if per_customer and not as_json:
            frame = frame.with_columns(pl.col("customer_id").cast(pl.String))
        _emit(frame, ds.as_of, as_json, "Acquisition payback")

    @app.command("unprofitable")
    @with_data_options
    def unprofitable_cmd(
        by: Annotated[str | None, typer.Option("--by", help="Count and loss per customer column "
                                                           "(kind, acquisition_channel, ...).")] = None,
        summary: Annotated[bool, typer.Option("--summary/--customers",
                                              help="Count, share and loss (with --by per group) or every "
                                                   "unprofitable customer (default).")] = False,
        top: Annotated[int | None, typer.Option("--top", "-n", min=1, help="Show only the first N rows.")] = None,
        data: DataOpt = None,
        workspace: WorkspaceOpt = None,
        as_of: AsOfOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        """Unprofitable customers (profit so far < 0) with their loss, largest first."""
        from insight.metrics.payback import unprofitable_customers, unprofitable_summary

        ds = _load(data, workspace, as_of)
        frame = unprofitable_summary(ds, by) if summary or by else unprofitable_customers(ds)
        if top is not None:
            frame = frame.head(top)
        if "customer_id" in frame.columns and not as_json:
            frame = frame.with_columns(pl.col("customer_id").cast(pl.String))
        _emit(frame, ds.as_of, as_json, "Unprofitable customers")

    @app.command("kpis")
    @with_data_options
    def kpis_cmd(
        lang: LangOpt = "en",
        data: DataOpt = None,
        workspace: WorkspaceOpt = None,
        as_of: AsOfOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        """The five loyalty KPIs (retention, CLV, repeat rate, redemption, NPS) plus customers, revenue,
        profit and value at risk, each with its period; missing data is named, never shown as 0."""
        from insight.analyses.kpis import kpi_list
        from insight.query.render import fmt_number

        lang = language(lang)
        ds = _load(data, workspace, as_of)
        result = kpi_list(ds, lang)
        if as_json:
            print_json(result.to_json())
            return
        said = language_of(lang)
        value, period = say("cli_kpis_value", said), say("cli_kpis_period", said)
        frame = pl.DataFrame({
            "KPI": [k.label for k in result.kpis],
            value: [fmt_number(k.value, k.unit, lang, result.currency) if k.available else "–" for k in result.kpis],
            period: [k.period for k in result.kpis],
            "Status": [k.status(lang) for k in result.kpis],
        }, schema={"KPI": pl.String, value: pl.String, period: pl.String, "Status": pl.String})
        print_frame(frame, title=say("cli_kpis_title", said, as_of=result.as_of.isoformat()))
        for note in result.notes:
            typer.echo(say("cli_note", said, note=note))
