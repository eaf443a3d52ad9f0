"""Issue 17, item 11: --pseudonymize leaves no original in the workspace file — not an e-mail used as
customer id, not free text (notes) nor contact columns the mapping does not know (Kontakt, mobile), and
not the rows of an earlier plain import (in the live tables, the ``*_replaced`` archive, or after undo).
Every test greps the raw bytes of the SQLite file (WAL checkpointed)."""

from __future__ import annotations

import secrets
import sqlite3

import pytest
from typer.testing import CliRunner

from insight.cli import app
from insight.workspace import Workspace

runner = CliRunner()

ORDERS = ("order_id,customer_id,order_date,amount,notes,Kontakt,mobile\n"
          "A1,anna.mueller@example.org,2011-01-05,10,rief wegen Reklamation an,Frau Müller-Lüdenscheidt,+49 171 5550101\n"
          "A2,+49 30 98765432,2011-01-06,20,VIP kennt den Chef,Herr Bernd Schulz,0171 5550202\n"
          "A3,17850,2011-01-07,30,,,\n")
CRM = ("Kundennummer,Name,E-Mail,Telefon,Stadt,Bemerkung,Contact\n"
       "1,Anna Müller,anna.mueller@example.org,+49 30 1234567,Berlin,schwierige Kundin,anna.privat@example.net\n"
       "2,Bernd Schulz,b.schulz@example.org,030/7654321,Hamburg,zahlt spät,Sekretariat Frau Krause\n")
CRM_LATER = "Kundennummer,Name,Stadt\n1,Anna Müller,Berlin\n2,Bernd Schulz,Hamburg\n"  # no e-mail: merged
ORDER_SECRETS = ("anna.mueller@example.org", "98765432", "Reklamation", "kennt den Chef", "Müller-Lüdenscheidt",
                 "Bernd Schulz", "5550101", "5550202")
CRM_SECRETS = ("Anna Müller", "anna.mueller@example.org", "1234567", "Bernd Schulz", "b.schulz@example.org",
               "7654321", "schwierige Kundin", "zahlt spät", "anna.privat@example.net", "Frau Krause")


def _raw_bytes(path) -> bytes:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def _leaks(path, secrets) -> list[str]:
    raw = _raw_bytes(path)
    return [s for s in secrets if s.encode() in raw]


def test_personal_ids_free_text_and_contact_columns_are_covered(tmp_path):
    orders = tmp_path / "orders.csv"
    orders.write_text(ORDERS)
    ws_path = tmp_path / "ws.db"
    result = runner.invoke(app, ["import", str(orders), "-w", str(ws_path), "--pseudonymize"])
    assert result.exit_code == 0, result.output
    assert _leaks(ws_path, ORDER_SECRETS) == []
    with Workspace.open(str(ws_path)) as ws:
        lines = ws.load().order_lines.sort("order_id")
        report = ws.imports()
    ids = lines.get_column("customer_id").to_list()
    assert ids[0].endswith("@pseudonym.invalid") and ids[1].startswith("tel-") and ids[2] == "17850"
    assert lines.get_column("amount").to_list() == [10.0, 20.0, 30.0]  # the rest is kept
    assert report.height == 1
    assert "pseudonymised: " in result.output and "free text, removed" in result.output


def test_the_same_email_id_gets_the_same_pseudonym_as_the_email_column(tmp_path):
    orders, crm = tmp_path / "orders.csv", tmp_path / "crm.csv"
    orders.write_text(ORDERS)
    crm.write_text("customer_id,email\nanna.mueller@example.org,Anna.Mueller@example.org\n")
    with Workspace.open(str(tmp_path / "ws.db")) as ws:
        ws.import_files([orders, crm], pseudonymize=True)
        data = ws.load()
    customer = data.customers.row(0, named=True)
    assert customer["customer_id"] == customer["email"]
    assert customer["customer_id"] in data.order_lines.get_column("customer_id").to_list()


@pytest.mark.parametrize(("first", "later", "secrets"), [
    (CRM, CRM, CRM_SECRETS),
    (CRM, CRM_LATER, CRM_SECRETS),      # the later file lacks e-mail and phone: the merge must not keep them
    (ORDERS, ORDERS, ORDER_SECRETS),    # e-mail ids key other rows than their pseudonyms
])
def test_an_earlier_plain_import_survives_neither_archive_nor_undo(tmp_path, first, later, secrets):
    plain, again = tmp_path / "plain.csv", tmp_path / "again.csv"
    plain.write_text(first)
    again.write_text(later)
    ws_path = tmp_path / "ws.db"
    with Workspace.open(str(ws_path)) as ws:
        ws.import_files([plain])
    assert _leaks(ws_path, secrets)  # the plain import holds them, as asked
    with Workspace.open(str(ws_path)) as ws:
        report = ws.import_files([again], pseudonymize=True)[0]
    assert _leaks(ws_path, secrets) == []
    with Workspace.open(str(ws_path)) as ws:
        ws.undo(report.import_id)
        data = ws.load()
    assert _leaks(ws_path, secrets) == []  # undo restores the earlier rows, pseudonymised
    if first is CRM:
        assert data.customers.height == 2
        assert all(n.startswith("Person ") for n in data.customers.get_column("name").to_list())
        assert data.customers.get_column("city").to_list() == ["Berlin", "Hamburg"]
    else:
        assert data.order_lines.height == 3


