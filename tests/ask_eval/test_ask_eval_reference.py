"""The evaluation's own reference is checked before it judges anything: it reproduces the expected values
of ../shared/questions/dev.jsonl (another independent implementation), and its BG/NBD and Gamma-Gamma
reproduce the published CDNOW estimates (Fader, Hardie & Lee 2005; Fader & Hardie 2013)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import polars as pl
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ask_eval_models as models  # noqa: E402
import ask_eval_support as ref  # noqa: E402


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent (the shared data lives next to the repository)")
    return path


@pytest.fixture(scope="module")
def lines_ii() -> pl.DataFrame:
    return ref.retail_lines(pl.read_parquet(_need(ref.DATA / "online_retail_ii.parquet")))


@pytest.fixture(scope="module")
def dev() -> dict[str, dict]:
    path = _need(ref.SHARED / "questions" / "dev.jsonl")
    return {r["id"]: r["expect"] for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def test_reference_reproduces_dev_values(lines_ii: pl.DataFrame, dev: dict[str, dict]) -> None:
    L, a = lines_ii, ref.analysis_date(lines_ii)
    y10, y11 = ref.calendar_year(2010), ref.calendar_year(2011)
    W = lambda window, countries=None: ref.within(L, window, countries)  # noqa: E731
    scalars = {
        "d01": ref.revenue(L), "d02": ref.revenue(W(y11)), "d03": ref.revenue(W(ref.calendar_month(2011, 10))),
        "d04": ref.revenue(W(ref.last_quarter(a))), "d05": ref.revenue(W(ref.last_days(a, 90))),
        "d06": ref.unattributed_revenue(L), "d07": ref.customers(L), "d08": ref.customers(W(y10)),
        "d11": ref.orders(W(y11)), "d12": ref.aov(L), "d13": ref.aov(W((None, None), ["Germany"])),
        "d18": ref.repeat_rate(L), "d19": ref.retention(L, y10, y11), "d20": 1 - ref.retention(L, y10, y11),
        "d34": ref.revenue(W(ref.calendar_quarter(2010, 4))), "d35": ref.revenue(W(ref.calendar_month(2011, 3))),
        "d36": ref.revenue(W(y11, ["France"])), "d37": ref.customers(W(y11)), "d38": ref.new_customers(L, y10),
        "d40": ref.revenue(W(ref.last_month(a))),
    }
    for qid, got in scalars.items():
        assert got == pytest.approx(dev[qid]["value"], rel=max(dev[qid]["rel_tol"], 1e-9)), qid
    tables = {
        "d09": ref.by_country(L, "customers", 5), "d10": ref.new_customers_by(L, "year"),
        "d14": ref.top_customers(L, "revenue", 10), "d15": ref.top_customers(L, "orders", 5),
        "d16": ref.by_country(L, "revenue", 3), "d17": ref.trend(W(y11), "revenue", "month"),
        "d21": ref.count_by(ref.abc(L), "abc_class"), "d22": ref.share_by(ref.abc(L), "abc_class"),
        "d23": ref.count_by(ref.rfm(L, a), "rfm_segment"),
    }
    for qid, rows in tables.items():
        want = dev[qid]["rows"]
        assert [r[:-1] for r in rows[: len(want)]] == [r[:-1] for r in want], qid
        assert [r[-1] for r in rows[: len(want)]] == pytest.approx([r[-1] for r in want], rel=1e-3), qid


def test_independent_models_reproduce_cdnow() -> None:
    path = _need(ref.DATA / "cdnow" / "cdnow_customers_summary_with_transactions.csv")
    cd = pl.read_csv(path)
    x, t_x, T, z = (cd.get_column(c).to_numpy().astype(float) for c in ("x", "t_x", "T", "zbar"))
    bg = models.fit_bgnbd(x, t_x, T)
    assert bg == pytest.approx((0.2426, 4.4136, 0.7929, 2.4259), rel=2e-3)
    first = (np.array([2.0]), np.array([30.43]), np.array([38.86]))
    assert models.expected_orders(bg, 39.0, *first)[0] == pytest.approx(1.2259, rel=2e-3)
    assert models.p_alive(bg, *first)[0] == pytest.approx(0.727, abs=2e-3)
    gg = models.fit_gamma_gamma(x, z)
    assert gg == pytest.approx((6.2488, 3.7446, 15.4477), rel=5e-3)
