"""Model diagnostics: fits at a bound, without dropout or without standard errors are reported as such."""

from __future__ import annotations

import json

import numpy as np
import polars as pl
import pytest
from typer.testing import CliRunner

from insight.cli import app
from insight.clv import bgnbd, gamma_gamma, mbgnbd, pareto_nbd
from insight.clv.base import FittedModel, se_from_hessian
from insight.clv.diagnostics import Diagnostic, headline, model_notes
from insight.clv.value import fit_notes
from insight.clv.summary import summary_from_table
from insight.clv.value import customer_clv, customer_summary, fit_models
from insight.dataset import Dataset

from clv_helpers import CDNOW, canonical, loyal_lines, need

runner = CliRunner()


def codes(fitted: FittedModel) -> list[str]:
    return [d.code for d in fitted.diagnostics]


def bounds(fitted: FittedModel) -> set[tuple[str, str]]:
    return {(d.parameter, d.bound) for d in fitted.diagnostics if d.code == "parameter_at_bound"}


@pytest.fixture(scope="module")
def loyal() -> Dataset:
    """60 customers who all keep buying every 1-4 weeks up to the analysis date: no one lapses."""
    return Dataset(order_lines=loyal_lines())


# -- a data set without dropout -------------------------------------------------------------------

def test_loyal_customers_drive_bgnbd_dropout_to_its_bound(loyal):
    fitted = fit_models(loyal)["bgnbd"]
    assert "dropout_degenerate" in codes(fitted)
    assert bounds(fitted) & {("a", "lower"), ("b", "upper")}
    assert not fitted.reliable and not fitted.converged
    degenerate = next(d for d in fitted.diagnostics if d.code == "dropout_degenerate")
    assert degenerate.value >= 0.99 and degenerate.serious
    assert "a → 0" in degenerate.en and "Abwanderung" in degenerate.de
    # the diagnostic says what the CLV table shows: P(alive) ≈ 1 for every repeat customer
    table = customer_clv(loyal).filter(pl.col("frequency") > 0)
    assert table.height == 60 and (table["p_alive"] >= 0.99).all()


@pytest.mark.parametrize("module, dropout", [(pareto_nbd, {("s", "lower"), ("beta", "upper")}),
                                             (mbgnbd, {("a", "lower"), ("b", "upper")})])
def test_other_count_models_flag_the_same_data(loyal, module, dropout):
    fitted = module.MODEL.fit(customer_summary(loyal), unit="day")
    assert "dropout_degenerate" in codes(fitted)
    assert bounds(fitted) & dropout
    assert not fitted.reliable and not fitted.converged


def test_fit_on_a_plateau_has_no_standard_errors(loyal):
    """BG/NBD stops with a ≈ 1e-6 where the likelihood is flat: the Hessian is singular, so no SEs."""
    fitted = fit_models(loyal)["bgnbd"]
    assert "no_standard_errors" in codes(fitted)
    assert all(se is None for se in fitted.standard_errors.values())
    # Pareto/NBD used to report finite numbers here (s: 5e-5 on an estimate of 6e-7): noise of a singular Hessian
    pareto = pareto_nbd.MODEL.fit(customer_summary(loyal), unit="day")
    assert "no_standard_errors" in codes(pareto)
    assert all(se is None for se in pareto.standard_errors.values())


def test_spend_without_heterogeneity_has_no_standard_errors(loyal):
    """Every loyal customer's order values come from the same distribution, so Gamma-Gamma's q and γ run off
    together along a ridge: no parameter is at its bound on its own, but the Hessian is singular."""
    gg = fit_models(loyal)["gg"]
    # along the ridge the optimiser may stop short of the bound or run onto it (floating point, BLAS threads):
    # either way no standard error exists and the fit is flagged
    assert "no_standard_errors" in codes(gg) and set(codes(gg)) <= {"no_standard_errors", "parameter_at_bound"}
    assert gg.params["q"] > 1e5 and gg.params["gamma"] > 1e5
    assert all(se is None for se in gg.standard_errors.values()) and not gg.reliable


