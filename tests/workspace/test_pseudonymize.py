"""--pseudonymize: personal columns are replaced before anything is written, stably per workspace."""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3

import pytest

from insight.io.pseudonymize import pseudonym, pseudonymize_frame
from insight.workspace import Workspace
from wshelpers import run_main

CRM = ("Kundennummer,Name,E-Mail,Telefon,Stadt\n"
       "1,Anna Müller,anna.mueller@example.org,+49 30 1234567,Berlin\n"
       "2,Bernd Schulz,b.schulz@example.org,030/7654321,Hamburg\n")
SECRETS = ("Anna Müller", "anna.mueller@example.org", "1234567", "Bernd Schulz", "b.schulz@example.org", "7654321")


def _raw_bytes(path) -> bytes:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def test_pseudonym_is_hmac_sha256_of_the_normalised_value():
    key = "ab" * 32
    digest = hmac.new(bytes.fromhex(key), "email\x1fanna@example.org".encode(), hashlib.sha256).hexdigest()
    assert pseudonym(key, "email", "  Anna@Example.org ") == f"{digest[:12]}@pseudonym.invalid"
    assert pseudonym(key, "phone", "+49 (30) 123") == pseudonym(key, "phone", "+4930123")
    assert pseudonym(key, "name", "Anna") != pseudonym("cd" * 32, "name", "Anna")


def test_cli_pseudonymize_writes_no_personal_data(tmp_path, capsys, monkeypatch):
    crm = tmp_path / "crm.csv"
    crm.write_text(CRM)
    ws_path = tmp_path / "ws.db"
    code, out, err = run_main(["import", str(crm), "-w", str(ws_path), "--pseudonymize", "--json"], capsys, monkeypatch)
    assert code == 0, err
    notes = json.loads(out)["imports"][0]["notes"]
    assert any(n.startswith("pseudonymised: ") for n in notes)
    raw = _raw_bytes(ws_path)
    for secret in SECRETS:
        assert secret.encode() not in raw, secret
    with Workspace.open(str(ws_path)) as ws:
        customers = ws.load().customers.sort("customer_id")
    assert customers.get_column("city").to_list() == ["Berlin", "Hamburg"]  # not personal: kept
    names = customers.get_column("name").to_list()
    assert all(n.startswith("Person ") for n in names) and names[0] != names[1]
    assert all(e.endswith("@pseudonym.invalid") for e in customers.get_column("email").to_list())


def test_same_person_same_pseudonym_across_imports_not_across_workspaces(tmp_path, capsys, monkeypatch):
    first = tmp_path / "crm.csv"
    first.write_text(CRM)
    later = tmp_path / "crm2.csv"  # the same Anna under a new number, spelled a little differently
    later.write_text("Kundennummer,Name,E-Mail\n9,anna  MÜLLER,Anna.Mueller@example.org\n")
    results = {}
    for ws_name in ("one.db", "two.db"):
        path = tmp_path / ws_name
        for f in (first, later):
            code, _out, err = run_main(["import", str(f), "-w", str(path), "--pseudonymize"], capsys, monkeypatch)
            assert code == 0, err
        with Workspace.open(str(path)) as ws:
            results[ws_name] = ws.load().customers.sort("customer_id").select("customer_id", "name", "email").rows()
    one = results["one.db"]
    assert one[0][1:] == one[-1][1:]          # customer 1 and customer 9: same pseudonyms
    two = results["two.db"]
    assert one[0][1] != two[0][1]             # another workspace has another key


def test_personal_extra_columns_are_pseudonymised(tmp_path, capsys, monkeypatch):
    orders = tmp_path / "orders.csv"
    orders.write_text("Invoice,Customer ID,InvoiceDate,Amount,Customer Name\nA1,7,2011-01-05,10,Anna Müller\n")
    path = tmp_path / "ws.db"
    code, _out, err = run_main(["import", str(orders), "-w", str(path), "--pseudonymize"], capsys, monkeypatch)
    assert code == 0, err
    assert b"Anna M" not in _raw_bytes(path)


def test_frame_helper_leaves_other_columns():
    import polars as pl

    frame = pl.DataFrame({"customer_id": ["1", "2"], "email": ["a@x.de", None], "city": ["Köln", "Bonn"]})
    out, touched = pseudonymize_frame(frame, "00" * 32)
    assert touched == ["email"]
    assert out.get_column("city").to_list() == ["Köln", "Bonn"]
    assert out.get_column("email").to_list()[1] is None


@pytest.mark.parametrize("flag", [False, True])
def test_the_key_lives_in_the_workspace_only_when_needed(tmp_path, flag, capsys, monkeypatch):
    crm = tmp_path / "crm.csv"
    crm.write_text(CRM)
    path = tmp_path / "ws.db"
    args = ["import", str(crm), "-w", str(path)] + (["--pseudonymize"] if flag else [])
    assert run_main(args, capsys, monkeypatch)[0] == 0
    with sqlite3.connect(path) as conn:
        key = conn.execute("SELECT pseudonym_key FROM workspace_settings").fetchone()[0]
    assert (key is not None) == flag
