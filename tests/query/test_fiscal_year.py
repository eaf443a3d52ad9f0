"""Fiscal years (Geschäftsjahr): the workspace's fiscal-year start read into "GJ 2023/24", "FY2024", "im laufenden
Geschäftsjahr", "last fiscal year" and follow-ups; a split year on a calendar-year workspace is asked back, never
read as two calendar years compared (docs/ask.md, "Fiscal years"); groupings and quarters: test_fiscal_quarters.py.
Expected values are plain polars sums over the demo's order lines between the dates."""

from __future__ import annotations

import datetime as dt
import json

import polars as pl
import pytest
from typer.testing import CliRunner

from insight.cli import app
from insight.query import timewords


@pytest.fixture(scope="module")
def workspace(tmp_path_factory, demo_ds) -> str:
    """A real SQLite workspace with the demo data; its fiscal year set through the CLI (April, named by its end)."""
    import insight.api as ia

    path = tmp_path_factory.mktemp("fy") / "demo.db"
    with ia.open_workspace(path) as ws:
        ws.write_dataset(demo_ds)
    result = CliRunner().invoke(app, ["settings", "-w", str(path), "--fiscal-year-start", "April", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["settings"]["fiscal_year_start"] == 4
    return str(path)


def _revenue(ds, start: dt.date, end: dt.date) -> float:
    lines = ds.order_lines.filter((pl.col("order_date") >= start) & (pl.col("order_date") < end))
    return float(lines.get_column("amount").sum())


def _ask(workspace: str, question: str):
    import insight.api as ia

    return ia.ask(question, workspace=workspace)


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        ("Umsatz im Geschäftsjahr 2023/24", dt.date(2023, 4, 1), dt.date(2024, 4, 1)),
        ("Umsatz GJ 23/24", dt.date(2023, 4, 1), dt.date(2024, 4, 1)),
        ("revenue FY 2023-24", dt.date(2023, 4, 1), dt.date(2024, 4, 1)),
        ("revenue FY2024", dt.date(2023, 4, 1), dt.date(2024, 4, 1)),  # named by the year it ends in
        ("revenue last fiscal year", dt.date(2024, 4, 1), dt.date(2025, 4, 1)),
    ],
)
def test_a_fiscal_year_is_read_by_the_workspace_setting(workspace, demo_ds, question, start, end):
    answer = _ask(workspace, question)
    assert answer.status == "ok", answer.text
    assert answer.table.item(0, answer.table.columns[-1]) == pytest.approx(_revenue(demo_ds, start, end), abs=0.01)
    shown = f"{start:%d.%m.%Y}" if answer.language == "de" else start.isoformat()
    assert shown in answer.understood  # the twelve months read are said


def test_the_current_fiscal_year_runs_to_the_analysis_date(workspace, demo_ds):
    as_of = demo_ds.as_of
    first = as_of.year if (as_of - dt.timedelta(days=1)).month >= 4 else as_of.year - 1
    answer = _ask(workspace, "Umsatz im laufenden Geschäftsjahr")
    assert answer.status == "ok" and "laufendes Geschäftsjahr" in answer.understood
    assert answer.table.item(0, answer.table.columns[-1]) == pytest.approx(
        _revenue(demo_ds, dt.date(first, 4, 1), as_of), abs=0.01
    )


def test_the_year_before_a_fiscal_year_is_the_fiscal_year_before(workspace, demo_ds):
    import insight.api as ia

    session = ia.session(workspace=workspace)
    session.ask("Umsatz im GJ 2023/24")
    before = session.ask("und im Vorjahr?")
    assert before.status == "ok" and "GJ 2022/23" in before.understood
    assert before.table.item(0, before.table.columns[-1]) == pytest.approx(
        _revenue(demo_ds, dt.date(2022, 4, 1), dt.date(2023, 4, 1)), abs=0.01
    )


def test_grouping_by_a_non_calendar_fiscal_year_groups_by_it(workspace, demo_ds):
    answer = _ask(workspace, "Umsatz je Geschäftsjahr")  # more in tests/query/test_fiscal_quarters.py
    assert answer.status == "ok" and answer.table.columns[0] == "fiscal_year", answer.text
    got = dict(answer.table.iter_rows())
    assert got["GJ 2023/24"] == pytest.approx(_revenue(demo_ds, dt.date(2023, 4, 1), dt.date(2024, 4, 1)), abs=0.01)


def test_a_split_year_on_a_calendar_workspace_is_asked_back(demo_ds):
    from insight.query import parse

    plan, _ = parse("Umsatz im Geschäftsjahr 2023/2024", demo_ds)
    assert plan.status == "clarify" and plan.compare is None  # never 2024 compared with 2023
    assert "--fiscal-year-start" in plan.issues[0].de
    assert plan.options == ("Umsatz 2023", "Umsatz 2024")


def test_calendar_fiscal_words_are_the_calendar_year():
    as_of = dt.date(2025, 7, 1)
    january = timewords.FiscalYear(1)
    for fiscal in (january, timewords.CALENDAR):  # set to January, or not set
        for text, start in [("umsatz im geschaftsjahr 2024", dt.date(2024, 1, 1)),
                            ("revenue last fiscal year", dt.date(2024, 1, 1)),
                            ("umsatz im laufenden geschaftsjahr", dt.date(2025, 1, 1)),
                            ("umsatz im geschaftsjahr juli 2023 bis juni 2024", dt.date(2023, 7, 1))]:
            windows, _ = timewords.extract(timewords.normalise(text), as_of, fiscal)
            assert [w.start for w in windows] == [start], text
        _, rest = timewords.extract(timewords.normalise("revenue by fiscal year"), as_of, fiscal)
        said = [timewords.FISCAL_CALENDAR] if fiscal.start_month is None else []  # not set: read so, and said
        assert rest.split() == ["revenue", "by", "year", *said]
    # the abbreviations name a fiscal year other than the calendar year where one is used: asked back unless set
    windows, _ = timewords.extract(timewords.normalise("revenue fy2024"), as_of, january)
    assert [w.start for w in windows] == [dt.date(2024, 1, 1)]
    for text in ("revenue fy24", "umsatz gj 2024"):
        windows, rest = timewords.extract(timewords.normalise(text), as_of)
        assert windows == [] and timewords.FISCAL_UNSET in rest.split(), text


def test_an_abbreviated_fiscal_year_without_a_setting_is_asked_back(demo_ds):
    from insight.query import parse

    plan, _ = parse("What was our revenue in FY24?", demo_ds)
    assert plan.status == "clarify" and "--fiscal-year-start" in plan.issues[0].en
    assert plan.options == ("Revenue 2024",)


def test_this_period_on_its_first_day_is_the_period_of_the_last_data_day():
    w = timewords.this_window("quarter", dt.date(2025, 7, 1))
    assert (w.start, w.end, w.label_en) == (dt.date(2025, 4, 1), dt.date(2025, 7, 1), "this quarter (Q2 2025 to date)")


def test_fiscal_year_start_is_validated():
    result = CliRunner().invoke(app, ["settings", "-w", "unused.db", "--fiscal-year-start", "13"])
    from insight.errors import UsageError

    assert isinstance(result.exception, UsageError) and "1-12" in str(result.exception)
