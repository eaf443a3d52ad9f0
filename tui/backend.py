"""The TUI's only door into the core: loading, asking, key figures, segments and customer profiles.

Every function here is a thin call into ``insight.api`` or a public core module and runs in a worker
thread, never on the UI loop. Keeping the calls in one place means the widgets never import the core
and a missing or failing core piece becomes one readable error line in the UI, not a crash.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from insight.api import Dataset

SEGMENT_METHODS = ("rfm", "abc", "cluster")
CARD_SEGMENT_METHODS = ("rfm", "abc")  # clustering is too slow to wait for on a card
CLV_FIELDS = ("clv", "p_alive", "churn_risk", "expected_orders", "expected_spend")


def describe_error(exc: BaseException) -> str:
    """One line for the UI: the InsightError message, or the exception's type and first line."""
    from insight.api import InsightError

    if isinstance(exc, InsightError):
        return str(exc)
    if isinstance(exc, ImportError):
        return f"this part of the core is not installed yet ({exc.name or exc})"
    first = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


@dataclass
class Source:
    """Where the app's data comes from: a Dataset given in memory, a data file, a workspace, or the demo."""

    dataset: Dataset | None = None
    data: str | None = None
    workspace: str | None = None

    @property
    def history_key(self) -> str:
        """Identity of the workspace for the per-workspace prompt history."""
        if self.workspace:
            return "workspace:" + (self.workspace if "://" in self.workspace else str(Path(self.workspace).resolve()))
        if self.data:
            return "data:" + str(Path(self.data).resolve())
        if self.dataset is not None:
            return "dataset:" + (self.dataset.source or "memory")
        return "demo"

    @property
    def label(self) -> str:
        if self.workspace:
            return self.workspace
        if self.data:
            return Path(self.data).name
        if self.dataset is not None:
            return self.dataset.source or "dataset"
        return "demo"


CORE_MODULES = ("insight.api", "insight.io", "insight.query", "insight.semantic", "insight.analyses.value",
                "insight.metrics.customer_table", "insight.segments", "insight.clv.value")


def preload() -> None:
    """Import the core's heavier modules (scipy among them) while the app is still loading.

    An import holds the interpreter lock for its whole run (scipy.stats alone takes seconds), so an
    import that happens later, in a worker, would freeze the UI while the consultant is typing.
    """
    import importlib

    for name in CORE_MODULES:
        try:
            importlib.import_module(name)
        except ImportError:
            pass  # the part that needs it reports its own error when used


def load(source: Source) -> Dataset:
    """The Dataset to show. No workspace and no data: the default workspace (./insight.db if present,
    else the user's) when it exists and holds order lines, else the in-memory demo data."""
    import insight.api as api

    if source.dataset is not None:
        return source.dataset
    if source.data:
        return api.load(data=source.data)
    if source.workspace:
        return api.open_workspace(source.workspace).load()
    location = api.default_workspace_location()  # ./insight.db if present, else the user's default workspace
    if "://" not in location and Path(location).exists():
        dataset = api.open_workspace(location).load()
        if dataset.order_lines.height:
            dataset.source = dataset.source or location
            return dataset
    return api.demo_dataset()  # nothing to look at yet: the demo data, in memory, nothing written


class Conversation:
    """A core Session plus a lock: questions are answered one after another, in the order asked."""

    def __init__(self, ds: Dataset) -> None:
        import insight.api as api

        self._session = api.session(data=ds)
        self._lock = threading.Lock()

    def ask(self, question: str) -> Any:
        with self._lock:
            return self._session.ask(question)


def warm(ds: Dataset) -> None:
    """Build what the first question needs (prepared lines, the engine's line frame, the parser's
    lexicon) by answering one example question in a throwaway session, so Enter answers at once."""
    import insight.api as api

    api.prepare(ds)
    try:
        question = example_questions("en")[0]
    except Exception:
        question = "revenue"
    api.session(data=ds).ask(question)


def kpis(ds: Dataset, language: str = "en") -> dict[str, Any]:
    """The workspace's key figures from the core's KPI list (``insight.api.kpi_list``): name -> value, as_of,
    currency, under ``_kpis`` each KPI (period, completeness, why it is not available) in the core's order,
    and under ``_notes`` the list's notes."""
    import insight.api as api

    result = api.kpi_list(ds, language=language)
    return {**result.values(), "_kpis": {k.name: k for k in result.kpis}, "_notes": list(result.notes)}


