"""The facade every face uses: open a workspace or a file, import, ask, and the analyst's Python API.

Faces (CLI, TUI, widgets, magics) call only what is here and render the returned objects. Imports of
the heavier layers happen inside the functions so that ``import insight.api`` stays fast.

>>> import insight.api as ia
>>> ds = ia.demo_dataset()                       # deterministic synthetic data, no files needed
>>> ia.ask("Top 5 Kunden nach Umsatz", data=ds).table.height
5
"""

from __future__ import annotations

import contextvars
import datetime as dt
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import polars as pl

from insight.analyses.value_at_risk import CHURN_RISK_THRESHOLD
from insight.dataset import Dataset
from insight.errors import InsightError, MissingDataError, UsageError
from insight.language import Language
from insight.segments import METHODS as SEGMENT_METHODS  # rfm, abc, cluster, portfolio
from insight.segments import SEGMENT_COLUMNS  # each method's segment as a dimension: portfolio → quadrant, ...

if TYPE_CHECKING:
    from insight.analyses.kpis import KpiList
    from insight.answer import Answer
    from insight.semantic.model import SemanticModel
    from insight.workspace import Workspace

__all__ = [  # what faces and notebooks may use: the facade, the types it returns, the errors it raises
    "CHURN_RISK_THRESHOLD", "DataLike", "Dataset", "InsightError", "Language", "MissingDataError", "UsageError",
    "CustomerProfile", "Overview", "SEGMENT_COLUMNS", "SEGMENT_METHODS",
    "ask", "bought_together", "clv", "cohorts", "compare_groups", "completions", "customer_columns",
    "customer_profile", "customer_value", "customers", "data_options", "default_workspace_location",
    "demo_dataset", "example_questions", "import_files", "interactions", "kpi_list", "kpis", "label_frame", "load", "load_file",
    "ltv", "measures", "metric_info", "open_workspace", "order_history", "overview", "parse_date", "payback",
    "persona", "personas", "prepare", "referrals", "report", "satisfaction", "satisfaction_matrix",
    "segment_members", "segment_profile", "segment_summary", "segments", "semantic_model", "session",
    "table_names", "unprofitable",
    "value_at_risk", "value_label", "value_by_band", "value_by_cohort", "value_by_period", "period_bounds",
    "write_table_csv",
]

DataLike = Dataset | str | Path | pl.DataFrame


def open_workspace(location: str | Path | None = None) -> "Workspace":
    """Open (creating if needed) a workspace: a SQLite path, a postgresql+psycopg:// URL, or the default."""
    from insight.workspace import Workspace

    return Workspace.open(None if location is None else str(location))


# What a command line said about the data beyond the file itself (--currency, --map); see ``data_options``.
_DATA_OPTIONS: contextvars.ContextVar[dict[str, Any]] = contextvars.ContextVar(
    "insight_data_options", default={})  # noqa: B039  (never mutated: data_options sets a new dict)


@contextmanager
def data_options(currency: str | None = None, mapping: dict[str, str] | None = None,
                 date_order: str | None = None, no_cache: bool = False) -> Iterator[None]:
    """Apply ``--currency``, ``--map``, ``--date-order`` and ``--no-cache`` to every ``load``/``load_file``
    inside the block (the CLI wraps each command that takes --data in it)."""
    from insight.io.cache import switched_off
    from insight.io.coerce import date_order as dates_in

    token = _DATA_OPTIONS.set({"currency": currency, "mapping": mapping})
    try:
        with dates_in(date_order), switched_off(no_cache):
            yield
    finally:
        _DATA_OPTIONS.reset(token)