def test_se_from_hessian():
    params = np.array([1.0, 2.0])
    ses, problem = se_from_hessian(params, np.array([[4.0, 0.0], [0.0, 1.0]]))
    np.testing.assert_allclose(ses, [0.5, 2.0])  # θ·sqrt(diag H⁻¹)
    assert problem is None
    for hess, reason in [(np.array([[2.0, 0.0], [0.0, 1e-9]]), "singular"),
                         (np.array([[1.0, 1.0], [1.0, 1.0]]), "singular"),
                         (np.array([[1.0, 2.0], [2.0, 1.0]]), "not positive definite"),
                         (np.array([[1.0, np.nan], [np.nan, 1.0]]), "non-finite")]:
        ses, problem = se_from_hessian(params, hess)
        assert np.isnan(ses).all() and reason in problem[0], (hess, problem)


def test_simulation_without_heterogeneity_is_flagged_too():
    from clv_helpers import order_lines, simulated_rows

    flat = Dataset(order_lines=order_lines(simulated_rows(80, heterogeneous=False)))
    fitted = fit_models(flat)["bgnbd"]
    assert "dropout_degenerate" in codes(fitted) and not fitted.reliable


def test_heterogeneous_simulation_is_clean():
    from clv_helpers import order_lines, simulated_rows

    ds = Dataset(order_lines=order_lines(simulated_rows(80)))
    assert all(m.diagnostics == [] and m.reliable and m.converged for m in fit_models(ds).values())


# -- CDNOW: real data, no serious diagnostic --------------------------------------------------------

@pytest.mark.parametrize("module", [bgnbd, pareto_nbd, mbgnbd, gamma_gamma])
def test_cdnow_fits_are_clean(module):
    summary = summary_from_table(pl.read_csv(need(CDNOW / "cdnow_customers_summary_with_transactions.csv")))
    fitted = module.MODEL.fit(summary, unit="week")
    assert not [d for d in fitted.diagnostics if d.serious], fitted.diagnostics
    assert fitted.reliable and fitted.converged
    assert all(se is not None for se in fitted.standard_errors.values())


def test_cdnow_dataset_has_no_fit_notes(cdnow_raw):
    """The purchases as a Dataset (fitted in days, as answers are): nothing to warn about."""
    lines = cdnow_raw.with_row_index("i").select(
        order_id=pl.format("{}-{}", "sample_id", "i"), customer_id=pl.col("sample_id"),
        order_date=pl.col("date").cast(pl.Datetime("us")), quantity=pl.lit(1.0), unit_price=pl.col("dollars"))
    ds = Dataset(order_lines=canonical(lines))
    assert fit_notes(ds, "en") == [] and fit_notes(ds, "de") == []
    assert all(m.reliable for m in fit_models(ds).values())


# -- notes for answers ------------------------------------------------------------------------------

def test_fit_notes_in_both_languages(loyal):
    en, de = fit_notes(loyal, "en"), fit_notes(loyal, "de")
    assert len(en) == len(de) >= 1 and en != de
    assert en[0].startswith("BG/NBD") and "churn risk" in en[0]
    assert de[0].startswith("BG/NBD") and "Abwanderungsrisiko" in de[0]
    # a → 0 and b → ∞ are named in the dropout sentence, the missing SEs follow from it: one sentence
    dropout = next(d for d in fit_models(loyal)["bgnbd"].diagnostics if d.code == "dropout_degenerate")
    assert [n for n in en if n.startswith("BG/NBD")] == [dropout.en]