def test_free_text_of_interactions_is_removed(tmp_path):
    path = tmp_path / "interactions.csv"
    path.write_text("customer_id,happened_at,kind,note\n1,2011-01-05 10:00,call,will kündigen wegen Scheidung\n")
    ws_path = tmp_path / "ws.db"
    with Workspace.open(str(ws_path)) as ws:
        ws.import_files([path], table="interactions", pseudonymize=True)
        rows = ws.load().interactions
    assert rows.height == 1 and rows.get_column("note").to_list() == [None]
    assert _leaks(ws_path, ("Scheidung",)) == []


def test_rows_of_other_customers_that_the_import_archives_are_pseudonymised(tmp_path):
    """A corrected export moves order A1 to another customer: the archived plain row is not one of the
    customers the new file names, and must still not keep the e-mail (undo brings it back)."""
    (tmp_path / "old").mkdir()
    (tmp_path / "new").mkdir()
    plain, corrected = tmp_path / "old" / "orders.csv", tmp_path / "new" / "orders.csv"
    plain.write_text(ORDERS)
    corrected.write_text("order_id,customer_id,order_date,amount\nA1,17851,2011-01-05,10\n")
    ws_path = tmp_path / "ws.db"
    with Workspace.open(str(ws_path)) as ws:
        ws.import_files([plain])
        report = ws.import_files([corrected], pseudonymize=True)[0]
    assert report.replaced_rows == 1
    with sqlite3.connect(ws_path) as conn:
        row = conn.execute("SELECT customer_id, replace_key FROM order_lines_replaced").fetchone()
    assert row[0].endswith("@pseudonym.invalid"), row
    with Workspace.open(str(ws_path)) as ws:
        ws.undo(report.import_id)
        ids = sorted(ws.load().order_lines.get_column("customer_id").to_list())
    assert any(i.endswith("@pseudonym.invalid") for i in ids) and "anna.mueller@example.org" not in ids


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


def _stored_text(ws) -> str:
    """Every value of every data table and archive, as text (PostgreSQL has no file to grep)."""
    cur = ws.conn.cursor()
    try:
        parts = []
        for table in ("customers", "customer_attributes", "order_lines", "interactions"):
            for name in (table, f"{table}_replaced"):
                cur.execute(f"SELECT * FROM {name}")
                parts.extend(str(v) for row in cur.fetchall() for v in row)
        return "\n".join(parts)
    finally:
        cur.close()


def test_archive_and_undo_on_both_backends(location, tmp_path):
    plain, again = tmp_path / "plain.csv", tmp_path / "again.csv"
    plain.write_text(CRM)
    again.write_text(CRM_LATER)
    with Workspace.open(location) as ws:
        ws.import_files([plain])
        assert "Anna Müller" in _stored_text(ws)
        report = ws.import_files([again], pseudonymize=True)[0]
        text = _stored_text(ws)
        assert [s for s in CRM_SECRETS if s in text] == []
        ws.undo(report.import_id)
        text = _stored_text(ws)
        assert [s for s in CRM_SECRETS if s in text] == []
        assert ws.load().customers.height == 2


@pytest.mark.parametrize(("value", "kind"), [
    ("anna.mueller@example.org", "email"), ("+49 30 98765432", "phone"), ("0049301234567", "phone"),
    ("030/7654321", "phone"), ("17850", None), ("000123456", None), ("C-1001", None), ("Kunde 1", None),
])
def test_which_customer_ids_count_as_personal(value, kind):
    from insight.io.pseudonymize import id_kind

    assert id_kind(value) == kind


def test_more_personal_columns_can_be_named(tmp_path):
    """--personal HEADER: a column no rule recognises ('Ansprechpartner') is pseudonymised too — also in
    the stored rows of an earlier import of the same file, which is then not 'already imported'."""
    path = tmp_path / "orders.csv"
    path.write_text("order_id,customer_id,order_date,amount,Ansprechpartner\nA1,1,2011-01-05,10,Frau Dr. Krause\n")
    ws_path = tmp_path / "ws.db"
    result = runner.invoke(app, ["import", str(path), "-w", str(ws_path), "--pseudonymize"])
    assert result.exit_code == 0, result.output
    assert _leaks(ws_path, ("Dr. Krause",))  # no rule knows the header
    result = runner.invoke(app, ["import", str(path), "-w", str(ws_path), "--personal", "ansprechpartner"])
    assert result.exit_code == 0, result.output
    assert "already imported" not in result.output
    assert _leaks(ws_path, ("Dr. Krause",)) == []
    with Workspace.open(str(ws_path)) as ws:
        lines = ws.load().order_lines
    column = next(c for c in lines.columns if "ansprech" in c.lower())  # the client column's stored name
    assert lines.get_column(column).to_list()[0].startswith("contact-")
