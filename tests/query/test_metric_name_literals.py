"""Issue 13: the parser and executor decide on a metric's semantic attributes, not on its name.

A comparison of a metric name with what a plan asks for (``"customers" in plan.metrics``,
``plan.metrics == ("orders",)``, ``m == "cancelled_lines"``, ``set(plan.metrics) - {"customers"}``) makes a new
metric with the same meaning need another branch. Ask the catalogue entry instead (``insight.semantic.model.Metric``:
``family``, ``headcount``, ``reversal``, ``cancelled_count``, ``money``, …; helpers in ``insight.query.traits``).
The ceiling is today's count of such literals in insight/query; lower it when one goes, never raise it.
"""

from __future__ import annotations

import ast
from pathlib import Path

from insight.semantic import SEMANTIC_MODEL

# Left (88; 166 before): the parser's `_decide` word-combination rules ("Umsatz pro Auftrag" is aov, "Anzahl
# Wiederkäufer" the customers with two orders, the whole-table and segment picks), the loyalty and survey frames'
# per-metric columns (nps, promoters, csat, churn_rate's lost), the share/rate metrics' own formulas (win_rate,
# cancellation_rate, order_share), aov's median, repeat_rate and customer_share beside the head count, and a few
# one-phrase rules (nps average, complaint analysis, ltv formula). Each needs its own attribute (a rate's formula,
# a survey column) or the rule table of the Ask rebuild; lower the ceiling as they go.
CEILING = 88

_QUERY = Path(__file__).resolve().parents[2] / "insight" / "query"
_METRIC_HOLDERS = {"m", "metric", "x", "metrics", "concepts", "others", "counted", "named"}


def _mentions_metrics(node: ast.AST) -> bool:
    for sub in ast.walk(node):
        if isinstance(sub, ast.Attribute) and sub.attr == "metrics":
            return True
        if isinstance(sub, ast.Name) and sub.id in _METRIC_HOLDERS:
            return True
    return False


def metric_name_literals(source: str, names: set[str]) -> list[tuple[int, str]]:
    """(line, name) of each metric-name string compared with (or subtracted from) a plan's metrics in ``source``."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
        elif isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Sub, ast.BitAnd)):
            sides = [node.left, node.right]
        else:
            continue
        if not any(_mentions_metrics(s) for s in sides):
            continue
        for side in sides:
            for sub in ast.walk(side):
                if isinstance(sub, ast.Constant) and isinstance(sub.value, str) and sub.value in names:
                    found.append((sub.lineno, sub.value))
    return sorted(set(found))


def _all_literals() -> dict[str, list[tuple[int, str]]]:
    names = set(SEMANTIC_MODEL.metrics)
    out = {}
    for path in sorted(_QUERY.glob("*.py")):
        if hits := metric_name_literals(path.read_text(encoding="utf-8"), names):
            out[path.name] = hits
    return out


def test_metric_name_literals_in_the_query_package_do_not_grow() -> None:
    found = _all_literals()
    count = sum(len(v) for v in found.values())
    assert count <= CEILING, (f"{count} metric-name literals compared with a plan's metrics in insight/query "
                              f"(ceiling {CEILING}): ask the metric's catalogue entry instead; {found}")


def test_the_guard_finds_a_metric_name_compared_with_the_plan() -> None:
    names = {"customers", "orders", "revenue"}
    src = '''
if plan.metrics == ("customers",): pass
if "revenue" in plan.metrics and m == "orders": pass
rest = set(plan.metrics) - {"customers"}
if plan.intent == "orders": pass
label = "customers"
'''
    assert metric_name_literals(src, names) == [(2, "customers"), (3, "orders"), (3, "revenue"), (4, "customers")]


def test_the_attributes_name_catalogue_metrics() -> None:
    from insight.query import traits

    base = SEMANTIC_MODEL.metrics.base
    assert [m for m, e in base.items() if e.headcount] == [traits.headcount_metric()]
    for e in base.values():
        for target in (e.cancelled_count, e.paired_count, e.scope_share, e.per_order):
            assert not target or target in base, (e.name, target)
    assert traits.cancelled_counts() and all(base[m].family == "cancelled" for m in traits.cancelled_counts())
    assert {traits.reversal(m) for m in base} == {"", "value", "count", "rate"}
    assert traits.entry("no_such_metric") is None and not traits.is_headcount("no_such_metric")
    assert traits.paired_count("no_such_metric") == "no_such_metric"