def load_file(path: str | Path, mapping: dict[str, str] | None = None,
              columns: Collection[str] | None = None) -> Dataset:
    """A Dataset from one file (CSV, Excel, Parquet, text) without a workspace: the ``--data FILE`` path.
    ``columns``: the canonical order-line columns the caller reads (None: all); text columns it does not read
    may be left null (insight.io.canonical.NARROWABLE), every other column and every decision is as without."""
    from insight.io import cache

    mapping = mapping if mapping is not None else _DATA_OPTIONS.get().get("mapping")
    entry = cache.lookup(path, mapping, cache.date_order())
    if entry is not None:  # the canonical lines of an earlier build of this file (insight.io.cache)
        try:
            return _file_dataset(path, entry.meta["table"], entry.frame(columns), entry.meta["labels"])
        except Exception:  # noqa: BLE001 - removed meanwhile, damaged: built again below
            pass

    from insight.io import read_table

    mapped = read_table(Path(path), mapping=mapping, typed_ids=True,  # ids typed once, as the Dataset keeps them
                        needed=columns)
    from insight.dataset import CANONICAL_LABEL

    labels = {**dict(mapped.client_columns), **{CANONICAL_LABEL + col: header for header, col in mapped.mapping.items()}}
    ds = _file_dataset(path, mapped.table, mapped.frame, labels)
    if columns is None and mapped.table in ("order_lines", "customers"):
        from insight.workspace.columnar import planning_of

        cache.store(path, mapping, cache.date_order(), mapped.table, mapped.frame, labels, planning_of)
    return ds


def _file_dataset(path: str | Path, table: str, frame: pl.DataFrame, labels: dict[str, str]) -> Dataset:
    """The Dataset of one file's canonical table (``load_file``)."""
    from insight.schema import ORDER_LINES, empty_frame

    if table == "customers":  # a customer list alone is a complete data set (metrics.md)
        return Dataset(order_lines=empty_frame(ORDER_LINES), customers=frame, source=str(path),
                       client_labels=labels)
    if table != "order_lines":
        from insight.errors import MissingDataError

        raise MissingDataError(
            f"{path}: looks like a '{table}' table; answering needs order lines or a customers table "
            "(customer_id, order_date, amount or quantity + unit_price). Import it into a workspace instead."
        )
    return Dataset(order_lines=frame, source=str(path), client_labels=labels)


def load(data: DataLike | None = None, workspace: str | Path | None = None,
         as_of: dt.date | str | None = None, currency: str | None = None,
         columns: Collection[str] | None = None) -> Dataset:
    """The Dataset to analyse: a given Dataset, a file, a polars frame of order lines, or a workspace.
    ``columns`` narrows the build of a file (``load_file``)."""
    if isinstance(data, Dataset):
        ds = data
    elif isinstance(data, pl.DataFrame):
        from insight.io import map_frame

        ds = Dataset(order_lines=map_frame(data, table="order_lines").frame, source="<DataFrame>")
    elif data is not None:
        ds = load_file(data, columns=columns)
    else:
        ds = open_workspace(workspace).load()
    if isinstance(as_of, str):
        as_of = parse_date(as_of)
    currency = currency or _DATA_OPTIONS.get().get("currency")
    if currency:
        ds = ds.with_settings(currency=currency.strip().upper())
    return ds.with_as_of(as_of)


def parse_date(text: str) -> dt.date:
    """YYYY-MM-DD or DD.MM.YYYY, else a one-line UsageError."""
    from insight.errors import UsageError

    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise UsageError(f"date '{text}' is not YYYY-MM-DD (e.g. 2011-12-10)")


def demo_dataset(seed: int = 7, n_customers: int = 3000) -> Dataset:
    """The built-in deterministic demo data (B2B and B2C customers, surveys, coupons, funnel)."""
    from insight.io.demo import generate_demo

    return generate_demo(seed=seed, n_customers=n_customers)


def ask(question: str, data: DataLike | None = None, workspace: str | Path | None = None,
        as_of: dt.date | str | None = None) -> "Answer":
    """Answer one question in German or English; ``.table`` is a polars DataFrame. Never raises for
    a bad question (status 'clarify' or 'error' instead); raises InsightError for bad data/workspace."""
    from insight.query import Session

    return Session(load(data, workspace, as_of)).ask(question)


def session(data: DataLike | None = None, workspace: str | Path | None = None,
            as_of: dt.date | str | None = None) -> Any:
    """A conversation: ``s.ask(q)`` keeps the last plan so follow-ups ("und nur 2011?") work."""
    from insight.query import Session

    return Session(load(data, workspace, as_of))


def customers(data: DataLike | None = None, workspace: str | Path | None = None) -> pl.DataFrame:
    """The per-customer table (revenue, orders, AOV, tenure, profit, customer capital, RFM and CLV inputs)."""
    from insight.metrics.customer_table import customer_table

    return customer_table(load(data, workspace))


def segments(method: str = "rfm", data: DataLike | None = None, workspace: str | Path | None = None) -> pl.DataFrame:
    """Customers with their segment: method 'rfm', 'abc', 'cluster' or 'portfolio'."""
    from insight.segments import segment_table

    return segment_table(load(data, workspace), method)


