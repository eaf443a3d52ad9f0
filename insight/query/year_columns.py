"""A customers table with one amount column per year ('Umsatz 2022', 'Umsatz 2023', 'Revenue 2024'): "Umsatz
2023" is that column's total.

Such a list has no orders, so a sales figure of a window cannot be computed from lines; but a window that is
exactly one calendar year, asked of a sales amount, is named by the column whose header holds that year and a word
of the figure ('Umsatz', 'revenue', 'sales'). Any other window (a month, a quarter, the last 90 days, a year
without its column) stays as asked and is asked back (the customers table has no order lines).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from insight.language import fold
from insight.query import lazy_re
from insight.query.plan import QueryPlan, TimeWindow
from insight.query.traits import is_sales_amount

if TYPE_CHECKING:
    from insight.dataset import Dataset

STEP = "year_column"
_WORDS = lazy_re.compile(r"[0-9a-z]+")


def year_column(plan: QueryPlan, ds: Dataset | None) -> QueryPlan:
    """The plan on the year's own column where the data is a customers table with one, else ``plan``."""
    if ds is None or plan.status != "ok" or ds.order_lines.height or plan.group_by or len(plan.metrics) != 1 or \
            not is_sales_amount(plan.metrics[0]):
        return plan
    year = _calendar_year(plan.window)
    if year is None:
        return plan
    column = _column_of(plan.metrics[0], year, ds)
    if column is None:
        return plan
    return plan.model_copy(update={"metrics": (column,), "window": TimeWindow()})


def _calendar_year(window: TimeWindow) -> int | None:
    start, end = window.start, window.end
    if start is None or end is None or (start.month, start.day) != (1, 1) or end != dt.date(start.year + 1, 1, 1):
        return None
    return start.year


def _column_of(metric: str, year: int, ds: Dataset) -> str | None:
    """The one client sum whose header holds ``year`` and a word naming ``metric`` (its label or a synonym)."""
    from insight.semantic import SEMANTIC_MODEL
    from insight.semantic.client import entries

    entry = SEMANTIC_MODEL.metrics[metric]
    names = {fold(w) for w in (entry.label_en, entry.label_de, *entry.synonyms_en, *entry.synonyms_de)
             if " " not in w.strip()}
    found = []
    for name, client in entries(ds)[0].items():
        if not name.startswith("sum_"):
            continue
        words = _WORDS.findall(fold(client.label_de))
        if str(year) in words and names & set(words):
            found.append(name)
    return found[0] if len(found) == 1 else None
