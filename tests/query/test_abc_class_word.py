"""A bare 'class' is the ABC class only beside an ABC analysis; alone it is asked back (a client's own 'Class'
column may be meant). docs/ask.md, "ABC classes"."""

import pytest

import insight.api as ia


@pytest.fixture(scope="module")
def ds():
    return ia.demo_dataset(seed=3, n_customers=400)


@pytest.mark.parametrize("question", ["ABC analysis: revenue share of each class",
                                      "ABC-Analyse: Umsatzanteil jeder Klasse"])
def test_class_beside_abc_is_the_abc_class(ds, question: str) -> None:
    answer = ia.ask(question, ds).to_json()
    assert answer["status"] == "ok", answer["text"]
    assert "abc_class" in answer["columns"]
    got = dict(zip([r[answer["columns"].index("abc_class")] for r in answer["rows"]],
                   [r[-1] for r in answer["rows"]]))
    assert set(got) == {"A", "B", "C"}
    assert sum(got.values()) == pytest.approx(1.0)  # shares of all revenue
    assert got["A"] > got["B"] > got["C"]


def test_bare_class_is_asked_back(ds) -> None:
    assert ia.ask("revenue by class", ds).to_json()["status"] == "clarify"
