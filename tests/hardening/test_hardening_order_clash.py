"""Issue 17, item 9: two sources with the same order numbers but another customer or day are refused in one
line (nothing changed), never "replaced 2 rows" silently; a re-import or correction of the same order is not."""

from __future__ import annotations

import secrets

import pytest

from insight.errors import InputError
from insight.workspace import Workspace


def _pg_ok() -> bool:
    try:
        import psycopg

        with psycopg.connect("host=127.0.0.1 port=5432 dbname=test user=postgres", connect_timeout=3):
            return True
    except Exception:  # noqa: BLE001
        return False


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request, tmp_path):
    if request.param == "sqlite":
        yield str(tmp_path / "ws.db")
        return
    if not _pg_ok():
        pytest.skip("no PostgreSQL server answers at 127.0.0.1:5432/test")
    schema = f"insight_test_{secrets.token_hex(6)}"
    yield f"postgresql+psycopg://postgres@127.0.0.1:5432/test?schema={schema}"
    import psycopg

    with psycopg.connect("host=127.0.0.1 port=5432 dbname=test user=postgres", autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def _write(tmp_path, name, rows):
    path = tmp_path / name
    path.write_text("order_id,customer_id,order_date,amount\n" + "\n".join(rows) + "\n")
    return path


def _state(ws):
    return ws.load().order_lines.sort("order_id").select("order_id", "customer_id", "amount").rows()


def test_same_order_ids_from_another_source_are_refused(location, tmp_path):
    shop = _write(tmp_path, "shop.csv", ["A1,1,2011-01-05,10", "A2,2,2011-01-06,20"])
    erp = _write(tmp_path, "erp.csv", ["A1,7,2011-01-05,99", "A2,2,2011-03-06,98", "A3,3,2011-03-06,97"])
    with Workspace.open(location) as ws:
        ws.import_files([shop])
        before = _state(ws)
        with pytest.raises(InputError) as err:
            ws.import_files([erp])
        text = str(err.value)
        assert text.startswith("erp.csv: order 'A1' is already in the workspace from shop.csv (import #1)")
        assert "customer 1 on 2011-01-05, here customer 7 on 2011-01-05 (2 orders clash)" in text
        assert "\n" not in text and _state(ws) == before
        assert ws.imports().height == 1


def test_both_files_in_one_import_are_refused_together(location, tmp_path):
    shop = _write(tmp_path, "shop.csv", ["A1,1,2011-01-05,10"])
    erp = _write(tmp_path, "erp.csv", ["A1,1,2011-02-05,10"])
    with Workspace.open(location) as ws:
        with pytest.raises(InputError, match="order 'A1'"):
            ws.import_files([shop, erp])
        assert ws.load().order_lines.height == 0


def test_corrections_and_reimports_still_replace(location, tmp_path):
    shop = _write(tmp_path, "shop.csv", ["A1,1,2011-01-05,10", "A2,2,2011-01-06,20"])
    with Workspace.open(location) as ws:
        ws.import_files([shop])
        fix = _write(tmp_path, "fix.csv", ["A1,1,2011-01-05 14:00,15"])  # same customer and day
        assert ws.import_files([fix])[0].replaced_rows == 1
        _write(tmp_path, "shop.csv", ["A1,5,2011-01-09,10", "A2,2,2011-01-06,20"])  # the same export, changed
        assert ws.import_files([shop])[0].replaced_rows == 2
        assert _state(ws) == [("A1", 5, 10.0), ("A2", 2, 20.0)]
