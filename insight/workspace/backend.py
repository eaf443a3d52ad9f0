"""Where a workspace lives and how to talk to it: SQLite file or PostgreSQL schema.

Bulk data goes through ADBC (SQLite: the C driver; PostgreSQL: COPY), always on one connection with
transactions the workspace controls itself (``BEGIN IMMEDIATE`` on SQLite, an advisory lock on
PostgreSQL), so an import is atomic and two writers queue instead of failing. The small ORM-level
work (settings) goes through a SQLAlchemy engine on the same database.
"""

from __future__ import annotations

import os
import re
import sys
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

import polars as pl

if TYPE_CHECKING:
    import pyarrow as pa  # the drivers import it; a load from the columnar copy needs neither

from insight.errors import WorkspaceError
from insight.sanitize import redact

BUSY_TIMEOUT_MS = 300_000  # a second writer waits up to 5 minutes for the first
_SCHEMA_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")


# Python's sqlite3 and the ADBC driver each link their own copy of SQLite. Two copies in one process must not
# have the same database open at once: closing a file in one drops the POSIX locks the other holds on it
# (sqlite.org/howtocorrupt.html, 2.2.1). So the sqlite3 reads (opening a current workspace, loading from the
# columnar copy) run only while the ADBC driver has not been imported in this process, under a lock that the
# driver's import takes too; once the driver is in, everything goes through it.
_SQLITE_LIBRARIES = threading.Lock()


@contextmanager
def stdlib_sqlite(path: Path) -> Iterator[Any]:
    """A connection of Python's sqlite3 to an existing file (autocommit, the busy timeout), or None when the
    ADBC driver is already loaded in this process or the file cannot be opened; closed on exit."""
    with _SQLITE_LIBRARIES:
        if "adbc_driver_sqlite" in sys.modules:
            yield None
            return
        import sqlite3

        try:
            conn = sqlite3.connect(f"file:{path}?mode=rw", uri=True, isolation_level=None,
                                   timeout=BUSY_TIMEOUT_MS / 1000)
        except sqlite3.Error:
            yield None
            return
        try:
            yield conn
        finally:
            conn.close()


def default_location() -> str:
    """./insight.db if present, else $INSIGHT_HOME/workspace.db, else ~/.local/share/insight/workspace.db."""
    here = Path("insight.db")
    if here.exists():
        return str(here.resolve())
    home = os.environ.get("INSIGHT_HOME")
    base = Path(home).expanduser() if home else Path.home() / ".local" / "share" / "insight"
    return str(base / "workspace.db")


def is_postgres(location: str) -> bool:
    return location.startswith(("postgresql://", "postgresql+psycopg://", "postgres://"))


@dataclass
class Backend:
    """Dialect-specific pieces; subclasses know connections, locking and value conversion."""

    location: str
    name: str = "sqlite"

    # -- connections -----------------------------------------------------------------------
    def adbc(self) -> Any:
        raise NotImplementedError

    def sqlalchemy_url(self) -> str:
        raise NotImplementedError

    def engine_kwargs(self) -> dict[str, Any]:
        return {}

    def prepare(self) -> None:
        """Things to do before the first connection (create the directory, the schema)."""

    # -- transactions ----------------------------------------------------------------------
    def begin_write(self, cur: Any) -> None:
        raise NotImplementedError

    def begin_read(self, cur: Any) -> None:
        raise NotImplementedError

    def sql(self, text: str) -> str:
        """Statement text with this driver's parameter markers (written with ``?``)."""
        return text

    # -- values ----------------------------------------------------------------------------
    def to_db(self, frame: pl.DataFrame) -> pa.Table:
        return frame.to_arrow()

    def from_db(self, frame: pl.DataFrame, schema: dict[str, pl.DataType]) -> pl.DataFrame:
        exprs = [pl.col(c).cast(t) if c in frame.columns else pl.lit(None, dtype=t).alias(c)
                 for c, t in schema.items()]
        return frame.select(exprs)

    def configure_read(self, cur: Any) -> None:
        """Per-cursor options for big reads."""


