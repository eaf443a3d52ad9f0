"""Client columns: every source column beyond the canonical ones survives the workspace.

Design. A client column (``region``, ``discount``, ``exited`` …: a column of an imported frame that
is not a canonical column of its table) is stored as a real, typed SQL column of the data table and
of its archive ``<table>_replaced``, added with ``ALTER TABLE … ADD COLUMN`` inside the import's own
write transaction (so a failed import leaves no column behind). Its SQL name is derived from the
client's name, sanitised to ``[a-z0-9_]``, prefixed ``x_`` (it can never collide with a canonical or
bookkeeping column) and always double-quoted; the client's exact name and the dtype are kept as
*values* in the registry table ``extra_columns`` (table, name, dtype → column), and each import
records the ``{name: dtype}`` it brought in ``imports.extras``. One SQL column holds one dtype only:
when an import brings a known name with another dtype, that (name, dtype) gets its own column
(``x_discount_2``) instead of converting stored data, so nothing stored is ever rewritten and undo
stays exact. ``load`` coalesces the variants of a name into one polars column of the widened dtype
(one dtype as is; Int64 + Float64 → Float64; any other mix → String) over the imports still live
and the variants still holding values; an import lacking a column gives nulls. Why real columns
rather than one JSON text column: the values go in and out through Arrow (ADBC ingest and fetch)
with no per-row encoding, stay typed and compact in the database, are archived, restored and merged
(customers: an empty cell keeps the stored value) by the same column-wise SQL as the canonical
columns, and a widening never needs a rewrite. Only sanitised identifiers are formatted into SQL;
names and values always travel as parameters or through Arrow.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Iterable

import polars as pl

from insight.errors import InputError
from insight.schema import TABLES

# The dtypes a stored client column can have (by code, as recorded in extra_columns and imports.extras).
DTYPES: dict[str, pl.DataType] = {
    "String": pl.String(), "Int64": pl.Int64(), "Float64": pl.Float64(), "Boolean": pl.Boolean(),
    "Date": pl.Date(), "Datetime": pl.Datetime("us"),
}
SQL_TYPES: dict[str, dict[str, str]] = {
    # SQLite: the declared type gives each column the affinity that keeps its values as written
    # (dates as ISO text, booleans as 0/1, like the canonical columns).
    "sqlite": {"String": "TEXT", "Int64": "INTEGER", "Float64": "REAL", "Boolean": "BOOLEAN",
               "Date": "DATE", "Datetime": "DATETIME"},
    "postgresql": {"String": "TEXT", "Int64": "BIGINT", "Float64": "DOUBLE PRECISION", "Boolean": "BOOLEAN",
                   "Date": "DATE", "Datetime": "TIMESTAMP"},
}
# Names the workspace itself uses on a row (and in its staging table): a client column may not take them.
RESERVED = frozenset({"row_id", "import_id", "replace_key", "replaced_by", "stage_ord"})
MAX_CLIENT_COLUMNS = 1_000  # per table, over all imports: well inside both databases' column limits
_IDENT = re.compile(r"^[a-z][a-z0-9_]{0,62}$")
_MAX_BASE = 48  # x_ + 48 + _NNN stays far below PostgreSQL's 63-character identifiers


def quote(column: str) -> str:
    """A stored column name as a quoted SQL identifier (only names this module generated pass)."""
    if not _IDENT.match(column):
        raise ValueError(f"not a workspace column name: {column!r}")
    return f'"{column}"'


def dtype_code(dtype: pl.DataType) -> str:
    for code, known in DTYPES.items():
        if dtype == known:
            return code
    raise ValueError(f"not a stored extra dtype: {dtype}")


def widen(codes: Iterable[str]) -> str:
    """One dtype for values of several: the same one; Int64 + Float64 → Float64; else String."""
    found = set(codes)
    if len(found) == 1:
        return found.pop()
    if found and found <= {"Int64", "Float64"}:
        return "Float64"
    return "String"


def extra_names(table: str, frame: pl.DataFrame) -> list[str]:
    """The frame's columns beyond the canonical ones of ``table`` (and the replace key), in frame order."""
    if table not in TABLES:
        return []
    canonical = TABLES[table].columns
    return [c for c in frame.columns if c not in canonical and c != "replace_key"]