def completions(ds: Dataset) -> list[str]:
    """Metric, dimension and value names for inline completion, from the semantic model."""
    import insight.api as api

    return list(api.completions(ds))


def example_questions(language: str, ds: Dataset | None = None) -> list[str]:
    """The workspace's example questions (its own columns first), from the core's semantic model, fitted to
    the data: examples of metrics whose tables the data lacks are left out, and the catalogue's years are
    moved to the data's own (the newest year named becomes the last complete year of the data), so no
    example answers "no data"."""
    import insight.api as api

    questions = list(api.example_questions(language, ds))  # type: ignore[arg-type]
    if ds is None:
        return questions
    try:
        return fit_examples(questions, ds, language)
    except Exception:  # fitting is a nicety; the catalogue's examples are still questions
        return questions


_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


def data_years(ds: Dataset) -> list[int]:
    """The calendar years with order lines before the analysis date, ascending."""
    lines = ds.order_lines
    if "order_date" not in lines.columns or not lines.height:
        return []
    cutoff = dt.datetime.combine(ds.as_of, dt.time())
    column = pl.col("order_date")
    if lines.schema["order_date"] == pl.Date:
        cutoff = ds.as_of  # type: ignore[assignment]
    years = lines.filter(column < cutoff).select(column.dt.year().unique().sort()).to_series().to_list()
    return [int(y) for y in years if y is not None]


def last_complete_year(ds: Dataset) -> int | None:
    """The newest year that the data cover up to its end (else the newest year with data)."""
    years = data_years(ds)
    complete = [y for y in years if dt.date(y, 12, 31) < ds.as_of]
    return (complete or years or [None])[-1]


def fit_examples(questions: list[str], ds: Dataset, language: str) -> list[str]:
    from insight.api import semantic_model

    SEMANTIC_MODEL = semantic_model()
    unsupported: set[str] = set()
    for metric in SEMANTIC_MODEL.metrics.values():
        if not all(_has(ds, need) for need in getattr(metric, "needs", ()) or ()):
            unsupported.update(metric.examples_de if language == "de" else metric.examples_en)
    target = last_complete_year(ds)
    out: list[str] = []
    for question in questions:
        if question in unsupported:
            continue
        named = [int(y) for y in _YEAR.findall(question)]
        if named and target is not None:
            shift = target - max(named)
            question = _YEAR.sub(lambda m, shift=shift: str(int(m.group(0)) + shift), question)
        if question not in out:
            out.append(question)
    return out


def _has(ds: Dataset, need: str) -> bool:
    """Whether the data holds a metric's need: a canonical table with rows, or a column with values in it
    (``model`` and other needs that are not tables are the core's to meet)."""
    from insight.api import table_names

    table, _, column = need.partition(".")
    if table not in table_names():
        return True
    try:
        if not ds.has(table):
            return False
        frame = ds.table(table)
    except Exception:
        return False
    if not frame.height:
        return False
    return not column or (column in frame.columns and frame.get_column(column).null_count() < frame.height)


PERIOD_COLUMNS = ("month", "quarter", "year", "period", "week", "day")


@dataclass(frozen=True)
class PartialPeriod:
    """The last period of a trend that the data do not cover to its end."""

    label: str
    last_day: dt.date


def partial_last_period(frame: pl.DataFrame, x: str | None, as_of: dt.date | None) -> PartialPeriod | None:
    """When the x column of a trend holds periods (2025-06, 2025-Q2, 2025) and the analysis date falls inside
    the last one, that period and the last day with data; else None. Read from the answer's data only."""
    if as_of is None or not frame.height:
        return None
    if x is None or x not in frame.columns:
        x = next((c for c in frame.columns if c in PERIOD_COLUMNS), None)
        if x is None:
            return None
    label = frame.get_column(x).drop_nulls().sort()[-1] if frame.get_column(x).null_count() < frame.height else None
    if label is None:
        return None
    bounds = period_bounds(label)
    if bounds is None:
        return None
    start, end = bounds
    if start < as_of < end:
        return PartialPeriod(str(label) if not isinstance(label, dt.date) else label.isoformat(),
                             as_of - dt.timedelta(days=1))
    return None


