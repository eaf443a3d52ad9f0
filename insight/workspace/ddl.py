"""Create the workspace tables (the DDL of the SQLModel classes, stored as text in insight.workspace.tables_sql)
under the write lock, once per database; upgrade an older workspace in place (insight.workspace.migrations); refuse a
newer one."""

from __future__ import annotations

from typing import Any

from insight.errors import WorkspaceError
from insight.settings import SCHEMA_VERSION
from insight.workspace.backend import Backend
from insight.workspace.store import in_write_transaction


def stored_version(backend: Backend, conn: Any) -> int | None:
    """The schema version of an existing workspace, or None when it has no tables yet."""
    cur = conn.cursor()
    try:
        cur.execute("SELECT schema_version FROM workspace_settings WHERE id = 1")
        row = cur.fetchone()
        cur.fetchall()
        return None if row is None else int(row[0])
    except Exception:  # noqa: BLE001 - a missing table is the normal case for a new workspace
        return None
    finally:
        cur.close()


def current_sqlite_schema(backend: Backend) -> bool:
    """True when this is an existing SQLite workspace at the current schema version, asked through Python's
    sqlite3 (so that opening a workspace to read it imports neither pyarrow nor the ADBC driver); False
    when that cannot be told this way (then ``ensure_schema`` decides, as always)."""
    path = getattr(backend, "path", None)
    if backend.name != "sqlite" or path is None or not path.is_file():
        return False
    import sqlite3

    from insight.workspace.backend import stdlib_sqlite

    with stdlib_sqlite(path) as conn:
        if conn is None:
            return False
        try:
            row = conn.execute("SELECT schema_version FROM workspace_settings WHERE id = 1").fetchone()
        except sqlite3.Error:
            return False
    return row is not None and row[0] == SCHEMA_VERSION


def ensure_schema(backend: Backend, conn: Any) -> None:
    """Create missing tables and the settings row; upgrade an older workspace; refuse a newer one."""
    version = stored_version(backend, conn)
    if version is not None:
        if version > SCHEMA_VERSION:
            raise WorkspaceError(f"workspace {backend.location} was written by a newer insight "
                                 f"(schema {version} > {SCHEMA_VERSION}); upgrade insight to open it")
        if version < SCHEMA_VERSION:
            from insight.workspace.migrations import upgrade

            upgrade(backend, conn, version)
        return
    # the DDL the SQLModel classes compile to, stored as text (insight.workspace.tables_sql): a new workspace
    # needs neither SQLAlchemy nor SQLModel (issue 16); only an upgrade of an older one uses them
    from insight.workspace.tables_sql import DDL

    def create(writer) -> None:
        for statement in DDL[backend.name]:
            writer.cur.execute(statement)
        present = writer.scalar("SELECT COUNT(*) FROM workspace_settings WHERE id = 1")
        if not present:
            writer.run(
                "INSERT INTO workspace_settings (id, default_margin, currency, abc_a, abc_b, clv_horizon_months, "
                "annual_discount_rate, schema_version, cancellation_rule) "
                "VALUES (1, 1.0, NULL, 0.8, 0.95, 12, 0.1, ?, 'auto')", (SCHEMA_VERSION,))

    in_write_transaction(backend, conn, create)