def _normalised(series: pl.Series) -> pl.Series:
    """A client column in one of the stored dtypes (``DTYPES``)."""
    dtype = series.dtype
    if dtype in (pl.String, pl.Boolean, pl.Date, pl.Int64, pl.Float64):
        return series
    if isinstance(dtype, (pl.Categorical, pl.Enum)) or dtype == pl.Null:
        return series.cast(pl.String)
    if dtype.is_integer():
        if dtype == pl.UInt64 and series.max() is not None and series.max() > 2**63 - 1:  # type: ignore[operator]
            return series.cast(pl.String)
        return series.cast(pl.Int64)
    if dtype.is_float() or dtype.is_decimal():
        return series.cast(pl.Float64)
    if isinstance(dtype, pl.Datetime):
        if dtype.time_zone:
            series = series.dt.replace_time_zone(None)  # wall-clock time, like the canonical dates
        return series.cast(pl.Datetime("us"))
    return _as_text(series)  # time, duration, nested, binary: as text


def _as_text(series: pl.Series) -> pl.Series:
    """A column no stored dtype fits, as text a person can read back: lists and structs as JSON
    ('[1,2]', '{"city":"Köln"}'), durations as ISO 8601 ('P1D'), bytes that are not UTF-8 as hex."""
    dtype = series.dtype
    if dtype.is_nested():
        wrapped = pl.select(pl.struct(series.alias("v")).struct.json_encode()).to_series()
        text = wrapped.str.strip_prefix('{"v":').str.strip_suffix("}")
        return pl.select(pl.when(series.is_null()).then(None).otherwise(text)).to_series().alias(series.name)
    if isinstance(dtype, pl.Duration):
        return series.dt.to_string("iso")
    if isinstance(dtype, pl.Binary):
        try:
            return series.cast(pl.String)
        except Exception:  # noqa: BLE001 - not UTF-8: hex keeps every byte visible and harmless
            return series.bin.encode("hex")
    return series.cast(pl.String)


def normalise_extras(table: str, frame: pl.DataFrame, source: str) -> pl.DataFrame | None:
    """The frame's client columns in stored dtypes (NUL characters, which PostgreSQL text cannot hold,
    removed), or None when it has none."""
    names = extra_names(table, frame)
    if not names:
        return None
    if len(names) > MAX_CLIENT_COLUMNS:
        raise InputError(f"{source}: {len(names):,} columns beyond the canonical ones; a workspace table holds at "
                         f"most {MAX_CLIENT_COLUMNS:,} (PostgreSQL allows 1,600 columns, SQLite 2,000): leave out the "
                         "columns you do not need, or ask the file directly with --data")
    reserved = [n for n in names if n in RESERVED]
    if reserved:
        raise InputError(f"{source}: column name(s) {', '.join(reserved)} are reserved by the workspace; "
                         "rename them")
    columns = []
    for name in names:
        try:
            series = _normalised(frame.get_column(name))
        except Exception as err:  # noqa: BLE001 - which column is in the message
            first = (str(err).strip().splitlines() or [type(err).__name__])[0]
            raise InputError(f"{source}: column '{name}' cannot be stored ({first})") from err
        if series.dtype == pl.String and series.str.contains("\x00", literal=True).any():
            series = series.str.replace_all("\x00", "", literal=True)
        columns.append(series)
    return pl.DataFrame(columns)


def frame_extras(table: str, frame: pl.DataFrame) -> dict[str, str]:
    """{name: dtype code} of a keyed frame's client columns (as they will be written)."""
    return {n: dtype_code(_normalised(frame.get_column(n)).dtype) for n in extra_names(table, frame)}


