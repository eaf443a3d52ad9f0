"""``Workspace``: where a client's data lives between sessions (SQLite file or PostgreSQL schema).

>>> ws = Workspace.open("client.db")                 # doctest: +SKIP
>>> ws.import_files([Path("orders.csv")])            # atomic, idempotent, undoable  # doctest: +SKIP
>>> ds = ws.load()                                   # Dataset for every computation  # doctest: +SKIP
"""

from __future__ import annotations

import getpass
import hashlib
import io
import socket
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

import polars as pl

from insight.dataset import Dataset
from insight.errors import InputError, InsightError, UsageError, WorkspaceError
from insight.sanitize import one_line
from insight.settings import Settings
from insight.workspace import columnar
from insight.workspace.backend import Backend, _first_line, backend_for
from insight.workspace.ddl import current_sqlite_schema, ensure_schema
from insight.workspace.keys import attributes_from_extras, keyed
from insight.workspace.loader import load_dataset, load_from_copy, load_planning, read_frame, read_settings
from insight.workspace.report import ImportReport, describe
from insight.workspace.store import Pending, Writer, in_write_transaction, mapping_text

Progress = Callable[[str], None]
DATASET_TABLES = ("customers", "order_lines", "survey_responses", "coupons", "interactions")


def _user_host() -> str:
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name in some containers
        user = "unknown"
    return f"{user}@{socket.gethostname()}"




def frame_hash(frame: pl.DataFrame) -> str:
    buffer = io.BytesIO()
    frame.write_ipc(buffer, compression="uncompressed")
    return hashlib.sha256(buffer.getvalue()).hexdigest()