class SQLiteBackend(Backend):
    """A workspace in one SQLite file: WAL, foreign keys, a long busy timeout, BEGIN IMMEDIATE writes."""

    def __init__(self, location: str) -> None:
        path = Path(location).expanduser()
        super().__init__(location=str(path.resolve()), name="sqlite")
        self.path = path.resolve()

    def prepare(self) -> None:
        if self.path.exists() and self.path.is_dir():
            raise WorkspaceError(f"workspace {self.path} is a directory; give a file such as {self.path / 'insight.db'}")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise WorkspaceError(f"cannot create the workspace folder {self.path.parent}: {err.strerror}") from err
        if self.path.exists() and self.path.stat().st_size >= 16:
            with open(self.path, "rb") as handle:
                if handle.read(16) != b"SQLite format 3\x00":
                    raise WorkspaceError(f"{self.path} is not an insight workspace (not a SQLite database)")

    def adbc(self) -> Any:
        with _SQLITE_LIBRARIES:  # no sqlite3 connection is open while the driver comes in (see stdlib_sqlite)
            import adbc_driver_sqlite.dbapi as driver

        conn = driver.connect(str(self.path), autocommit=True)
        cur = conn.cursor()
        for pragma in (f"busy_timeout={BUSY_TIMEOUT_MS}", "foreign_keys=ON", "synchronous=NORMAL",
                       "temp_store=MEMORY"):
            cur.execute(f"PRAGMA {pragma}")
            cur.fetchall()
        cur.execute("PRAGMA journal_mode")
        if str(cur.fetchall()[0][0]).lower() != "wal":
            cur.execute("PRAGMA journal_mode=WAL")
            cur.fetchall()
        cur.close()
        return conn

    def sqlalchemy_url(self) -> str:
        return f"sqlite:///{self.path}"

    def engine_kwargs(self) -> dict[str, Any]:
        return {"connect_args": {"timeout": BUSY_TIMEOUT_MS / 1000}}

    def begin_write(self, cur: Any) -> None:
        cur.execute("BEGIN IMMEDIATE")

    def begin_read(self, cur: Any) -> None:
        cur.execute("BEGIN")

    def configure_read(self, cur: Any) -> None:
        # One batch per result: the driver infers column types from the first batch, and a column
        # whose first rows are all NULL would otherwise be typed wrongly.
        cur.adbc_statement.set_options(**{"adbc.sqlite.query.batch_rows": str(1 << 30)})

    def to_db(self, frame: pl.DataFrame) -> pa.Table:
        exprs = []
        for name, dtype in frame.schema.items():
            if isinstance(dtype, pl.Datetime):
                exprs.append(pl.col(name).dt.strftime("%Y-%m-%d %H:%M:%S%.6f"))
            elif isinstance(dtype, pl.Date):
                exprs.append(pl.col(name).dt.strftime("%Y-%m-%d"))
            else:
                exprs.append(pl.col(name))
        return frame.select(exprs).to_arrow()

    def from_db(self, frame: pl.DataFrame, schema: dict[str, pl.DataType]) -> pl.DataFrame:
        exprs = []
        for name, dtype in schema.items():
            if name not in frame.columns:
                exprs.append(pl.lit(None, dtype=dtype).alias(name))
                continue
            col = pl.col(name)
            if frame.schema[name] == pl.String and isinstance(dtype, pl.Datetime):
                exprs.append(col.str.to_datetime("%Y-%m-%d %H:%M:%S%.f", time_unit="us", strict=False))
            elif frame.schema[name] == pl.String and isinstance(dtype, pl.Date):
                exprs.append(col.str.slice(0, 10).str.to_date("%Y-%m-%d", strict=False))
            else:
                exprs.append(col.cast(dtype))
        return frame.select(exprs)


class PostgresBackend(Backend):
    """A workspace in one PostgreSQL schema (``?schema=name`` or ``options=-csearch_path=name``)."""

    def __init__(self, location: str) -> None:
        # ``location`` is what is shown (the password as ***); the URL itself stays in the connection strings
        super().__init__(location=redact(location), name="postgresql")
        parts = urlsplit(location)
        query = dict(parse_qsl(parts.query))
        schema = query.pop("schema", None)
        options = query.get("options", "")
        match = re.search(r"search_path\s*=\s*([^\s,]+)", unquote(options))
        if schema is None and match:
            schema = match.group(1)
        schema = schema or "public"
        if not _SCHEMA_RE.match(schema):
            raise WorkspaceError(f"schema name '{schema}' in {self.location} is not a plain identifier")
        self.schema = schema
        if not match:
            query["options"] = f"-csearch_path={schema}"
        netloc = parts.netloc
        self._libpq = urlunsplit(("postgresql", netloc, parts.path, urlencode(query, quote_via=quote), ""))
        self._sa = urlunsplit(("postgresql+psycopg", netloc, parts.path, urlencode(query, quote_via=quote), ""))

    def _lock(self, cur: Any) -> None:
        """Transaction-scoped advisory lock, one per workspace schema: writers queue, readers do not."""
        cur.execute(f"SELECT pg_advisory_xact_lock(hashtext('insight workspace {self.schema}'))")
        cur.fetchall()

    def prepare(self) -> None:
        conn = self._connect_raw()
        try:
            cur = conn.cursor()
            cur.execute("BEGIN")
            self._lock(cur)  # CREATE SCHEMA IF NOT EXISTS is not safe against a concurrent twin
            cur.execute(f'CREATE SCHEMA IF NOT EXISTS "{self.schema}"')
            cur.execute("COMMIT")
            cur.close()
        except Exception as err:  # noqa: BLE001 - one line for the user
            raise WorkspaceError(f"cannot create schema {self.schema} in {self.display()}: {_first_line(err)}") from err
        finally:
            conn.close()

    def display(self) -> str:
        parts = urlsplit(self.location)
        host = parts.hostname or "localhost"
        return f"postgresql://{host}{':' + str(parts.port) if parts.port else ''}{parts.path}#{self.schema}"

    def _connect_raw(self) -> Any:
        import adbc_driver_postgresql.dbapi as driver

        try:
            return driver.connect(self._libpq, autocommit=True)
        except Exception as err:  # noqa: BLE001
            raise WorkspaceError(f"cannot connect to {self.display()}: {_first_line(err)}") from err

    def adbc(self) -> Any:
        return self._connect_raw()

    def sqlalchemy_url(self) -> str:
        return self._sa

    def begin_write(self, cur: Any) -> None:
        cur.execute("BEGIN")
        self._lock(cur)

    def begin_read(self, cur: Any) -> None:
        cur.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")

    def sql(self, text: str) -> str:
        counter = iter(range(1, 10_000))
        return re.sub(r"\?", lambda _m: f"${next(counter)}", text)


def _first_line(err: BaseException) -> str:
    """The first line of a driver's message, passwords masked (drivers may quote the connection string)."""
    text = str(err).strip().splitlines()
    return redact(text[0]) if text else type(err).__name__


def backend_for(location: str | None) -> Backend:
    """The backend for a location string (None: the default workspace)."""
    where = default_location() if location is None else location
    if is_postgres(where):
        return PostgresBackend(where)
    if "://" in where:
        raise WorkspaceError(f"unknown workspace address '{redact(where)}': give a file path or a "
                             "postgresql+psycopg:// URL")
    return SQLiteBackend(where)