def test_fit_notes_follow_the_metrics(loyal):
    models = fit_models(loyal)
    bg, gg = model_notes(models["bgnbd"]), model_notes(models["gg"])
    assert gg  # the spend model's singular Hessian
    assert fit_notes(loyal, metrics=["churn_risk"]) == bg
    assert fit_notes(loyal, metrics=["p_alive", "expected_orders"]) == bg
    assert fit_notes(loyal, metrics=["clv"]) == bg + gg == fit_notes(loyal)
    assert fit_notes(loyal, "de", metrics=["expected_spend"]) == model_notes(models["gg"], "de")
    assert fit_notes(loyal, metrics=["revenue"]) == []


def test_fit_notes_reuse_the_cached_fit(monkeypatch):
    """After customer_clv the notes come from the cached models; a second fit would fail this test."""
    ds = Dataset(order_lines=loyal_lines(40, seed=5))
    customer_clv(ds)
    models = fit_models(ds)

    def refit(*args, **kwargs):
        raise AssertionError("fit_notes fitted a model again")

    monkeypatch.setattr(bgnbd.MODEL, "fit", refit)
    monkeypatch.setattr(gamma_gamma.MODEL, "fit", refit)
    assert fit_notes(ds) == models["bgnbd"].notes() + models["gg"].notes()
    assert fit_notes(ds, "de")
    assert fit_models(ds) is models


def test_headline_drops_what_another_sentence_explains():
    at_a = Diagnostic("parameter_at_bound", "a", "a", parameter="a", bound="lower")
    at_r = Diagnostic("parameter_at_bound", "r", "r", parameter="r", bound="upper")
    dropout = Diagnostic("dropout_degenerate", "d", "d", parameter="a, b")
    no_se = Diagnostic("no_standard_errors", "s", "s")
    assert headline([at_a, at_r, dropout, no_se]) == [at_r, dropout]
    assert headline([no_se]) == [no_se]


# -- JSON and the command line ----------------------------------------------------------------------

def test_json_carries_the_diagnostics(loyal):
    fitted = fit_models(loyal)["bgnbd"]
    data = fitted.as_dict()
    assert data["reliable"] is False and data["converged"] is False
    assert [d["code"] for d in data["diagnostics"]] == codes(fitted)
    assert all(set(d) >= {"code", "en", "de", "serious", "parameter", "bound"} for d in data["diagnostics"])
    back = FittedModel.from_json(fitted.to_json())
    assert back == fitted and not back.reliable
    # JSON written before diagnostics existed still loads, as a model without findings
    old = json.loads(fitted.to_json())
    del old["diagnostics"], old["reliable"]
    assert FittedModel.from_json(json.dumps(old)).diagnostics == []


@pytest.fixture(scope="module")
def loyal_csv(tmp_path_factory):
    path = tmp_path_factory.mktemp("diag") / "loyal.csv"
    loyal_lines().select(
        Invoice="order_id", **{"Customer ID": "customer_id"},
        InvoiceDate=pl.col("order_date").dt.strftime("%Y-%m-%d %H:%M"), Quantity="quantity", Price="unit_price",
    ).write_csv(path)
    return path


def test_cli_fit_json_and_text_report_the_diagnostics(loyal_csv):
    result = runner.invoke(app, ["clv", "fit", "--data", str(loyal_csv), "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert "dropout_degenerate" in [d["code"] for d in out["diagnostics"]]
    assert out["reliable"] is False and out["converged"] is False
    result = runner.invoke(app, ["clv", "fit", "--data", str(loyal_csv), "--model", "pareto"])
    assert result.exit_code == 0, result.output
    assert "warning [dropout_degenerate]: Pareto/NBD" in result.stdout
    assert "warning [parameter_at_bound]" in result.stdout and "NOT reliable" in result.stdout


def test_cli_predict_warns(loyal_csv):
    result = runner.invoke(app, ["clv", "predict", "--data", str(loyal_csv), "--top", "3"])
    assert result.exit_code == 0, result.output
    assert "warning [dropout_degenerate]: BG/NBD" in result.stdout
    out = json.loads(runner.invoke(app, ["clv", "predict", "--data", str(loyal_csv), "--json"]).stdout)
    assert out["models"]["bgnbd"]["reliable"] is False