def segment_profile(method: str = "rfm", data: DataLike | None = None, workspace: str | Path | None = None,
                    k: int | None = None, segment: str | None = None) -> pl.DataFrame:
    """One row per segment of any method with the same profile: size, value (revenue, capital, CLV),
    loyalty (orders, recency, repeat rate, tenure, expected lifetime, retention, churn risk) and every
    attribute; ``k`` for 'cluster'; ``segment`` (name or German label) keeps that segment's row."""
    from insight.analyses.profile import segment_profile as build

    return build(load(data, workspace), method, k, segment)


def clv(data: DataLike | None = None, workspace: str | Path | None = None, horizon_months: int | None = None,
        annual_discount_rate: float | None = None) -> pl.DataFrame:
    """Predicted CLV, expected orders, P(alive) and churn risk per customer (BG/NBD + Gamma-Gamma)."""
    from insight.clv.value import customer_clv

    return customer_clv(load(data, workspace), horizon_months=horizon_months,
                        annual_discount_rate=annual_discount_rate)


def ltv(data: DataLike | None = None, workspace: str | Path | None = None, by: str | None = None, *,
        S: float | None = None, C: float | None = None, P: float | None = None, t: float | None = None,
        unit: str = "month", as_of: dt.date | str | None = None) -> Any:
    """LTV = S × C × P × t per group (``.table``, ``.notes_in(lang)``, ``.window``, ``.churn_pair``); any
    component may be set, C and t per month / in months or, with ``unit="year"``, per year / in years."""
    from insight.analyses.ltv import ltv_result

    return ltv_result(load(data, workspace, as_of), by, S=S, C=C, P=P, t=t, unit=unit)  # type: ignore[arg-type]


def kpis(data: DataLike | None = None, workspace: str | Path | None = None,
         as_of: dt.date | str | None = None) -> dict[str, Any]:
    """Headline numbers (customers, revenue, orders, AOV, repeat rate, mean CLV, churn-risk share, NPS, as_of)."""
    from insight.analyses.value import kpis as compute

    return compute(load(data, workspace, as_of))


def kpi_list(data: DataLike | None = None, workspace: str | Path | None = None,
             as_of: dt.date | str | None = None, language: Language = "en") -> Any:
    """The KPI list (``insight.analyses.kpis.KpiList``): retention rate, CLV, repeat rate, redemption rate, NPS,
    customers, revenue, profit and value at risk, each with its period, completeness and, where the data
    cannot support it, the reason; labels in ``language`` ('de' or 'en')."""
    from insight.analyses.kpis import kpi_list as compute

    return compute(load(data, workspace, as_of), language)


def customer_value(data: DataLike | None = None, workspace: str | Path | None = None,
                   as_of: dt.date | str | None = None) -> pl.DataFrame:
    """Per customer: customer_capital (profit so far), clv (expected) and customer_value = both; its sum
    over customers is the customer equity."""
    from insight.clv.value import customer_clv
    from insight.metrics.customer_table import customer_table
    from insight.analyses.value_at_risk import customer_value as combine

    ds = load(data, workspace, as_of)
    return combine(customer_table(ds), customer_clv(ds))


def value_at_risk(data: DataLike | None = None, workspace: str | Path | None = None,
                  as_of: dt.date | str | None = None) -> pl.DataFrame:
    """One row: value_at_risk (last-12-month revenue of the customers with churn risk ≥ 50 %),
    customers_at_risk and their summed clv."""
    from insight.analyses.value_at_risk import value_at_risk as compute

    return compute(load(data, workspace, as_of))


def payback(data: DataLike | None = None, workspace: str | Path | None = None,
            by: str | None = "acquisition_channel", per_customer: bool = False,
            as_of: dt.date | str | None = None) -> pl.DataFrame:
    """Acquisition payback: customer capital vs. acquisition cost. Per ``by`` (default acquisition_channel;
    None: overall) the customers who have / have not paid back and the gap in money; ``per_customer=True``
    gives one row per customer (largest gap first)."""
    from insight.metrics.payback import payback_by_channel, payback_table

    ds = load(data, workspace, as_of)
    return payback_table(ds) if per_customer else payback_by_channel(ds, by)


