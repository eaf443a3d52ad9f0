"""Issue 17, item 7: one secrets rule — a PostgreSQL password in a URL is shown as ``***`` wherever a
location or a driver message is printed (import, --json, imports, settings, errors)."""

from __future__ import annotations

import json
import secrets

import pytest
from typer.testing import CliRunner

from insight.cli import app, one_line
from insight.errors import WorkspaceError
from insight.sanitize import redact
from insight.workspace.backend import _first_line, backend_for

runner = CliRunner()
PASSWORD = "s3cr3t-Pw"


@pytest.mark.parametrize(("text", "shown"), [
    (f"postgresql+psycopg://bob:{PASSWORD}@db.example:5432/crm?schema=x",
     "postgresql+psycopg://bob:***@db.example:5432/crm?schema=x"),
    (f"cannot reach postgresql://bob:{PASSWORD}@h/db now", "cannot reach postgresql://bob:***@h/db now"),
    (f"host=h user=bob password={PASSWORD} dbname=crm", "host=h user=bob password=*** dbname=crm"),
    (f"password='{PASSWORD} x' dbname=crm", "password=*** dbname=crm"),
    ("postgresql://bob@h/db", "postgresql://bob@h/db"),
    ("/home/bob/insight.db", "/home/bob/insight.db"),
])
def test_redact(text, shown):
    assert redact(text) == shown


def test_locations_and_errors_never_show_the_password():
    backend = backend_for(f"postgresql+psycopg://bob:{PASSWORD}@127.0.0.1:5432/test?schema=ok")
    assert backend.location == "postgresql+psycopg://bob:***@127.0.0.1:5432/test?schema=ok"
    assert PASSWORD in backend.sqlalchemy_url()  # the connection itself still has it
    with pytest.raises(WorkspaceError) as err:
        backend_for(f"postgresql://bob:{PASSWORD}@127.0.0.1/test?schema=bad-name")
    assert PASSWORD not in str(err.value) and "bob:***@" in str(err.value)
    assert PASSWORD not in _first_line(RuntimeError(f"failed: password={PASSWORD}"))
    assert PASSWORD not in one_line(f"x postgresql://bob:{PASSWORD}@h/db")


def _pg_ok() -> bool:
    try:
        import psycopg

        with psycopg.connect("host=127.0.0.1 port=5432 dbname=test user=postgres", connect_timeout=3):
            return True
    except Exception:  # noqa: BLE001
        return False


@pytest.fixture
def pg_url():
    if not _pg_ok():
        pytest.skip("no PostgreSQL server answers at 127.0.0.1:5432/test")
    schema = f"insight_test_{secrets.token_hex(6)}"
    yield f"postgresql+psycopg://postgres:{PASSWORD}@127.0.0.1:5432/test?schema={schema}"
    import psycopg

    with psycopg.connect("host=127.0.0.1 port=5432 dbname=test user=postgres", autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def test_cli_output_never_shows_the_password(pg_url, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "orders.csv").write_text("customer_id,order_date,amount\n1,2011-01-05,10\n")
    outputs = []
    for args in (["import", "orders.csv"], ["import", "orders.csv", "--json"], ["imports"], ["imports", "--json"],
                 ["settings"], ["settings", "--json"], ["ask", "Umsatz", "--json"]):
        result = runner.invoke(app, [*args, "-w", pg_url], env={"COLUMNS": "300"})
        assert result.exit_code == 0, result.output
        outputs.append(result.output)
    assert not any(PASSWORD in out for out in outputs)
    assert json.loads(outputs[1])["workspace"] == pg_url.replace(PASSWORD, "***")