class Workspace:
    """One workspace: the five canonical tables, settings and the import history, on one backend."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self._conn: Any = None
        self._reader: Any = None  # a second connection, for reading big tables in parallel (loader)
        self._engine: Any = None

    # -- opening -----------------------------------------------------------------------------
    @classmethod
    def open(cls, location: str | None = None) -> "Workspace":
        """A SQLite path, a postgresql+psycopg:// URL, or None for the default (./insight.db if present,
        else $INSIGHT_HOME/workspace.db or ~/.local/share/insight/workspace.db). Created if missing."""
        backend = backend_for(location)
        backend.prepare()
        ws = cls(backend)
        if current_sqlite_schema(backend):
            return ws  # nothing to create or upgrade: the ADBC connection opens when it is first needed
        try:
            ensure_schema(backend, ws.conn)
        except InsightError:
            ws.close()
            raise
        except Exception as err:  # noqa: BLE001 - driver errors become one line
            ws.close()
            raise WorkspaceError(f"cannot open workspace {ws.location}: {_first_line(err)}") from err
        return ws

    @property
    def location(self) -> str:
        return self.backend.location

    @property
    def conn(self) -> Any:
        if self._conn is None:
            try:
                self._conn = self.backend.adbc()
            except InsightError:
                raise
            except Exception as err:  # noqa: BLE001
                raise WorkspaceError(f"cannot open workspace {self.location}: {_first_line(err)}") from err
        return self._conn

    def _helper(self) -> Any:
        if self._reader is None:
            self._reader = self.backend.adbc()
        return self._reader

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def __del__(self) -> None:  # a workspace opened without ``with`` (api.load) still lets go of its connection
        try:
            self.close()
        except Exception:  # noqa: BLE001 - interpreter shutdown
            pass

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Workspace({self.location!r})"

    # -- reading -----------------------------------------------------------------------------
    def load(self, use_copy: bool = True) -> Dataset:
        """Every table and the settings as one consistent Dataset. ``use_copy=False`` reads the tables
        from the database even when a columnar copy of them is current (insight.workspace.columnar)."""
        if use_copy:
            ds = self._guard("load", lambda: load_from_copy(self.backend, self.location, lambda: self.conn))
            if ds is not None:
                return ds
        return self._guard("load", lambda: load_dataset(self.backend, self.conn, self.location, self._helper,
                                                         use_copy=use_copy))

    def load_planning(self) -> tuple[Dataset, dict, Path] | None:
        """The skeleton Dataset, facts and order lines' file of the current columnar copy, or None
        (insight.workspace.loader.load_planning: one question planned without loading the lines)."""
        return self._guard("load", lambda: load_planning(self.backend, self.location, lambda: self.conn))

    @property
    def settings(self) -> Settings:
        cur = self.conn.cursor()
        try:
            return read_settings(self.backend, cur)
        finally:
            cur.close()

    def imports(self) -> pl.DataFrame:
        """The import history, oldest first (undone imports included, with ``undone_at``)."""
        cur = self.conn.cursor()
        try:
            raw = read_frame(self.backend, cur,
                             "SELECT id, file_name, table_name, kind, rows, replaced_rows, imported_at, "
                             "user_host, undone_at, content_hash FROM imports ORDER BY id")
        finally:
            cur.close()
        schema: dict[str, pl.DataType] = {
            "id": pl.Int64(), "file_name": pl.String(), "table_name": pl.String(), "kind": pl.String(),
            "rows": pl.Int64(), "replaced_rows": pl.Int64(), "imported_at": pl.Datetime("us"),
            "user_host": pl.String(), "undone_at": pl.Datetime("us"), "content_hash": pl.String()}
        return self.backend.from_db(raw, schema).rename({"file_name": "file", "table_name": "table"})

    # -- writing -----------------------------------------------------------------------------
    def import_files(self, paths: Iterable[str | Path], table: str | None = None,
                     mapping: dict[str, str] | None = None, pseudonymize: bool = False,
                     progress: Progress | None = None, personal: Sequence[str] = ()) -> list[ImportReport]:
        """Import files in one transaction: all of them or, on any error, none. ``personal``: more source
        columns to pseudonymise (implies ``pseudonymize``)."""
        personal = sorted(set(personal))
        pseudonymize = pseudonymize or bool(personal)
        from insight.io import read_table

        pending: list[Pending] = []
        for raw in paths:
            path = Path(raw)
            try:
                exists = path.exists()
            except OSError as err:  # a name too long, a folder without permission
                raise InputError(f"{path}: cannot be read ({err.strerror})") from None
            if not exists:
                raise InputError(f"{path}: file not found")
            if path.is_dir():
                raise InputError(f"{path}: is a directory; give the data files inside it")
            if progress:
                progress(f"reading {path.name}")
            try:
                mapped = read_table(path, table=table, mapping=mapping)
            except InsightError as err:
                # one line, same error: re-creating it with ``type(err)(text)`` fails for errors whose
                # constructor takes more than a message (CellError)
                err.args = (one_line(str(err)),)
                raise
            except Exception as err:  # noqa: BLE001 - a reader bug must not become a traceback
                raise InputError(f"{path}: cannot read this file: {_first_line(err)}") from err
            pending.append(self._pending(str(path.name), mapped.table, mapped.frame, mapped.content_hash,
                                         mapping_text(mapped.mapping, pseudonymize, mapped.client_columns, personal), extras=mapped.extras,
                                         notes=list(mapped.notes or [])))
        return self._write(pending, pseudonymize, progress, personal)

    def import_frame(self, frame: pl.DataFrame, table: str, name: str = "<frame>",
                     extras: pl.DataFrame | None = None, pseudonymize: bool = False) -> ImportReport:
        """Import one canonical frame (columns per insight.schema) with the same guarantees as a file;
        columns beyond the canonical ones are kept as the client's own (insight.workspace.extras)."""
        if table not in DATASET_TABLES:
            raise UsageError(f"unknown table '{table}'; use one of {', '.join(DATASET_TABLES)}")
        from insight.io.bounds import check
        from insight.schema import TABLES

        check({c: frame.get_column(c) for c in TABLES[table].columns if c in frame.columns}, {}, name)
        pending = self._pending(name, table, frame, "", mapping_text({}, pseudonymize), extras)
        return self._write([pending], pseudonymize, None)[0]

    def write_dataset(self, ds: Dataset, source: str = "demo") -> list[ImportReport]:
        """Write every non-empty table of a Dataset, replacing what an earlier write of the same source
        wrote (``insight demo`` run twice leaves one demo)."""
        pending = []
        for name in DATASET_TABLES:
            frame = ds.table(name)
            if frame.height == 0:
                continue
            canonical = frame.with_columns(pl.col("customer_id").cast(pl.String))
            pending.append(self._pending(f"{source}:{name}", name, canonical, "", mapping_text({}, False),
                                         kind=source))

        def work(writer: Writer) -> list[ImportReport]:
            writer.drop_kind(source)
            return [writer.write(p, _user_host()) for p in pending]

        reports = self._guard("write", lambda: in_write_transaction(self.backend, self.conn, work))
        self._drop_stale_copies(reports)
        self._apply_settings(ds.settings)
        return reports

    def undo(self, import_id: int) -> ImportReport:
        """Remove exactly the rows an import wrote and restore the rows it replaced."""
        if not 0 < int(import_id) < 2**63:  # beyond any database integer: no such import, not a driver error
            raise WorkspaceError(f"there is no import #{import_id} in this workspace (see `insight imports`)")
        report = self._guard("undo", lambda: in_write_transaction(
            self.backend, self.conn, lambda writer: writer.undo(int(import_id))))
        self._drop_stale_copies([report])
        return report

    def update_settings(self, **changes: Any) -> Settings:
        """Change settings (default_margin, currency, as_of, abc_thresholds, clv_horizon_months,
        annual_discount_rate, cancellation_rule, fiscal_year_start, fiscal_year_named_by); values are validated,
        the result returned."""
        from pydantic import ValidationError

        known = set(Settings.model_fields) - {"schema_version"}
        unknown = set(changes) - known
        if unknown:
            raise UsageError(f"unknown setting(s) {', '.join(sorted(unknown))}; known: {', '.join(sorted(known))}")
        try:
            merged = Settings.model_validate({**self.settings.model_dump(), **changes})
        except ValidationError as err:
            problem = err.errors()[0]
            field = ".".join(str(p) for p in problem["loc"])
            raise UsageError(f"setting {field}: {problem['msg']}") from err
        self._apply_settings(merged)
        return merged

    # -- internals ---------------------------------------------------------------------------
    def _apply_settings(self, settings: Settings) -> None:
        from sqlmodel import Session, create_engine

        from insight.workspace.models import WorkspaceSettings

        if self._engine is None:
            self._engine = create_engine(self.backend.sqlalchemy_url(), **self.backend.engine_kwargs())

        def save() -> None:
            with Session(self._engine) as session:
                row = session.get(WorkspaceSettings, 1) or WorkspaceSettings(id=1)
                row.default_margin = settings.default_margin
                row.currency = settings.currency
                row.as_of = settings.as_of
                row.abc_a, row.abc_b = settings.abc_thresholds
                row.clv_horizon_months = settings.clv_horizon_months
                row.annual_discount_rate = settings.annual_discount_rate
                row.cancellation_rule = settings.cancellation_rule
                row.fiscal_year_start = settings.fiscal_year_start
                row.fiscal_year_named_by = settings.fiscal_year_named_by
                session.add(row)
                session.commit()

        self._guard("settings", save)

    def _pending(self, file: str, table: str, frame: pl.DataFrame, content_hash: str, mapping: str,
                 extras: pl.DataFrame | None = None, notes: list[str] | None = None, kind: str = "file") -> Pending:
        stored, key_notes = keyed(table, frame, file)
        report = describe(file, table, stored, [*(notes or []), *key_notes], content_hash or frame_hash(stored))
        report.rows = stored.height
        return Pending(report=report, frame=stored, mapping=mapping, kind=kind,
                       attributes=_keyed_attributes(extras))

    def _write(self, pending: list[Pending], pseudonymize: bool, progress: Progress | None,
               personal: Sequence[str] = ()) -> list[ImportReport]:
        user_host = _user_host()

        def work(writer: Writer) -> list[ImportReport]:
            from insight.workspace.scrub import pseudonymize_pending, scrub_archive

            key = pseudonymize_pending(writer, pending, personal) if pseudonymize else None
            reports = []
            for p in pending:
                if progress:
                    progress(f"writing {p.report.file} ({p.report.rows:,} rows)")
                written = writer.write(p, user_host)
                reports.append(written)
                if key is not None and written.status == "imported" and written.import_id is not None:
                    scrub_archive(writer, key, written.import_id, p.report.table, personal)
            return reports

        reports = self._guard("import", lambda: in_write_transaction(self.backend, self.conn, work))
        self._drop_stale_copies(reports)
        return reports

    def _drop_stale_copies(self, reports: list[ImportReport]) -> None:
        """After a committed write that changed rows, the columnar copy of the tables no longer
        matches the database (its key would not match either): remove it now rather than at the next load."""
        if any(r.status != "unchanged" for r in reports):
            columnar.prune(columnar.folder(self.backend))

    def _guard(self, action: str, work: Callable[[], Any]) -> Any:
        try:
            return work()
        except InsightError:
            raise
        except Exception as err:  # noqa: BLE001 - database errors become one line; nothing was changed
            detail = _first_line(err)
            if "locked" in detail.lower() or "busy" in detail.lower():
                raise WorkspaceError(f"workspace {self.location} is busy (another import is running); "
                                     "try again in a moment") from err
            raise WorkspaceError(f"{action} in workspace {self.location} failed, nothing was changed: {detail}") from err


def _keyed_attributes(extras: pl.DataFrame | None) -> pl.DataFrame | None:
    long = attributes_from_extras(extras)
    if long is None:
        return None
    stored, _ = keyed("customer_attributes", long, "extra columns")
    return stored