def unprofitable(data: DataLike | None = None, workspace: str | Path | None = None, by: str | None = None,
                 summary: bool = False, as_of: dt.date | str | None = None) -> pl.DataFrame:
    """Unprofitable customers (profit so far < 0) with their loss, largest first; ``summary=True`` gives
    their count, share and summed loss, overall or per customer column ``by``."""
    from insight.metrics.payback import unprofitable_customers, unprofitable_summary

    ds = load(data, workspace, as_of)
    return unprofitable_summary(ds, by) if summary or by else unprofitable_customers(ds)


def measures(method: str = "portfolio", data: DataLike | None = None, workspace: str | Path | None = None,
             language: Language = "en", catalogue: str | Path | None = None,
             as_of: dt.date | str | None = None) -> Any:
    """Measures (Maßnahmen) per segment of ``method`` (portfolio, rfm, abc, value-risk): ``.table`` one row per
    segment with the money it holds, the catalogue's measure, its rule and the money at stake; ``.customers``
    every customer with segment and measure (the CRM list); ``.notes`` the assumptions (docs/measures.md)."""
    from insight.measures import measures as compute

    return compute(load(data, workspace, as_of), method, language, catalogue)


def report(out: str | Path = "report.html", data: DataLike | None = None, workspace: str | Path | None = None,
           language: Language = "en", client: str = "", method: str = "portfolio",
           as_of: dt.date | str | None = None, format: str | None = None) -> Any:
    """Write the client report to ``out``: one self-contained HTML file, or ``format`` 'pdf' (needs Chromium)
    or 'pptx' (needs the ``report`` extra), by default from the suffix of ``out``; returns its content
    (``.sections``, ``.omitted``, ``.figures``). Sections follow docs/report.md."""
    from insight.measures.table import check_method
    from insight.report import check_format, format_of, write_report

    fmt = format_of(out, format)
    check_format(fmt)
    return write_report(load(data, workspace, as_of), out, language, client, check_method(method), fmt)


def referrals(data: DataLike | None = None, workspace: str | Path | None = None, compare: bool = False,
              as_of: dt.date | str | None = None) -> pl.DataFrame:
    """Referral analysis: referrers ranked by referred customers and their value; ``compare=True`` gives
    referred vs. not referred customers on retention, churn risk, CLV and value."""
    from insight.analyses.referrals import referral_comparison, referrers

    ds = load(data, workspace, as_of)
    return referral_comparison(ds) if compare else referrers(ds)


INTERACTION_VIEWS = ("kinds", "complaints", "compare", "response", "response_outcome")


def period_bounds(period: str | None = None, start: dt.date | str | None = None,
                  end: dt.date | str | None = None) -> tuple[dt.date | None, dt.date | None]:
    """[start, end) of a window given as a calendar period label ('2024', '2024-Q3', '2024-05') or as dates
    (YYYY-MM-DD or DD.MM.YYYY; ``end`` exclusive); a one-line UsageError for anything else."""
    from insight.errors import UsageError

    if period is not None:
        if start is not None or end is not None:
            raise UsageError("give either a period or start/end dates, not both")
        import re

        text = period.strip()
        if not re.fullmatch(r"\d{4}(-(Q[1-4]|0[1-9]|1[0-2]))?", text, flags=re.IGNORECASE):
            raise UsageError(f"period '{period}' is not YYYY, YYYY-Qn or YYYY-MM (e.g. 2024, 2024-Q3, 2024-05)")
        from insight.metrics.periods import label_range

        return label_range(text.upper())
    bounds = tuple(parse_date(v) if isinstance(v, str) else v for v in (start, end))
    if bounds[0] is not None and bounds[1] is not None and bounds[0] >= bounds[1]:
        raise UsageError(f"the window starts {bounds[0]} on or after its end {bounds[1]}")
    return bounds[0], bounds[1]


