"""The write side: one transaction per command that replaces rows by key, archives what it replaced,
and can undo an import exactly. Everything here runs on one ADBC connection under the write lock.

A frame's client columns (beyond the canonical ones) are written to their own ``x_…`` columns,
added on first use (insight.workspace.extras); archive and undo copy them with the canonical ones.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any, Callable, Sequence

import polars as pl

from insight.workspace.backend import Backend
from insight.workspace.extras import Registry, StoredExtra, frame_extras
from insight.workspace.keys import MERGED
from insight.workspace.report import ImportReport


@dataclass
class Pending:
    """One table of one file, keyed and ready to write (``attributes``: its extra columns, long form)."""

    report: ImportReport
    frame: pl.DataFrame
    mapping: str = "{}"
    kind: str = "file"
    attributes: pl.DataFrame | None = None


def data_columns(table: str) -> list[str]:
    """The data columns of a stored table (insight.workspace.models.data_columns, from the generated
    insight.workspace.tables_sql: writing needs no SQLModel)."""
    from insight.workspace.tables_sql import DATA_COLUMNS

    return list(DATA_COLUMNS[table])


INGEST_ROWS = 1_000_000  # rows per ADBC ingest call: bounds the memory of the Arrow copy of a big import


def now_text() -> str:
    return dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")


class Writer:
    """SQL for imports and undo on an open cursor inside a write transaction."""

    def __init__(self, backend: Backend, cur: Any) -> None:
        self.b = backend
        self.cur = cur
        self._registry: Registry | None = None

    @property
    def registry(self) -> Registry:
        """The stored client columns (read on first use, inside this transaction)."""
        if self._registry is None:
            self._registry = Registry(self)
        return self._registry

    # -- small helpers -----------------------------------------------------------------------
    def run(self, text: str, params: tuple | None = None) -> int:
        self.cur.execute(self.b.sql(text), params)
        return max(int(self.cur.rowcount or 0), 0) if self.b.name == "postgresql" else self._changes()

    def _changes(self) -> int:
        self.cur.execute("SELECT changes()")
        return int(self.cur.fetchone()[0])

    def scalar(self, text: str, params: tuple | None = None) -> Any:
        self.cur.execute(self.b.sql(text), params)
        row = self.cur.fetchone()
        self.cur.fetchall()
        return None if row is None else row[0]

    def _ts(self) -> str:
        return "CAST(? AS TIMESTAMP)" if self.b.name == "postgresql" else "?"

    # -- imports -----------------------------------------------------------------------------
    def identical(self, p: Pending) -> int | None:
        """The id of a live import of the same content, table and mapping whose rows are all still live."""
        found = self.scalar(
            "SELECT id FROM imports WHERE content_hash = ? AND table_name = ? AND mapping = ? AND kind = ? "
            "AND undone_at IS NULL ORDER BY id DESC LIMIT 1",
            (p.report.content_hash, p.report.table, p.mapping, p.kind))
        if found is None:
            return None
        for table in (p.report.table, "customer_attributes"):
            touched = self.scalar(f"SELECT COUNT(*) FROM {table}_replaced WHERE import_id = ?", (int(found),))
            if touched:
                return None
        return int(found)

    def write(self, p: Pending, user_host: str) -> ImportReport:
        report = p.report
        same = self.identical(p)
        if same is not None:
            report.status, report.import_id = "unchanged", same
            report.notes = [f"already imported as #{same}, nothing changed"]
            return report
        extras = frame_extras(report.table, p.frame)
        import_id = int(self.scalar(
            f"INSERT INTO imports (file_name, content_hash, table_name, mapping, kind, rows, replaced_rows, "
            f"imported_at, user_host, report, extras) VALUES (?, ?, ?, ?, ?, 0, 0, {self._ts()}, ?, '{{}}', ?) "
            f"RETURNING id",
            (report.file, report.content_hash, report.table, p.mapping, p.kind, now_text(), user_host,
             json.dumps(extras, ensure_ascii=False))))
        report.import_id, report.status = import_id, "imported"
        # only files are checked for order numbers of another source: a demo replaces what it finds
        replaced = self.replace(report.table, p.frame, import_id, source=report.file if p.kind == "file" else None)
        if p.attributes is not None and p.attributes.height:
            replaced += self.replace("customer_attributes", p.attributes, import_id)
        report.replaced_rows = replaced
        self.run("UPDATE imports SET rows = ?, replaced_rows = ?, report = ? WHERE id = ?",
                 (report.rows, replaced, report.dumps(), import_id))
        return report

    def _extras_of(self, table: str, frame: pl.DataFrame) -> dict[str, StoredExtra]:
        """The stored column of each client column of ``frame`` (added to the table when new)."""
        return {name: self.registry.ensure(table, name, dtype) for name, dtype in frame_extras(table, frame).items()}

    def stored_columns(self, table: str) -> list[str]:
        """Every data column of a stored table as SQL: the canonical ones, then the client columns."""
        return [*data_columns(table), *(e.quoted for e in self.registry.of(table))]

    def replace(self, table: str, frame: pl.DataFrame, import_id: int, source: str | None = None) -> int:
        """Write ``frame`` and archive + delete the stored rows with the same keys; returns how many.
        Order lines of another ``source`` file with the same order id but another customer or day are
        refused (``_order_clash``): two systems' order numbers, not a corrected export."""
        if table in MERGED:
            return self._replace_merged(table, frame, import_id)
        cols = data_columns(table)
        extras = self._extras_of(table, frame)
        listed = ", ".join(self.stored_columns(table))
        had_rows = self.scalar(f"SELECT 1 FROM {table} LIMIT 1") is not None
        rows = frame.select(pl.lit(import_id, dtype=pl.Int32).alias("import_id"), "replace_key", *cols,
                            *(pl.col(name).alias(e.column) for name, e in extras.items()))
        # straight into the table (one write of the data); row ids follow the file's row order. In slices, so
        # that the database's copy of the values (dates as text on SQLite) is built for one slice at a time
        rebuilt = self._without_indexes(table) if not had_rows else []
        # a column empty on every row is left out of the insert: the table's columns have no defaults, so it is
        # null there all the same, and the database binds no value per row for it
        rows = rows.select([c for c, n in zip(rows.columns, rows.null_count().row(0))
                            if n < rows.height or c in ("import_id", "replace_key")])
        for part in rows.iter_slices(INGEST_ROWS):
            self.cur.adbc_ingest(table, self.b.to_db(part), mode="append")
        for statement in rebuilt:
            self.cur.execute(statement)
        if not had_rows:
            return 0
        if table == "order_lines" and source is not None:
            self._order_clash(import_id, source)
        mine = f"SELECT replace_key FROM {table} WHERE import_id = {import_id}"
        older = f"import_id <> {import_id} AND replace_key IN ({mine})"
        archived = self.run(
            f"INSERT INTO {table}_replaced (row_id, import_id, replace_key, {listed}, replaced_by) "
            f"SELECT row_id, import_id, replace_key, {listed}, {import_id} FROM {table} WHERE {older}")
        if archived:
            self.run(f"DELETE FROM {table} WHERE {older}")
        return archived

    def _without_indexes(self, table: str) -> list[str]:
        """On SQLite, drop the secondary indexes of an empty ``table`` (the models' ``ix_<table>_…``) and return
        the statements that create them again, to run after the bulk write: one sort per index instead of a
        B-tree insert per row (issue 16: the first import of a million lines). The same transaction drops and
        recreates them, so a reader or an interrupted import never sees the table without them; the indexes
        are the same (their stored ``CREATE INDEX`` text is run again). PostgreSQL keeps its indexes: dropping one
        would lock the table against readers until the import commits."""
        if self.b.name != "sqlite":
            return []
        self.cur.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                         "AND sql IS NOT NULL ORDER BY name", (table,))
        found = [(name, sql) for name, sql in self.cur.fetchall() if name.startswith(f"ix_{table}_")]
        for name, _sql in found:
            self.cur.execute(f'DROP INDEX "{name}"')
        return [sql for _name, sql in found]

    def _order_clash(self, import_id: int, source: str) -> None:
        """Raise when a stored order of another file has one of this import's order ids with another
        customer or order day. A re-import of the same file may change anything (a corrected export),
        also after another file corrected its order in between (its row is in the archive)."""
        from insight.errors import InputError

        day = "CAST({} AS DATE)" if self.b.name == "postgresql" else "substr({}, 1, 10)"
        differs = (f"(COALESCE(o.customer_id, '') <> COALESCE(n.customer_id, '') "
                   f"OR {day.format('o.order_date')} <> {day.format('n.order_date')})")
        clash = (f"FROM order_lines n JOIN order_lines o ON o.replace_key = n.replace_key "
                 f"JOIN imports i ON i.id = o.import_id "
                 f"WHERE n.import_id = {import_id} AND o.import_id <> {import_id} AND n.order_id IS NOT NULL "
                 f"AND i.file_name <> ? AND {differs} AND NOT EXISTS (SELECT 1 FROM order_lines_replaced r "
                 f"JOIN imports j ON j.id = r.import_id WHERE r.replace_key = n.replace_key AND j.file_name = ?)")
        self.cur.execute(self.b.sql(f"SELECT n.order_id, o.import_id, i.file_name, o.customer_id, "
                                    f"{day.format('o.order_date')}, n.customer_id, {day.format('n.order_date')} "
                                    f"{clash} LIMIT 1"), (source, source))
        row = self.cur.fetchone()
        self.cur.fetchall()
        if row is None:
            return
        orders = int(self.scalar(f"SELECT COUNT(DISTINCT n.order_id) {clash}", (source, source)))
        order_id, other_id, other, old_customer, old_day, new_customer, new_day = row
        more = f" ({orders:,} orders clash)" if orders > 1 else ""
        raise InputError(
            f"{source}: order '{order_id}' is already in the workspace from {other} (import #{other_id}) with "
            f"customer {old_customer or '(none)'} on {str(old_day)[:10]}, here customer {new_customer or '(none)'} "
            f"on {str(new_day)[:10]}{more}; two sources share order numbers: import this file into another "
            f"workspace, or `insight undo {other_id}` first if this file corrects that one; nothing was changed")

    def _replace_merged(self, table: str, frame: pl.DataFrame, import_id: int) -> int:
        """Like ``replace``, but a new row keeps the old row's values where its own are empty
        (through a staging table, as the old row is needed while the new one is built)."""
        cols = data_columns(table)
        extras = self._extras_of(table, frame)
        stage = f"insight_stage_{table}"
        staged = frame.select([*cols, *(pl.col(n).alias(e.column) for n, e in extras.items()), "replace_key"]
                              ).with_row_index("stage_ord")
        self.cur.execute(f"DROP TABLE IF EXISTS {stage}")
        self.cur.adbc_ingest(stage, self.b.to_db(staged), mode="create", temporary=True)
        if self.b.name == "postgresql":
            self.cur.execute(f"ANALYZE {stage}")
        listed = ", ".join(self.stored_columns(table))
        keys = f"SELECT replace_key FROM {stage}"
        archived = self.run(
            f"INSERT INTO {table}_replaced (row_id, import_id, replace_key, {listed}, replaced_by) "
            f"SELECT row_id, import_id, replace_key, {listed}, {import_id} FROM {table} WHERE replace_key IN ({keys})")
        mine = {e.column: e for e in extras.values()}
        if archived:
            self.run(f"DELETE FROM {table} WHERE replace_key IN ({keys})")
            targets = [*cols, *(e.quoted for e in self.registry.of(table))]
            values = [f"COALESCE(s.{c}, r.{c})" for c in cols]
            for e in self.registry.of(table):
                own = extras.get(e.name)
                if own is None:  # the file lacks this column: the stored value stays
                    values.append(f"r.{e.quoted}")
                elif own.column == e.column:
                    values.append(f"COALESCE(s.{e.quoted}, r.{e.quoted})")
                else:  # the same client column stored with another dtype: the new value, when there is one, wins
                    values.append(f"CASE WHEN s.{own.quoted} IS NULL THEN r.{e.quoted} END")
            source = (f"FROM {stage} s LEFT JOIN {table}_replaced r "
                      f"ON r.replace_key = s.replace_key AND r.replaced_by = {import_id}")
        else:
            targets = [*cols, *(e.quoted for e in mine.values())]
            values = [f"s.{c}" for c in targets]
            source = f"FROM {stage} s"
        self.run(f"INSERT INTO {table} (import_id, replace_key, {', '.join(targets)}) "
                 f"SELECT {import_id}, s.replace_key, {', '.join(values)} {source} ORDER BY s.stage_ord")
        self.cur.execute(f"DROP TABLE {stage}")
        return archived

    # -- undo --------------------------------------------------------------------------------
    def undo(self, import_id: int) -> ImportReport:
        """Remove an import's rows and restore what it replaced (unless a later import replaced it too)."""
        from insight.errors import WorkspaceError
        from insight.workspace.report import from_json

        self.cur.execute(self.b.sql("SELECT file_name, table_name, report, undone_at FROM imports WHERE id = ?"),
                         (import_id,))
        row = self.cur.fetchone()
        self.cur.fetchall()
        if row is None:
            raise WorkspaceError(f"there is no import #{import_id} in this workspace (see `insight imports`)")
        if row[3] is not None:
            raise WorkspaceError(f"import #{import_id} ({row[0]}) was already undone")
        report = from_json(row[2]) if row[2] and row[2] != "{}" else ImportReport(file=row[0], table=row[1])
        removed = restored = 0
        from insight.workspace.tables_sql import DATA_COLUMNS

        for table in DATA_COLUMNS:
            removed_here, restored_here = self._undo_table(table, import_id)
            if table == row[1]:
                removed += removed_here
            restored += restored_here
        self.run(f"UPDATE imports SET undone_at = {self._ts()} WHERE id = ?", (now_text(), import_id))
        report.status, report.import_id = "undone", import_id
        report.rows, report.restored_rows = removed, restored
        return report

    def _undo_table(self, table: str, x: int) -> tuple[int, int]:
        cols = ", ".join(self.stored_columns(table))
        arch = f"{table}_replaced"
        # X's rows that later imports replaced can never come back: their import is gone.
        self.run(f"DELETE FROM {arch} WHERE import_id = {x}")
        removed = self.run(f"DELETE FROM {table} WHERE import_id = {x}")
        # Rows X replaced whose key a later import holds now: they stay archived, now behind that import.
        self.run(f"UPDATE {arch} SET replaced_by = (SELECT MIN(t.import_id) FROM {table} t "
                 f"WHERE t.replace_key = {arch}.replace_key) "
                 f"WHERE replaced_by = {x} AND EXISTS "
                 f"(SELECT 1 FROM {table} t WHERE t.replace_key = {arch}.replace_key)")
        restored = self.run(f"INSERT INTO {table} (row_id, import_id, replace_key, {cols}) "
                            f"SELECT row_id, import_id, replace_key, {cols} FROM {arch} WHERE replaced_by = {x}")
        self.run(f"DELETE FROM {arch} WHERE replaced_by = {x}")
        return removed, restored

    def drop_kind(self, kind: str) -> None:
        """Undo every live import of a kind (``demo``: a new demo replaces the previous one)."""
        self.cur.execute(self.b.sql("SELECT id FROM imports WHERE kind = ? AND undone_at IS NULL ORDER BY id DESC"),
                         (kind,))
        ids = [int(r[0]) for r in self.cur.fetchall()]
        for import_id in ids:
            self.undo(import_id)


