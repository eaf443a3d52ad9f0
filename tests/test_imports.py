"""Start-up stays light (issue 16): which modules a cold import or a cold command loads, not how long it takes.

Heavy libraries are imported inside the functions that need them: scikit-learn and scipy only for models,
altair / vl-convert / textual only for the faces, SQLModel/SQLAlchemy only with a workspace, pydantic
only once a Dataset exists. Each probe runs in a fresh interpreter.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "online_retail_ii.parquet"
HEAVY = ("sklearn", "scipy", "altair", "vl_convert", "textual", "sqlmodel", "sqlalchemy", "pandas", "IPython",
         "ipywidgets")


def _loaded(code: str) -> set[str]:
    probe = f"import sys, json\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    return {m.split(".")[0] for m in json.loads(out.stdout.strip().splitlines()[-1])} | set(
        json.loads(out.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize("code", ["import insight.api", "import insight.cli", "import insight"])
def test_import_loads_no_heavy_library(code: str) -> None:
    loaded = _loaded(code)
    heavy = sorted(m for m in HEAVY if m in loaded)
    assert not heavy, f"`{code}` loaded {heavy}"


def test_import_loads_neither_pydantic_nor_the_semantic_model() -> None:
    loaded = _loaded("import insight.cli, insight.api")
    assert "pydantic" not in loaded
    assert "insight.semantic" not in loaded and "insight.query" not in loaded and "rich" not in loaded


def test_cli_help_builds_the_ask_examples_on_demand() -> None:
    out = subprocess.run([sys.executable, "-c", "import sys; from insight.cli import main; "
                          "sys.argv = ['insight', 'ask', '--help']; main()"], cwd=ROOT, capture_output=True,
                         text=True, check=True, env={**os.environ, "COLUMNS": "200"})
    assert "Examples: " in out.stdout and "Umsatz nach Land, Top 3" in out.stdout


@pytest.mark.skipif(not DATA.exists(), reason="needs ../shared/data")
def test_cold_ask_from_a_file_loads_no_model_or_face_library() -> None:
    code = ("from insight.cli import main\nsys.argv = ['insight', 'ask', 'total revenue', '--data', "
            f"{str(DATA)!r}, '--json']\ntry:\n    main()\nexcept SystemExit:\n    pass")
    loaded = _loaded(code)
    heavy = sorted(m for m in HEAVY if m in loaded)
    assert not heavy, f"a cold `insight ask --data` loaded {heavy}"
    # every word of "total revenue" is known: the fuzzy matcher is imported for the first unknown word only
    assert "rapidfuzz" not in loaded


def test_frame_rows_column_wise_equals_cell_wise() -> None:
    """``frame_rows`` converts a column at a time (a CLV table of every customer is tens of thousands of
    cells); the result is what ``json_value`` of every cell gives, and ``print_json`` leaves it as it is."""
    import datetime as dt
    import json
    import math

    import polars as pl

    from insight.cli.common import frame_rows, json_value

    frame = pl.DataFrame({
        "customer_id": [1, 2, None], "name": ["a", None, "ü"], "flag": [True, None, False],
        "clv": [1.5, float("nan"), float("inf")], "neg": [-float("inf"), None, 0.1 + 0.2],
        "day": [dt.date(2011, 12, 9), None, dt.date(1999, 1, 1)],
        "at": [dt.datetime(2011, 12, 9, 12, 30, 1, 5), None, dt.datetime(2000, 1, 1)],
        "tags": [["x"], [], None], "dec": pl.Series([1, 2, 3], dtype=pl.Decimal(10, 2)),
        "cat": pl.Series(["p", "q", None], dtype=pl.Categorical), "small": pl.Series([1, 2, 3], dtype=pl.Int8),
        "f32": pl.Series([1.25, None, float("nan")], dtype=pl.Float32),
    })
    expected = [[json_value(v) for v in row] for row in frame.iter_rows()]
    got = frame_rows(frame)
    assert got == expected
    assert [[type(v) for v in row] for row in got] == [[type(v) for v in row] for row in expected]
    plain = frame.drop("dec")  # Decimal cells are not JSON in either version
    assert json.dumps(json_value({"rows": frame_rows(plain)})) == json.dumps(
        {"rows": [[json_value(v) for v in row] for row in plain.iter_rows()]})
    assert frame_rows(frame.head(0)) == [] and frame_rows(pl.DataFrame()) == []
    assert not any(isinstance(v, float) and not math.isfinite(v) for row in got for v in row)
