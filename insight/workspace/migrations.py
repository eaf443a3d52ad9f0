"""Versioned schema migrations: an older workspace is upgraded in place when it is opened.

``MIGRATIONS`` is an ordered list of numbered steps; step N turns a workspace of schema N-1 into one
of schema N. Each step runs in its own write transaction under the workspace lock (``BEGIN
IMMEDIATE`` on SQLite, the advisory lock on PostgreSQL; DDL is transactional on both), re-reads the
stored version under that lock (a second process that opened the same old workspace at the same time
finds it upgraded and does nothing), and sets ``schema_version`` to N in the same transaction: a
failed step leaves the workspace exactly as it was, at version N-1.

A step's SQL is written out here, not derived from the current models, so that it keeps producing
schema N when the models move on to N+1. The last step's version is ``SCHEMA_VERSION``, and a new
workspace created from the models has the same tables and columns as an upgraded one (tested).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from insight.errors import WorkspaceError
from insight.settings import SCHEMA_VERSION
from insight.workspace.backend import Backend
from insight.workspace.store import Writer, in_write_transaction


@dataclass(frozen=True)
class Migration:
    version: int                      # the schema version this step produces
    summary: str
    run: Callable[[Writer], None]


_V1_SETTINGS_COLUMNS = ("id, default_margin, currency, as_of, abc_a, abc_b, clv_horizon_months, "
                        "annual_discount_rate, schema_version, pseudonym_key")


def _v2_client_columns_and_currency(w: Writer) -> None:
    """Schema 2: four canonical order-line columns, client columns, nullable currency, cancellation rule.

    - ``order_lines`` and ``order_lines_replaced`` gain ``line_profit``, ``line_status``, ``currency``
      and ``name`` (null for every line imported before);
    - ``imports`` gains ``extras`` (the client columns an import brought, ``'{}'`` for the old ones) and
      the registry ``extra_columns`` is created (insight.workspace.extras); the client columns of old
      imports stay where schema 1 kept them, in ``customer_attributes``, and load as before;
    - ``workspace_settings.currency`` becomes nullable and ``cancellation_rule`` is added ('auto').
      Schema 1 stored 'EUR' as a default in every workspace, so a stored 'EUR' says nothing about the
      data: it becomes NULL (no currency until one is set or found in the data), unless the workspace
      holds a live demo import (``imports.kind = 'demo'``, not undone), whose amounts are euros. A
      currency the user had set to anything else is kept. (A user who had deliberately set 'EUR' loses
      it: schema 1 cannot tell that apart from the default; it is one ``settings --currency EUR`` away.)

    SQLite cannot drop a NOT NULL constraint with ALTER TABLE, so there the one-row settings table is
    rebuilt (create, copy, drop, rename); PostgreSQL alters the column.
    """
    for table in ("order_lines", "order_lines_replaced"):
        for column, sql_type in (("line_profit", "FLOAT"), ("line_status", "VARCHAR"), ("currency", "VARCHAR"),
                                 ("name", "VARCHAR")):
            w.cur.execute(f"ALTER TABLE {table} ADD COLUMN {column} {sql_type}")
    w.cur.execute("ALTER TABLE imports ADD COLUMN extras VARCHAR DEFAULT '{}' NOT NULL")
    key = "SERIAL" if w.b.name == "postgresql" else "INTEGER"
    w.cur.execute(f"CREATE TABLE extra_columns (id {key} NOT NULL, table_name VARCHAR NOT NULL, "
                  "name VARCHAR NOT NULL, dtype VARCHAR NOT NULL, column_name VARCHAR NOT NULL, PRIMARY KEY (id), "
                  "UNIQUE (table_name, name, dtype), UNIQUE (table_name, column_name))")
    if w.b.name == "postgresql":
        w.cur.execute("ALTER TABLE workspace_settings ALTER COLUMN currency DROP NOT NULL")
        w.cur.execute("ALTER TABLE workspace_settings ADD COLUMN cancellation_rule VARCHAR DEFAULT 'auto' NOT NULL")
    else:
        w.cur.execute("CREATE TABLE workspace_settings_v2 (id INTEGER NOT NULL, default_margin FLOAT NOT NULL, "
                      "currency VARCHAR, as_of DATE, abc_a FLOAT NOT NULL, abc_b FLOAT NOT NULL, "
                      "clv_horizon_months INTEGER NOT NULL, annual_discount_rate FLOAT NOT NULL, "
                      "schema_version INTEGER NOT NULL, pseudonym_key VARCHAR, "
                      "cancellation_rule VARCHAR DEFAULT 'auto' NOT NULL, PRIMARY KEY (id))")
        w.cur.execute(f"INSERT INTO workspace_settings_v2 ({_V1_SETTINGS_COLUMNS}) "
                      f"SELECT {_V1_SETTINGS_COLUMNS} FROM workspace_settings")
        w.cur.execute("DROP TABLE workspace_settings")
        w.cur.execute("ALTER TABLE workspace_settings_v2 RENAME TO workspace_settings")
    w.run("UPDATE workspace_settings SET currency = NULL WHERE id = 1 AND currency = 'EUR' AND NOT EXISTS "
          "(SELECT 1 FROM imports WHERE kind = 'demo' AND undone_at IS NULL)")


def _v3_fiscal_year(w: Writer) -> None:
    """Schema 3: the fiscal year's start month (null: not set, every older workspace's state) and whether
    'FY2024' names the year it ends or starts in."""
    w.cur.execute("ALTER TABLE workspace_settings ADD COLUMN fiscal_year_start INTEGER")
    w.cur.execute("ALTER TABLE workspace_settings ADD COLUMN fiscal_year_named_by VARCHAR DEFAULT 'end' NOT NULL")


MIGRATIONS: tuple[Migration, ...] = (
    Migration(2, "order-line columns line_profit/line_status/currency/name, client columns, "
                 "nullable currency, cancellation_rule", _v2_client_columns_and_currency),
    Migration(3, "fiscal_year_start, fiscal_year_named_by", _v3_fiscal_year),
)

if [m.version for m in MIGRATIONS] != list(range(2, SCHEMA_VERSION + 1)):  # pragma: no cover - a developer's slip
    raise RuntimeError("insight.workspace.migrations: one migration per schema version up to SCHEMA_VERSION")


def upgrade(backend: Backend, conn: Any, found: int) -> list[int]:
    """Run every step above ``found``, each in its own locked transaction; the versions it produced."""
    done: list[int] = []
    for step in MIGRATIONS:
        if step.version <= found:
            continue

        def run(w: Writer, step: Migration = step) -> bool:
            current = int(w.scalar("SELECT schema_version FROM workspace_settings WHERE id = 1"))
            if current >= step.version:  # another process upgraded it while we waited for the lock
                return False
            if current != step.version - 1:
                raise WorkspaceError(f"workspace {backend.location} has schema {current}; "
                                     f"cannot apply migration {step.version}")
            step.run(w)
            w.run("UPDATE workspace_settings SET schema_version = ? WHERE id = 1", (step.version,))
            return True

        try:
            if in_write_transaction(backend, conn, run):
                done.append(step.version)
        except WorkspaceError:
            raise
        except Exception as err:  # noqa: BLE001 - one line for the user; the transaction was rolled back
            from insight.workspace.backend import _first_line

            raise WorkspaceError(f"cannot upgrade workspace {backend.location} to schema {step.version} "
                                 f"(nothing was changed): {_first_line(err)}") from err
    return done
