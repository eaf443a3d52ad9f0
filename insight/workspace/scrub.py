"""--pseudonymize inside the write transaction: the pending frames, and the stored rows they touch.

Pseudonymising the new file is not enough: customers are merged column by column (a stored plain e-mail
would survive a pseudonymised re-import that lacks the column), a plain customer id (an e-mail) keys
other rows than its pseudonym, and the rows an import replaces go to ``<table>_replaced``, from which
``undo`` restores them. So the stored rows of every customer the import touches are pseudonymised in
place before it is written, and the rows it archived right after; undo then restores pseudonymised rows.
On SQLite ``secure_delete`` is switched on so that the old values are overwritten in the file as well.
"""

from __future__ import annotations

from collections.abc import Collection

import polars as pl

from insight.io.pseudonymize import column_rule, id_kind, new_key, pseudonym_id, pseudonymize_frame, scrub_value
from insight.schema import TABLES
from insight.workspace.keys import SEP, keyed
from insight.workspace.store import Pending, Writer, data_columns
from insight.workspace.tables_sql import DATA_COLUMNS

_STAGE = "insight_stage_scrub_ids"


def workspace_key(writer: Writer) -> str:
    """The workspace's pseudonym key, created on first use (under the write lock: one key for all)."""
    key = writer.scalar("SELECT pseudonym_key FROM workspace_settings WHERE id = 1")
    if not key:
        key = new_key()
        writer.run("UPDATE workspace_settings SET pseudonym_key = ? WHERE id = 1", (key,))
    if writer.b.name == "sqlite":
        writer.cur.execute("PRAGMA secure_delete = ON")
    return str(key)


def _attributes(frame: pl.DataFrame, key: str, touched: list[str], personal: Collection[str]) -> pl.DataFrame:
    rules = {n: column_rule(n, personal=personal) or "" for n in frame.get_column("name").unique().to_list()}
    dropped = sorted(n for n, r in rules.items() if r == "drop")
    keep = frame.filter(~pl.col("name").is_in(dropped))
    values = [scrub_value(key, rules[n], v) if rules[n] else v
              for n, v in zip(keep.get_column("name").to_list(), keep.get_column("value").to_list(), strict=True)]
    ids = [pseudonym_id(key, c) for c in keep.get_column("customer_id").to_list()]
    touched.extend(f"{n} (extra column)" for n, r in sorted(rules.items()) if r and r != "drop")
    touched.extend(f"{n} (free text, removed)" for n in dropped)
    out = keep.with_columns(pl.Series("value", values, dtype=pl.String), pl.Series("customer_id", ids, dtype=pl.String))
    return keyed("customer_attributes", out.drop("replace_key"), "extra columns")[0]


def pseudonymize_pending(writer: Writer, pending: list[Pending], personal: Collection[str] = ()) -> str:
    """Pseudonymise every pending frame (keys recomputed from the pseudonymised ids), then the stored
    rows of the customers they touch; ``personal``: more columns to pseudonymise. Returns the key."""
    key = workspace_key(writer)
    ids: set[str] = set()
    for p in pending:
        table = p.report.table
        if "customer_id" in p.frame.columns:
            ids.update(p.frame.get_column("customer_id").cast(pl.String).drop_nulls().unique().to_list())
        p.frame, touched = pseudonymize_frame(p.frame, key, TABLES[table].columns, personal)
        p.frame = keyed(table, p.frame.drop("replace_key"), p.report.file)[0]
        p.report.rows = p.frame.height
        if p.attributes is not None:
            ids.update(p.attributes.get_column("customer_id").unique().to_list())
            p.attributes = _attributes(p.attributes, key, touched, personal)
        if touched:
            p.report.notes.append(f"pseudonymised: {', '.join(touched)}")
    _scrub_customers(writer, key, ids, personal)
    return key


def _scrub_customers(writer: Writer, key: str, ids: set[str], personal: Collection[str]) -> None:
    if not ids:
        return
    any_personal = any(id_kind(i) for i in ids)
    stage = pl.DataFrame({"customer_id": sorted(ids | {pseudonym_id(key, i) for i in ids})})
    writer.cur.execute(f"DROP TABLE IF EXISTS {_STAGE}")
    writer.cur.adbc_ingest(_STAGE, writer.b.to_db(stage), mode="create", temporary=True)
    for table in DATA_COLUMNS:
        if "customer_id" in data_columns(table):
            scrub(writer, key, table, f"customer_id IN (SELECT customer_id FROM {_STAGE})", personal=personal,
                  any_personal_id=any_personal)
    writer.cur.execute(f"DROP TABLE {_STAGE}")


def scrub_archive(writer: Writer, key: str, import_id: int, table: str, personal: Collection[str] = ()) -> None:
    """Pseudonymise the rows ``import_id`` has just archived (what undo would bring back)."""
    for name in (table, "customer_attributes"):
        scrub(writer, key, name, f"replaced_by = {int(import_id)}", archive=True, personal=personal)


def _rules(writer: Writer, table: str, personal: Collection[str]) -> dict[str, str]:
    """SQL column -> rule of the stored columns --pseudonymize changes."""
    rules = {}
    for column in data_columns(table):
        rule = "id" if column == "customer_id" else column_rule(column, True, personal)
        if rule is not None and (rule == "drop" or TABLES[table].columns.get(column) == pl.String):
            rules[column] = rule
    for extra in writer.registry.of(table):
        rule = column_rule(extra.name, personal=personal)
        if rule is not None and (rule == "drop" or extra.dtype == "String"):
            rules[extra.quoted] = rule
    return rules


def scrub(writer: Writer, key: str, table: str, where: str, archive: bool = False, personal: Collection[str] = (),
          any_personal_id: bool = True) -> int:
    """Pseudonymise stored rows of ``table`` (or its archive) matching ``where`` in place; returns how many
    changed. Attribute rows of free-text columns are deleted."""
    target = f"{table}_replaced" if archive else table
    attributes = table == "customer_attributes"
    rules = {"customer_id": "id", "name": "", "value": ""} if attributes else _rules(writer, table, personal)
    if not rules or (not any_personal_id and set(rules.values()) == {"id"}):
        return 0
    cols = list(rules)
    writer.cur.execute(f"SELECT row_id, import_id, replace_key, {', '.join(cols)} FROM {target} WHERE {where}")
    updates, deletes = [], []
    for row_id, import_id, old_key, *values in writer.cur.fetchall():
        if attributes:
            rule = column_rule(values[1], personal=personal) or ""
            if rule == "drop":
                deletes.append((row_id, import_id, old_key))
                continue
            new = [scrub_value(key, "id", values[0]), values[1], scrub_value(key, rule, values[2]) if rule else values[2]]
        else:
            new = [None if rules[c] == "drop" else scrub_value(key, rules[c], v) if isinstance(v, str) else v
                   for c, v in zip(cols, values, strict=True)]
        new_key = SEP.join(pseudonym_id(key, part) if id_kind(part) else part for part in (old_key or "").split(SEP))
        if new != values or new_key != old_key:
            updates.append((*new, new_key, row_id, import_id, old_key))
    match = "row_id = ? AND import_id = ? AND replace_key = ?"
    if updates:
        sets = ", ".join(f"{c} = ?" for c in [*cols, "replace_key"])
        writer.cur.executemany(writer.b.sql(f"UPDATE {target} SET {sets} WHERE {match}"), updates)
    if deletes:
        writer.cur.executemany(writer.b.sql(f"DELETE FROM {target} WHERE {match}"), deletes)
    return len(updates) + len(deletes)
