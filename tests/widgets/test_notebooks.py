"""The example notebooks run top to bottom in a real kernel (nbclient), with no error.

examples/ask_app.ipynb (the Voila page) is executed by test_browser.py."""

from __future__ import annotations

import copy
import html
import re

import nbformat
import pytest
from nbclient import NotebookClient

from widget_expect import DATA, REPO

EXAMPLES = REPO / "examples"


def run(name: str, kernel: str, timeout: int = 600, store_widget_state: bool = True) -> nbformat.NotebookNode:
    nb = nbformat.read(EXAMPLES / name, as_version=4)
    NotebookClient(
        nb,
        timeout=timeout,
        kernel_name=kernel,
        store_widget_state=store_widget_state,
        resources={"metadata": {"path": str(EXAMPLES)}},
    ).execute()
    return nb


@pytest.fixture(scope="session")
def tour(kernel, shared_once) -> nbformat.NotebookNode:
    """tour.ipynb executed once for the whole run (its widget state saved), shared by the pytest-xdist workers.

    The notebook executed without saving widget state is this one without ``metadata.widgets``: nbclient's
    ``store_widget_state`` only collects the comm state and writes that key at the end (the tour has none)."""

    def write(path):
        nbformat.write(run("tour.ipynb", kernel), path)

    return nbformat.read(shared_once("tour.executed.ipynb", write), as_version=4)


def outputs(nb: nbformat.NotebookNode, mime: str) -> list[str]:
    return [
        str(out["data"][mime])
        for cell in nb.cells
        if cell.cell_type == "code"
        for out in cell.get("outputs", [])
        if "data" in out and mime in out["data"]
    ]


def widget_views(nb: nbformat.NotebookNode) -> int:
    return len(outputs(nb, "application/vnd.jupyter.widget-view+json"))


@pytest.mark.long(30)  # executes the tour (the `tour` fixture) before the folder's other tests need it
def test_tour_runs_and_shows_answers_and_widgets(tour):
    nb = copy.deepcopy(tour)
    errors = [out for cell in nb.cells for out in cell.get("outputs", []) if out.get("output_type") == "error"]
    assert not errors
    html = outputs(nb, "text/html")
    assert any("insight-answer" in h and "<svg" in h for h in html)  # magics: static HTML with the chart
    assert widget_views(nb) >= 6  # AskWidget and the five panels
    state = nb.metadata["widgets"]["application/vnd.jupyter.widget-state+json"]["state"]
    svg_in_widgets = [m for m in state.values() if "<svg" in str(m.get("state", {}).get("value", ""))]
    assert svg_in_widgets  # charts were rendered in the kernel, into the widgets' HTML
    assert not any("cdn.jsdelivr" in h or "<script src" in h for h in html)


# what the tour asks (magics, the cell magic and AskWidget from code), with the conversation each runs in
TOUR_CONVERSATIONS = [
    ["Top 5 customers by revenue", "and only 2024?", "Wer sind unsere wertvollsten Kunden?"],
    ["Umsatz nach Land, Top 3", "und nur 2024?", "revenue by month 2024"],
    ["Revenue by country, top 5", "Which 5 customers placed the most orders?"],
]
RESOURCE_URL = re.compile(r"""(?:\b(?:src|href)\s*=\s*["']?|url\(\s*["']?|@import\s+["'])(?:https?:)?//""", re.I)


@pytest.mark.parametrize("with_widget_state", [False, True], ids=["plain", "widget-state"])
def test_tour_nbconvert_html_shows_every_answer_offline(tour, demo, tmp_path, with_widget_state):
    """nbconvert's HTML (the ``insight`` template in widgets/share) holds every answer's text, the widgets as
    their static HTML, and loads nothing from the network; also when the widget state was saved."""
    import insight.api as ia
    from nbconvert import HTMLExporter

    nb = copy.deepcopy(tour)
    if not with_widget_state:
        assert "widgets" not in nbformat.read(EXAMPLES / "tour.ipynb", as_version=4).metadata
        nb.metadata.pop("widgets", None)
    exporter = HTMLExporter(
        template_name="insight", extra_template_basedirs=[str(REPO / "widgets" / "share" / "nbconvert" / "templates")]
    )
    page, _ = exporter.from_notebook_node(nb)
    (tmp_path / "tour.html").write_text(page, encoding="utf-8")
    for questions in TOUR_CONVERSATIONS:
        session = ia.session(data=demo)
        for question in questions:
            answer = session.ask(question)
            assert answer.status == "ok", question
            assert html.escape(answer.text, quote=False) in page or html.escape(answer.text) in page, question
    assert "Hoffmann Büroservice GmbH" in page  # the AskWidget/magic tables, not only the sentences
    assert "At Risk: " in page  # `seg.segment = "At Risk"` in a later cell updated the explorer's static HTML
    assert page.count("<svg") >= 8  # magics, AskWidget and the panels' charts
    assert not RESOURCE_URL.findall(page), RESOURCE_URL.findall(page)[:3]
    assert "cdn.jsdelivr" not in page and "unpkg.com" not in page and "cdnjs" not in page


@pytest.mark.slow
@pytest.mark.long(40)
def test_online_retail_runs(kernel):
    if not (DATA / "online_retail_ii.parquet").exists():
        pytest.skip(f"{DATA / 'online_retail_ii.parquet'} not present (the notebook would use demo data)")
    nb = run("online_retail.ipynb", kernel, timeout=900)
    text = "\n".join(outputs(nb, "text/plain"))
    assert "1,044,847 order lines" in "\n".join(
        out.get("text", "") for cell in nb.cells for out in cell.get("outputs", []) if out.get("name") == "stdout"
    )
    assert "18,908,996.98" in text  # total revenue, the figure verified in the foundation