def in_write_transaction(backend: Backend, conn: Any, work: Callable[[Writer], Any]) -> Any:
    """Run ``work`` under the workspace write lock in one transaction; roll back on any error."""
    cur = conn.cursor()
    try:
        backend.begin_write(cur)
        try:
            result = work(Writer(backend, cur))
            cur.execute("COMMIT")
            return result
        except BaseException:
            try:
                cur.execute("ROLLBACK")
            except Exception:  # noqa: BLE001 - the original error is what the user needs
                pass
            raise
    finally:
        cur.close()


def mapping_text(mapping: dict[str, str] | None, pseudonymize: bool, labels: dict[str, str] | None = None,
                 personal: Sequence[str] = ()) -> str:
    """The import's mapping as stored; ``labels`` (client column → source header) only where there are any,
    so that the stored text of files without client columns is what it always was."""
    payload: dict = {"mapping": mapping or {}, "pseudonymize": bool(pseudonymize)}
    if labels:
        payload["labels"] = labels
    if personal:  # a re-import naming more personal columns is not "the same import"
        payload["personal"] = sorted(personal)
    return json.dumps(payload, sort_keys=True, ensure_ascii=False)


def client_labels(cur: Any) -> dict[str, str]:
    """Client column → the header it came from, over the live imports (later imports win)."""
    cur.execute("SELECT mapping, file_name FROM imports WHERE undone_at IS NULL ORDER BY id")
    from insight.dataset import CANONICAL_LABEL, SOURCE_FILE_LABEL

    labels: dict[str, str] = {}
    for text, file_name in cur.fetchall():
        if file_name:
            labels[SOURCE_FILE_LABEL + str(file_name)] = str(file_name)
        try:
            stored = json.loads(text or "{}")
            labels.update(stored.get("labels") or {})
            labels.update({CANONICAL_LABEL + col: header for header, col in (stored.get("mapping") or {}).items()
                           if isinstance(col, str) and isinstance(header, str)})
        except (ValueError, AttributeError):
            continue
    return labels