def interactions(data: DataLike | None = None, workspace: str | Path | None = None, view: str = "kinds",
                 by: str | None = None, as_of: dt.date | str | None = None,
                 within_hours: float = 48.0, start: dt.date | str | None = None, end: dt.date | str | None = None,
                 period: str | None = None) -> pl.DataFrame:
    """Complaints and interactions of customers: ``view`` 'kinds' (counts and rates per kind [and ``by``]),
    'complaints' (complaint rate [per ``by``]), 'compare' (complainers vs. others on retention, churn risk,
    CLV), 'response' (response times per kind [or ``by``], share answered within ``within_hours``; needs
    answer timestamps) or 'response_outcome' (response times of complaints of customers who stayed vs.
    churned in the year after). ``period`` ('2024', '2024-Q3') or ``start`` / ``end`` (end exclusive) keep
    the interactions in that window, read on their own timestamp (not for 'response_outcome', which follows
    each complaint for a year)."""
    from insight.errors import UsageError
    from insight.analyses import interactions as module

    ds = load(data, workspace, as_of)
    begin, stop = period_bounds(period, start, end)
    if view == "kinds":
        return module.interactions_by_kind(ds, by, begin, stop)
    if view == "complaints":
        return module.complaint_rate(ds, by, begin, stop)
    if view == "compare":
        return module.complainer_comparison(ds, begin, stop)
    from insight.analyses.response_times import complaint_response_by_outcome, response_times

    if view == "response":
        return response_times(ds, by or "interaction_kind", within_hours, start=begin, end=stop)
    if view == "response_outcome":
        if begin is not None or stop is not None:
            raise UsageError("view 'response_outcome' follows every complaint for a year and takes no window")
        return complaint_response_by_outcome(ds, within_hours=within_hours)
    raise UsageError(f"view '{view}' is not one of {', '.join(INTERACTION_VIEWS)}")


SATISFACTION_VIEWS = ("groups", "intent", "outcome")


def satisfaction(data: DataLike | None = None, workspace: str | Path | None = None, view: str = "groups",
                 by: str | None = None, as_of: dt.date | str | None = None) -> pl.DataFrame:
    """Satisfaction beside behaviour: ``view`` 'groups' (CSAT, NPS, repurchase intent and P(alive) per
    ``by``, default kind), 'intent' (stated repurchase intent vs. P(alive) per ``by``, default RFM segment)
    or 'outcome' (answers of respondents who stayed vs. churned in the following year)."""
    from insight.errors import UsageError
    from insight.analyses import satisfaction as module

    ds = load(data, workspace, as_of)
    if view == "groups":
        return module.satisfaction_by(ds, by or "kind")
    if view == "intent":
        return module.intent_vs_alive(ds, by or "rfm_segment")
    if view == "outcome":
        return module.satisfaction_by_outcome(ds)
    raise UsageError(f"view '{view}' is not one of {', '.join(SATISFACTION_VIEWS)}")


def compare_groups(by: str, data: DataLike | None = None, workspace: str | Path | None = None,
                   as_of: dt.date | str | None = None) -> pl.DataFrame:
    """Customer groups (a customer column, segment or band such as tenure_band) compared on size, value,
    repeat rate, retention, mean CLV and churn risk."""
    from insight.analyses.groups import compare_by

    return compare_by(load(data, workspace, as_of), by)


def value_by_band(band: str = "tenure_band", data: DataLike | None = None, workspace: str | Path | None = None,
                  as_of: dt.date | str | None = None) -> pl.DataFrame:
    """Value per tenure band (< 3 months … > 2 years) or age band (18–29 …), in band order."""
    from insight.analyses.bands import value_by_band as compute

    return compute(load(data, workspace, as_of), band)


def bought_together(data: DataLike | None = None, workspace: str | Path | None = None, top: int | None = 20,
                    min_support: float = 0.0, product: str | None = None,
                    as_of: dt.date | str | None = None) -> pl.DataFrame:
    """Products bought together: pairs of products in the same order with orders, support, confidence,
    reverse_confidence and lift, descriptions beside the codes; ``product`` keeps the pairs with it."""
    from insight.metrics.products import bought_together as compute

    return compute(load(data, workspace, as_of), top=top, min_support=min_support, product=product)


def value_by_cohort(grain: str = "year", data: DataLike | None = None, workspace: str | Path | None = None,
                    as_of: dt.date | str | None = None) -> pl.DataFrame:
    """Customer value by acquisition cohort (year, quarter or month of first order): customers, revenue,
    mean customer capital, mean CLV and mean customer value per cohort, oldest first."""
    from insight.analyses.cohorts import value_by_cohort as compute

    return compute(load(data, workspace, as_of), grain)


def value_by_period(grain: str = "quarter", data: DataLike | None = None, workspace: str | Path | None = None,
                    as_of: dt.date | str | None = None) -> pl.DataFrame:
    """Customer value earned per year, quarter or month: active and new customers, revenue, gross profit,
    customer capital added (gross profit − cost to serve of the new customers) and its running total."""
    from insight.analyses.cohorts import value_by_period as compute

    return compute(load(data, workspace, as_of), grain)


