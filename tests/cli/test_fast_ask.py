"""The fast path of a scripted `insight ask "…" --json` (insight.cli._fast, issue 16): the same stdout, stderr and
exit code as the typer command, whole processes; every other command line goes to typer."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from insight.cli import _fast

# Order 4 is a cancellation (C-prefix); one line without a customer; decimal commas; a --map target.
CSV = """Invoice;Kunde;InvoiceDate;Quantity;Price;Country
1;10;05.01.2011;2;50,00;Germany
1;10;05.01.2011;1;20,00;Germany
2;11;10.02.2011;5;10,00;France
3;10;15.03.2011;3;10,00;Germany
C4;10;16.03.2011;-1;10,00;Germany
5;;20.03.2011;1;99,00;Germany
6;12;01.12.2010;4;25,00;Spain
"""

RUN = "import sys; from insight.cli import main; sys.argv[0] = 'insight'; main()"
# the same command line through typer: an environment variable of `ask` sends it there
TYPER = {"INSIGHT_LLM_MODEL": "default"}


def _run(args: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items()  # the suite's cache folder (tests/conftest.py) stays: never the user's
             if not k.startswith("INSIGHT_") or k == "INSIGHT_CACHE_DIR"}
    return subprocess.run([sys.executable, "-c", RUN, *args], capture_output=True, text=True, timeout=300,
                          env={**clean, **(env or {})}, cwd=Path(__file__).parent)


@pytest.fixture(scope="module")
def orders(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("fast") / "orders.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


@pytest.mark.parametrize("extra", [
    ["Umsatz nach Land", "--map", "Kunde=customer_id"],
    ["revenue in 2011", "--as-of", "2011-04-01", "--map", "Kunde=customer_id", "--currency", "EUR"],
    ["Anzahl Kunden", "--map", "Kunde=customer_id", "--date-order", "dmy", "--explain"],
    ["total revenue", "--map", "Nope=customer_id"],      # a bad --map: the usage error of the typer path
    ["total revenue", "--as-of", "2011-13-45", "--map", "Kunde=customer_id"],  # a bad date
])
def test_same_output_as_typer(orders: Path, extra: list[str]) -> None:
    args = ["ask", extra[0], "--data", str(orders), "--json", *extra[1:]]
    assert _fast.parse(args) is not None
    fast, typer = _run(args), _run(args, TYPER)
    assert (fast.returncode, fast.stdout, fast.stderr) == (typer.returncode, typer.stdout, typer.stderr)


def test_missing_file_same_as_typer(tmp_path: Path) -> None:
    args = ["ask", "total revenue", "-d", str(tmp_path / "missing.csv"), "--json"]
    fast, typer = _run(args), _run(args, TYPER)
    assert fast.returncode == typer.returncode != 0
    assert (fast.stdout, fast.stderr) == (typer.stdout, typer.stderr)


@pytest.mark.parametrize("args", [
    ["ask", "q", "--data", "f.csv"],                       # no --json: text goes through typer's echo
    ["ask", "q", "--data", "f.csv", "--json", "--help"],
    ["ask", "--help"],
    ["ask", "q", "--data=f.csv", "--json"],
    ["ask", "q", "--data", "f.csv", "--data", "g.csv", "--json"],
    ["ask", "q", "r", "--json"],
    ["ask", "q", "--json", "--debug"],
    ["ask", "q", "--json", "--llm", "http://127.0.0.1:1"],
    ["ask", "q", "--json", "--as-of", "-1"],
    ["ask", "q", "--json", "--data", ""],
    ["ask", "q", "--json", "--"],
    ["ask", "--json"],
    ["value", "--data", "f.csv", "--json"],
    ["--help"],
    [],
])
def test_other_command_lines_go_to_typer(args: list[str]) -> None:
    assert _fast.parse(args) is None


def test_fast_path_imports_no_typer(orders: Path) -> None:
    code = (f"{RUN}\nprint([m for m in ('typer', 'rich', 'insight.cli._app') if m in sys.modules], file=sys.stderr)")
    out = subprocess.run([sys.executable, "-c", code, "ask", "total revenue", "--data", str(orders), "--json",
                          "--map", "Kunde=customer_id"], capture_output=True, text=True, timeout=300,
                         cwd=Path(__file__).parent)
    assert out.returncode == 0, out.stderr
    assert out.stderr.strip().splitlines()[-1] == "[]"