def column_base(name: str) -> str:
    text = re.sub(r"[^a-z0-9_]+", "_", name.casefold()).strip("_")
    text = re.sub(r"[^a-z0-9_]", "", text)  # casefold can produce non-ASCII letters; drop them
    return f"x_{text[:_MAX_BASE] or 'column'}"


@dataclass(frozen=True)
class StoredExtra:
    """One row of the registry: client column ``name`` with values of ``dtype`` lives in ``column``."""

    table: str
    name: str
    dtype: str
    column: str

    @property
    def quoted(self) -> str:
        return quote(self.column)


def read_registry(cur: Any) -> list[StoredExtra]:
    cur.execute("SELECT table_name, name, dtype, column_name FROM extra_columns ORDER BY id")
    return [StoredExtra(str(t), str(n), str(d), str(c)) for t, n, d, c in cur.fetchall()]


class Registry:
    """The stored client columns, read once per write transaction; new ones are added under its lock."""

    def __init__(self, writer: Any) -> None:
        self.w = writer
        self.entries = read_registry(writer.cur)

    def of(self, table: str) -> list[StoredExtra]:
        return [e for e in self.entries if e.table == table]

    def ensure(self, table: str, name: str, dtype: str) -> StoredExtra:
        """The column for (table, name, dtype), added to the table and its archive when new."""
        for e in self.entries:
            if (e.table, e.name, e.dtype) == (table, name, dtype):
                return e
        taken = {e.column for e in self.of(table)}
        if len(taken) >= MAX_CLIENT_COLUMNS:
            raise InputError(f"the workspace's {table} already holds {len(taken):,} client columns, the most it "
                             f"can hold ({MAX_CLIENT_COLUMNS:,}); leave out columns you do not need, or use "
                             "another workspace")
        base = column_base(name)
        column, k = base, 2
        while column in taken:
            column, k = f"{base}_{k}", k + 1
        sql_type = SQL_TYPES[self.w.b.name][dtype]
        for target in (table, f"{table}_replaced"):
            self.w.cur.execute(f"ALTER TABLE {target} ADD COLUMN {quote(column)} {sql_type}")
        self.w.run("INSERT INTO extra_columns (table_name, name, dtype, column_name) VALUES (?, ?, ?, ?)",
                   (table, name, dtype, column))
        entry = StoredExtra(table, name, dtype, column)
        self.entries.append(entry)
        return entry


# -- the read side ---------------------------------------------------------------------------------
def live_extras(cur: Any) -> dict[str, dict[str, set[str]]]:
    """{table: {name: dtypes}} over the imports not undone."""
    cur.execute("SELECT table_name, extras FROM imports WHERE undone_at IS NULL AND extras <> '{}'")
    out: dict[str, dict[str, set[str]]] = {}
    for table, text in cur.fetchall():
        for name, dtype in json.loads(text or "{}").items():
            out.setdefault(str(table), {}).setdefault(name, set()).add(dtype)
    return out


def _cast(column: str, source: str, target: str) -> pl.Expr:
    expr = pl.col(column)
    if source == target:
        return expr
    return expr.cast(DTYPES[target])


def assemble(frame: pl.DataFrame, canonical: list[str], stored: list[StoredExtra],
             live: dict[str, set[str]]) -> pl.DataFrame:
    """The loaded table: canonical columns, then each client column under its own name, coalesced
    over its dtype variants in the widened dtype (first-imported order). A name no live import brought
    and no stored row holds is left out."""
    names: list[str] = []
    for e in stored:
        if e.name not in names:
            names.append(e.name)
    taken = set(canonical)
    exprs = []
    for name in names:
        variants = [e for e in stored if e.name == name]
        holding = {e.dtype for e in variants if frame.get_column(e.column).null_count() < frame.height}
        codes = holding | live.get(name, set())
        if not codes:
            continue
        target = widen(codes)
        alias = name if name not in taken else f"client_{name}"
        taken.add(alias)
        parts = [_cast(e.column, e.dtype, target) for e in variants]
        exprs.append((parts[0] if len(parts) == 1 else pl.coalesce(parts)).alias(alias))
    return frame.select([*canonical, *exprs])