def persona(data: DataLike | None = None, workspace: str | Path | None = None, language: Language = "en",
            method: str = "cluster") -> Any:
    """The typical customer of the most valuable segment: ``.text`` in English or German, ``.attributes``."""
    from insight.segments.persona import persona as build

    return build(load(data, workspace), language=language, method=method)


def personas(data: DataLike | None = None, workspace: str | Path | None = None, language: Language = "en",
             method: str = "cluster", top: int = 3) -> list[Any]:
    """One persona for each of the ``top`` most valuable segments of ``method``, most valuable first."""
    from insight.segments.persona import personas as build

    return build(load(data, workspace), language=language, method=method, top=top)


def import_files(paths: list[str | Path], workspace: str | Path | None = None, table: str | None = None,
                 mapping: dict[str, str] | None = None, pseudonymize: bool = False,
                 personal: list[str] | None = None) -> list[Any]:
    """Import files into a workspace in one transaction (re-importing replaces, never doubles); one
    ImportReport per file (``.to_json()``, ``.import_id`` for ``Workspace.undo``). ``personal``: more
    source columns to pseudonymise (implies ``pseudonymize``)."""
    with open_workspace(workspace) as ws:
        return ws.import_files([Path(p) for p in paths], table=table, mapping=mapping, pseudonymize=pseudonymize,
                               personal=personal or ())


# -- what the faces need (issue 19): typed, one definition each --------------------------------------------


def prepare(data: DataLike | None = None, workspace: str | Path | None = None) -> Dataset:
    """The Dataset with its prepared order lines built and cached (what the first question needs), so a
    face can warm up before the user types."""
    from insight.metrics.lines import prepared_lines

    ds = load(data, workspace)
    prepared_lines(ds).select(pl.len()).collect()
    return ds


def default_workspace_location() -> str:
    """Where ``open_workspace()`` without a location opens the user's default workspace."""
    from insight.workspace.backend import default_location

    return default_location()


def customer_columns() -> tuple[str, ...]:
    """The canonical columns of the customers table (attributes, as opposed to computed values)."""
    from insight.schema import CUSTOMERS

    return tuple(CUSTOMERS.columns)


def table_names() -> tuple[str, ...]:
    """The canonical tables a Dataset may hold (order_lines, customers, survey_responses, ...).

    >>> "order_lines" in table_names()
    True
    """
    from insight.schema import TABLES

    return tuple(TABLES)


def semantic_model() -> "SemanticModel":
    """The semantic model (metrics and dimensions with their labels, units, definitions, needs, examples
    and value labels) that questions are answered from, for a face that lists or labels them.

    >>> semantic_model().metrics["revenue"].unit
    'currency'
    """
    from insight.semantic import SEMANTIC_MODEL

    return SEMANTIC_MODEL


def value_label(column: str, value: Any, language: Language = "en") -> str:
    """A built-in value of ``column`` as a reader of ``language`` sees it (the label catalogue,
    ``insight/labels.toml``); the client's own values stay as written.

    >>> value_label("channel", "field", "de"), value_label("rfm_segment", "At Risk", "de"), value_label("channel", "Etsy", "de")
    ('Außendienst', 'gefährdet', 'Etsy')
    """
    from insight.labels import value_label as label

    return label(column, value, language)


def label_frame(frame: pl.DataFrame, language: Language = "en") -> pl.DataFrame:
    """``frame`` with the built-in values of its columns (survey aspects, channels, segments, ...) labelled for a
    reader of ``language``, as ``Answer.display_table`` does; the client's own values stay as written."""
    from insight.labels import label_frame as labelled

    return labelled(frame, language)


def completions(data: DataLike | None = None) -> list[str]:
    """Words a user may type: metric and dimension names and labels (both languages), then the data's values."""
    from insight.semantic import completions as words

    return words(None if data is None else load(data))


def example_questions(language: Language = "en", data: DataLike | None = None) -> list[str]:
    """Example questions in ``language``: the data's own columns first, then the catalogue's."""
    from insight.semantic import example_questions as examples

    return examples(language, None if data is None else load(data))


