"""Helpers for the workspace tests: canonical frame builders, a workspace fingerprint, the real CLI."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

import polars as pl

from insight.schema import TABLES

ROOT = Path(__file__).resolve().parents[2]
INSIGHT = ROOT / ".venv" / "bin" / "insight"


def canonical(table: str, rows: list[dict]) -> pl.DataFrame:
    """A canonical frame of ``table`` from a few hand-written rows (missing columns null)."""
    schema = TABLES[table].columns
    data = {name: [row.get(name) for row in rows] for name in schema}
    return pl.DataFrame(data, schema=schema)


def line(order_id, customer_id, day, quantity=1.0, unit_price=10.0, product_id="P1", **extra) -> dict:
    when = dt.datetime.fromisoformat(day) if isinstance(day, str) else day
    return {"order_id": order_id, "customer_id": customer_id, "order_date": when, "product_id": product_id,
            "quantity": quantity, "unit_price": unit_price, **extra}


def fingerprint(ws) -> dict[str, object]:
    """Counts and a content hash per table plus the import history: equal before/after = unchanged."""
    ds = ws.load()
    out: dict[str, object] = {}
    for name in TABLES:
        frame = ds.table(name)
        digest = int(frame.hash_rows(seed=11).cast(pl.Float64).sum()) if frame.height else 0
        out[name] = (frame.height, frame.columns, digest)
    out["imports"] = ws.imports().height
    return out


def run_insight(*args: str, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """The real ``insight`` command in a subprocess (what a user runs)."""
    full_env = {**os.environ, "TERMINAL_WIDTH": "200", "COLUMNS": "200", **(env or {})}
    return subprocess.run([str(INSIGHT), *args], cwd=cwd, capture_output=True, text=True, env=full_env,
                          timeout=600)


def run_main(args: list[str], capsys, monkeypatch) -> tuple[int, str, str]:
    """``insight ARGS`` in-process through the console entry point (insight.cli.main): exit code,
    stdout, stderr — what a user sees, without starting a process."""
    import sys

    from insight.cli import main

    monkeypatch.setattr(sys, "argv", ["insight", *args])
    capsys.readouterr()
    code = 0
    try:
        main()
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def drop_schema(schema: str) -> None:
    import psycopg

    with psycopg.connect("host=127.0.0.1 port=5432 dbname=test user=postgres", autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
