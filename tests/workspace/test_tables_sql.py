"""The workspace's DDL and data columns stored as text (insight.workspace.tables_sql, issue 16): the file is what the
SQLModel classes compile to, a new workspace gets exactly the tables and indexes that SQLAlchemy creates from the
classes, and an import into a new workspace imports neither SQLAlchemy nor SQLModel."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import polars as pl

from insight.workspace import Workspace, models, tables_sql

ROOT = Path(__file__).resolve().parents[2]


def test_the_stored_ddl_is_what_the_classes_compile_to() -> None:
    current = (ROOT / models.TABLES_SQL).read_text(encoding="utf-8")
    assert current == models.tables_sql_source(), "run `python -m insight.workspace.models` to regenerate it"
    assert {t: tuple(models.data_columns(t)) for t in models.DATA_MODELS} == tables_sql.DATA_COLUMNS


def _schema(path: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(path) as conn:
        return sorted(conn.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall())


def test_a_new_workspace_has_the_schema_sqlalchemy_creates(tmp_path: Path) -> None:
    from sqlalchemy import create_engine

    path = tmp_path / "ws.db"
    with Workspace.open(str(path)) as ws:
        ws.load()
    reference = tmp_path / "ref.db"
    engine = create_engine(f"sqlite:///{reference}")
    with engine.begin() as conn:
        for table in models.all_tables():
            table.create(conn, checkfirst=True)
    engine.dispose()
    ours = [(kind, name, " ".join(sql.replace("IF NOT EXISTS ", "").split())) for kind, name, sql in _schema(path)]
    theirs = [(kind, name, " ".join(sql.split())) for kind, name, sql in _schema(reference)]
    assert ours == theirs


def test_an_import_into_a_new_workspace_loads_no_sqlalchemy(tmp_path: Path) -> None:
    data = tmp_path / "orders.csv"
    pl.DataFrame({"Invoice": ["1", "2"], "Customer ID": ["a", "b"], "InvoiceDate": ["2024-01-02", "2024-01-03"],
                  "Quantity": [1, 2], "Price": [2.5, 3.0]}).write_csv(data)
    probe = ("import sys, json\nfrom insight.workspace import Workspace\n"
             f"with Workspace.open({str(tmp_path / 'ws.db')!r}) as ws:\n"
             f"    ws.import_files([{str(data)!r}])\n"
             "print(json.dumps(sorted(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    loaded = {m.split(".")[0] for m in json.loads(out.stdout.strip().splitlines()[-1])}
    assert not {"sqlalchemy", "sqlmodel"} & loaded