def metric_info(name: str, language: Language = "en") -> dict[str, str] | None:
    """Label, unit and definition of a metric (or label of a dimension) in ``language``; None when unknown.

    >>> metric_info("revenue", "de")["label"]
    'Umsatz'
    """
    from insight.semantic import SEMANTIC_MODEL

    metric = SEMANTIC_MODEL.metrics.get(name)
    if metric is not None:
        return {"name": name, "label": metric.label(language), "unit": metric.unit,
                "definition": metric.definition(language)}
    dimension = SEMANTIC_MODEL.dimensions.get(name)
    if dimension is not None:
        return {"name": name, "label": dimension.label(language), "unit": "", "definition": ""}
    return None


def write_table_csv(frame: pl.DataFrame, path: str | Path) -> Path:
    """Write ``frame`` as CSV with cells a spreadsheet would run as formulas kept as text."""
    from insight.sanitize import csv_safe

    target = Path(path)
    csv_safe(frame).write_csv(target)
    return target


def segment_summary(method: str = "rfm", data: DataLike | None = None,
                    workspace: str | Path | None = None) -> pl.DataFrame:
    """One row per segment of ``method``: customers, revenue, their shares, means; most valuable first."""
    from insight.segments import segment_summary as summary

    return summary(load(data, workspace), method)


def segment_members(method: str, segment: str, data: DataLike | None = None,
                    workspace: str | Path | None = None) -> pl.DataFrame:
    """The customers of one segment of ``method`` (its English or German name), with the segment's numbers.

    >>> ds = demo_dataset(n_customers=300)
    >>> members = segment_members("abc", "A", ds)
    >>> members.height > 0 and set(members.get_column("segment")) == {"A"}
    True
    """
    from insight.segments import segment_table

    table = segment_table(load(data, workspace), method)
    wanted = str(segment)
    return table.filter((pl.col("segment").cast(pl.String) == wanted)
                        | (pl.col("segment_de").cast(pl.String) == wanted))


def _typed_id(ds: Dataset, customer_id: Any) -> Any:
    """The id in the data's customer_id dtype (Int64 when every id is an integer, else text)."""
    if ds.order_lines.schema.get("customer_id") == pl.Int64:
        try:
            return int(customer_id)
        except (TypeError, ValueError):
            return customer_id
    return str(customer_id)


def order_history(customer_id: Any, data: DataLike | None = None, workspace: str | Path | None = None, *,
                  newest_first: bool = True) -> pl.DataFrame:
    """One row per order of the customer: order_day, order_id, lines, amount (returns included) and
    is_order (False for an order that is only a cancellation or return); newest first unless
    ``newest_first=False``.

    >>> ds = demo_dataset(n_customers=300)
    >>> history = order_history("K10001", ds)
    >>> history.columns
    ['order_day', 'order_id', 'lines', 'amount', 'is_order']
    >>> history.get_column("order_day").is_sorted(descending=True)
    True
    """
    from insight.metrics.lines import prepared_lines

    ds = load(data, workspace)
    cid = _typed_id(ds, customer_id)
    return (
        prepared_lines(ds)
        .filter(pl.col("customer_id") == cid)
        .group_by("order_key")
        .agg(order_day=pl.col("order_day").min(), lines=pl.len().cast(pl.Int64),
             amount=pl.col("line_amount").sum(), is_order=pl.col("is_order").any())
        .sort("order_day", "order_key", descending=newest_first)
        .select("order_day", pl.col("order_key").alias("order_id"), "lines", "amount", "is_order")
        .collect()
    )


@dataclass
class CustomerProfile:
    """One customer as a card shows it: ``attributes`` (customers-table columns), ``value`` (revenue, orders,
    profit, customer capital, ...), ``clv`` (clv, p_alive, churn_risk, expected orders and spend),
    ``segments`` (method -> segment), ``history`` (``order_history``); a part that cannot be computed is
    left empty and named in ``problems``."""

    customer_id: Any
    attributes: dict[str, Any] = field(default_factory=dict)
    value: dict[str, Any] = field(default_factory=dict)
    clv: dict[str, Any] = field(default_factory=dict)
    segments: dict[str, Any] = field(default_factory=dict)
    history: pl.DataFrame = field(default_factory=pl.DataFrame)
    problems: list[str] = field(default_factory=list)


CLV_FIELDS = ("clv", "p_alive", "churn_risk", "expected_orders", "expected_spend")