def period_bounds(label: Any) -> tuple[dt.date, dt.date] | None:
    """[start, end) of a period label: a date or datetime (a month's first day), 'YYYY-MM', 'YYYY-Qn', YYYY."""
    if isinstance(label, dt.datetime):
        label = label.date()
    if isinstance(label, dt.date):
        return label, _add_months(label.replace(day=1), 1) if label.day == 1 else label + dt.timedelta(days=1)
    text = str(label).strip()
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})", text):
        start = dt.date(int(m[1]), int(m[2]), 1)
        return start, _add_months(start, 1)
    if m := re.fullmatch(r"(\d{4})[- ]?Q([1-4])", text, flags=re.IGNORECASE):
        start = dt.date(int(m[1]), 3 * int(m[2]) - 2, 1)
        return start, _add_months(start, 3)
    if m := re.fullmatch(r"(\d{4})", text):
        return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]) + 1, 1, 1)
    return None


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True)
class MetricEntry:
    name: str
    label: str
    description: str


def metric_entries(language: str) -> list[MetricEntry]:
    """The semantic model's metrics with their label and definition in ``language``."""
    from insight.api import semantic_model

    metrics = semantic_model().metrics
    items = metrics.values() if isinstance(metrics, dict) else metrics
    out = []
    for m in items:
        name = getattr(m, "name", str(m))
        label = _localised(m, "label", language) or name
        description = _localised(m, "definition", language) or _localised(m, "description", language) or ""
        out.append(MetricEntry(name, label, description))
    return out


def _localised(obj: Any, attr: str, language: str) -> str:
    for candidate in (f"{attr}_{language}", attr):
        value = getattr(obj, candidate, None)
        if isinstance(value, dict):
            value = value.get(language) or next(iter(value.values()), None)
        if isinstance(value, str) and value:
            return value
    return ""


@functools.cache
def _semantic_entries() -> tuple[dict[str, Any], dict[str, Any]]:
    """(metrics, dimensions) of the semantic model by name; empty when the model is unavailable."""
    try:
        from insight.api import semantic_model

        model = semantic_model()
        return dict(model.metrics), dict(model.dimensions)
    except Exception:
        return {}, {}


def unit_of(name: str) -> str:
    """The semantic model's unit of a metric column ('currency', 'fraction', 'count', ...), else ''."""
    metrics, _ = _semantic_entries()
    if name in metrics:
        return getattr(metrics[name], "unit", "") or ""
    return "fraction" if name.endswith("_share") else ""


def column_label(name: str, language: str) -> str:
    """A column's header in ``language`` from the semantic model's labels; a context column the model does
    not name (responses, conversion_rate, ...) from the face's small table; the canonical name otherwise."""
    from tui.i18n import context_label

    metrics, dimensions = _semantic_entries()
    entry = metrics.get(name) or dimensions.get(name)
    label = _localised(entry, "label", language) if entry is not None else ""
    return label or context_label(name, language) or name


def value_label(column: str, value: Any, language: str) -> str:
    """A single value as the reader sees it: the core's label catalogue (``insight.api.value_label``: country,
    RFM segment, customer type, channel, survey aspect, ...) in German, else as stored."""
    import insight.api as api

    text = str(value)
    if language != "de":
        return text
    return api.value_label(api.SEGMENT_COLUMNS.get(column, column), text, "de")


def display_frame(answer: Any) -> pl.DataFrame:
    """The answer's table as the reader sees it: ``Answer.display_table`` (the built-in values labelled in
    the answer's language by the core's one label catalogue)."""
    return answer.display_table


def segment_summary(ds: Dataset, method: str) -> pl.DataFrame:
    import insight.api as api

    return api.segment_summary(method, ds)


def segment_members(ds: Dataset, method: str, segment: Any) -> pl.DataFrame:
    """The customers of one segment (the core's segment table, filtered to that segment)."""
    import insight.api as api

    table = api.segments(method, ds)
    column = _segment_column(table, method)
    return table.filter(pl.col(column).cast(pl.String) == str(segment))


def _segment_column(table: pl.DataFrame, method: str) -> str:
    for name in ("segment", f"{method}_segment", f"{method}_class", "abc_class", "rfm_segment", "cluster"):
        if name in table.columns:
            return name
    return next(c for c in table.columns if c != "customer_id")