def customer_profile(customer_id: Any, data: DataLike | None = None, workspace: str | Path | None = None, *,
                     methods: tuple[str, ...] = ("rfm", "abc"), language: Language = "en") -> CustomerProfile:
    """Value, CLV, segments (of ``methods``, labelled in ``language``), attributes and order history of one
    customer.

    >>> ds = demo_dataset(n_customers=300)
    >>> card = customer_profile("K10001", ds)
    >>> card.value["orders"] == card.history.filter("is_order").height, sorted(card.segments)
    (True, ['abc', 'rfm'])
    """
    from insight.clv.value import customer_clv
    from insight.metrics.customer_table import customer_table
    from insight.segments import segment_table

    ds = load(data, workspace)
    cid = _typed_id(ds, customer_id)
    profile = CustomerProfile(customer_id=cid)

    def row_of(frame: pl.DataFrame) -> dict[str, Any]:
        hit = frame.filter(pl.col("customer_id") == cid)
        return hit.row(0, named=True) if hit.height else {}

    attributes = set(customer_columns())
    try:
        row = row_of(customer_table(ds))
        profile.value = {k: v for k, v in row.items() if k not in attributes}
        profile.attributes = {k: v for k, v in row.items() if k in attributes and k != "customer_id" and v is not None}
    except InsightError as exc:
        profile.problems.append(f"value: {exc}")
    try:
        model = row_of(customer_clv(ds))
        profile.clv = {k: model[k] for k in CLV_FIELDS if k in model}
    except InsightError as exc:
        profile.problems.append(f"clv: {exc}")
    for method in methods:
        try:
            seg = row_of(segment_table(ds, method))
        except InsightError as exc:
            profile.problems.append(f"{method}: {exc}")
            continue
        if seg:
            profile.segments[method] = seg["segment_de" if language == "de" else "segment"]
    profile.history = order_history(cid, ds)
    return profile


@dataclass
class Overview:
    """What a dashboard shows first: the KPI list (None when it cannot be built, with the reason in
    ``problems``), the per-customer CLV table (empty without a model) and the customers at risk
    (churn_risk ≥ ``CHURN_RISK_THRESHOLD``, highest CLV first)."""

    kpis: "KpiList | None"
    clv: pl.DataFrame
    at_risk: pl.DataFrame
    problems: list[str] = field(default_factory=list)


def overview(data: DataLike | None = None, workspace: str | Path | None = None,
             as_of: dt.date | str | None = None, language: Language = "en") -> Overview:
    """KPIs, the CLV table and the customers at risk in one call.

    >>> view = overview(demo_dataset(n_customers=300), language="de")
    >>> view.kpis["revenue"].label, view.at_risk.get_column("churn_risk").min() >= CHURN_RISK_THRESHOLD
    ('Umsatz', True)
    """
    from insight.analyses.kpis import kpi_list as build
    from insight.clv.value import customer_clv

    ds = load(data, workspace, as_of)
    problems: list[str] = []
    kpi: KpiList | None = None
    try:
        kpi = build(ds, language)
    except InsightError as exc:
        problems.append(f"kpis: {exc}")
    try:
        table = customer_clv(ds)
    except InsightError as exc:
        problems.append(f"clv: {exc}")
        table = pl.DataFrame()
    at_risk = (table.filter(pl.col("churn_risk") >= CHURN_RISK_THRESHOLD).sort("clv", descending=True, nulls_last=True)
               if table.height else table)
    return Overview(kpi, table, at_risk, problems)


def cohorts(data: DataLike | None = None, workspace: str | Path | None = None, matrix: bool = False,
            max_period: int | None = None, as_of: dt.date | str | None = None) -> pl.DataFrame:
    """Cohort retention by month of first order: long (cohort, period, customers, active, share) or,
    with ``matrix=True``, one row per cohort and one column per period (up to ``max_period``)."""
    from insight.metrics.cohorts import cohort_matrix, cohort_retention

    ds = load(data, workspace, as_of)
    return cohort_matrix(ds, max_period=max_period) if matrix else cohort_retention(ds)


def satisfaction_matrix(data: DataLike | None = None, workspace: str | Path | None = None,
                        as_of: dt.date | str | None = None) -> pl.DataFrame:
    """Importance × satisfaction per survey aspect with its quadrant (keep up, concentrate here, ...)."""
    from insight.analyses.survey import importance_satisfaction

    return importance_satisfaction(load(data, workspace, as_of))