def summary_segment_column(summary: pl.DataFrame, method: str) -> str:
    return _segment_column(summary, method)


@dataclass
class CustomerProfile:
    """Everything the customer card shows, gathered from the core's per-customer tables."""

    customer_id: Any
    value: dict[str, Any] = field(default_factory=dict)
    clv: dict[str, Any] = field(default_factory=dict)
    segments: dict[str, Any] = field(default_factory=dict)
    attributes: dict[str, Any] = field(default_factory=dict)
    history: pl.DataFrame = field(default_factory=pl.DataFrame)
    problems: list[str] = field(default_factory=list)


def customer_profile(ds: Dataset, customer_id: Any) -> CustomerProfile:
    """Value, CLV, segments, attributes and order history of one customer; a failing part is noted."""
    cid = _typed_id(ds, customer_id)
    profile = CustomerProfile(customer_id=cid)

    def row_of(frame: pl.DataFrame) -> dict[str, Any]:
        hit = frame.filter(pl.col("customer_id") == cid)
        return hit.row(0, named=True) if hit.height else {}

    def part(name: str, fn) -> None:
        try:
            fn()
        except Exception as exc:  # a missing model must not hide the rest of the card
            profile.problems.append(f"{name}: {describe_error(exc)}")

    def value() -> None:
        import insight.api as api

        columns = api.customer_columns()
        row = row_of(api.customers(ds))
        profile.value = {k: v for k, v in row.items() if k not in columns}
        profile.attributes = {k: v for k, v in row.items()
                              if k in columns and k != "customer_id" and v is not None}

    def clv() -> None:
        import insight.api as api

        row = row_of(api.clv(ds))
        shown = {k: row[k] for k in CLV_FIELDS if k in row}
        profile.clv = shown or {k: v for k, v in row.items() if k != "customer_id"}

    def segments() -> None:
        import insight.api as api

        for method in CARD_SEGMENT_METHODS:
            try:
                table = api.segments(method, ds)
            except Exception as exc:
                profile.problems.append(f"{method}: {describe_error(exc)}")
                continue
            row = row_of(table)
            if row:
                profile.segments[method] = row.get(_segment_column(table, method))

    def history() -> None:
        profile.history = order_history(ds, cid)

    for name, fn in (("value", value), ("history", history), ("clv", clv),
                     ("segments", segments)):
        part(name, fn)
    return profile


def order_history(ds: Dataset, customer_id: Any) -> pl.DataFrame:
    """One row per order of the customer (day, order, amount incl. returns), newest first
    (``insight.api.order_history``)."""
    import insight.api as api

    return api.order_history(customer_id, ds)


def _typed_id(ds: Dataset, customer_id: Any) -> Any:
    """The id in the dataset's customer_id dtype (Int64 when all ids are integers, else String)."""
    dtype = ds.order_lines.schema.get("customer_id")
    if dtype == pl.Int64:
        try:
            return int(customer_id)
        except (TypeError, ValueError):
            return customer_id
    return str(customer_id)


def export_table(frame: pl.DataFrame, path: str | Path) -> Path:
    """Write ``frame`` as CSV, Parquet or Excel by the file's suffix; write to a temp file, then rename."""
    from insight.api import UsageError

    target = Path(path).expanduser()
    suffix = target.suffix.lower()
    if suffix not in {".csv", ".parquet", ".xlsx"}:
        raise UsageError(f"{target.name}: choose a .csv, .parquet or .xlsx file name")
    if not target.parent.exists():
        raise UsageError(f"{target.parent}: folder does not exist")
    tmp = target.with_name(f".{target.stem}.part{suffix}")
    try:
        if suffix == ".csv":
            from insight.api import write_table_csv

            write_table_csv(frame, tmp)  # '=HYPERLINK(…)' must stay text in Excel (formula injection)
        elif suffix == ".parquet":
            frame.write_parquet(tmp)
        else:
            frame.write_excel(tmp, autofit=True)
        tmp.replace(target)
    finally:
        if tmp.exists():
            tmp.unlink()
    return target


def write_report(ds: Dataset, path: str | Path, language: str = "en") -> Path:
    """The client report (insight.api.report) at ``path``: HTML, or PDF / PPTX by the suffix."""
    from insight import api

    api.report(path, data=ds, language=language)
    return Path(path)
