"""What an import did, per file: the numbers a consultant checks before trusting the data."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field
from typing import Any

import polars as pl

from insight.dataset import as_date
from insight.metrics.lines import is_return_expr

DATE_COLUMN = {"order_lines": "order_date", "survey_responses": "response_date", "coupons": "issued_at",
               "interactions": "happened_at", "customers": "first_contact_date"}


@dataclass
class ImportReport:
    """One file's import. ``status`` is 'imported', 'unchanged' (identical file already imported) or 'undone'."""

    file: str
    table: str
    rows: int = 0
    customers: int = 0
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    cancellations: int = 0
    rows_without_customer: int = 0
    replaced_rows: int = 0
    restored_rows: int = 0
    notes: list[str] = field(default_factory=list)
    import_id: int | None = None
    status: str = "imported"
    content_hash: str = ""
    rules: dict[str, str] = field(default_factory=dict)  # the conventions detected (metrics.md, "Conventions")

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        for key in ("date_from", "date_to"):
            out[key] = out[key].isoformat() if out[key] else None
        return out

    def to_text(self) -> str:
        """Two to four readable lines for the terminal."""
        ident = f"#{self.import_id}" if self.import_id is not None else "-"
        if self.status == "unchanged":
            return f"{self.file}: already imported as {ident}, nothing changed"
        if self.status == "undone":
            return (f"undid import {ident} ({self.file}, {self.table}): removed {self.rows:,} rows, "
                    f"restored {self.restored_rows:,} rows it had replaced")
        head = f"{self.file} → {self.table} (import {ident}): {self.rows:,} rows"
        if self.table != "customers" or self.customers:
            head += f", {self.customers:,} customers"
        if self.date_from:
            head += f", {self.date_from.isoformat()} to {self.date_to.isoformat() if self.date_to else '?'}"
        lines = [head]
        detail = []
        if self.table == "order_lines":
            detail.append(f"{self.cancellations:,} cancellation/return lines")
        if self.rows_without_customer:
            detail.append(f"{self.rows_without_customer:,} rows without customer id")
        if self.replaced_rows:
            detail.append(f"replaced {self.replaced_rows:,} rows imported before")
        if detail:
            lines.append("  " + "; ".join(detail))
        lines.extend(f"  rule: {k.replace('_', ' ')}: {v}" for k, v in self.rules.items())
        lines.extend(f"  note: {n}" for n in self.notes)
        return "\n".join(lines)

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False)


def describe(file: str, table: str, frame: pl.DataFrame, notes: list[str], content_hash: str) -> ImportReport:
    """Counts for the report, computed from the canonical frame that is about to be written."""
    report = ImportReport(file=file, table=table, rows=frame.height, notes=list(notes), content_hash=content_hash)
    if "customer_id" in frame.columns:
        ids = frame.get_column("customer_id")
        report.customers = ids.drop_nulls().n_unique()
        report.rows_without_customer = ids.null_count()
    date_col = DATE_COLUMN.get(table)
    if date_col and date_col in frame.columns and frame.height:
        days = frame.get_column(date_col)
        lo, hi = days.min(), days.max()
        report.date_from, report.date_to = as_date(lo), as_date(hi)
    if table == "order_lines" and frame.height:
        from insight.metrics.conventions import (
            c_prefix_applies,
            cancelled_expr,
            flag_columns,
            status_column_says,
            status_columns,
        )
        from insight.schema import ORDER_LINES

        c_prefix = c_prefix_applies(frame.get_column("order_id"))
        report.cancellations = int(frame.select(is_return_expr(c_prefix).sum()).item())
        if "line_status" in frame.columns:
            says = cancelled_expr()
            client = [c for c in frame.columns if c not in ORDER_LINES.columns]
            flags = set(flag_columns(frame, client))
            for column in (*status_columns(frame, client), *flags):  # 'Zahlungsstatus', 'Storniert' = Ja
                says = says | status_column_says(column, column in flags)[0]
            report.cancellations += int(frame.select((says & ~is_return_expr(c_prefix)).sum()).item())
        report.rules = order_rules(frame, c_prefix, notes)
    if frame.height:
        from insight.io.bounds import DESCRIPTION

        report.rules["plausible values"] = DESCRIPTION  # checked by insight.io.bounds before writing
    return report


def order_rules(frame: pl.DataFrame, c_prefix: bool, notes: list[str]) -> dict[str, str]:
    """The conventions an order file follows, in words, for the report (see insight.metrics.conventions)."""
    from insight.metrics.conventions import cancelled_expr, status_kind

    def has(col: str) -> bool:
        return col in frame.columns and frame.get_column(col).null_count() < frame.height

    rules = {"cancellations": "negative quantity or amount = return"
             + ("; order ids C+digits reverse an invoice" if c_prefix else "; order ids are not read for returns")}
    if has("line_status"):
        values = sorted(frame.filter(cancelled_expr()).get_column("line_status").unique().to_list())
        named = ", ".join(f"{v} ({status_kind(v)})" for v in values)
        rules["cancellations"] += (f"; status {named} = never a sale (the status table of docs/import.md)" if values
                                   else "; no status value says cancelled")
    rules.update(document_rules(frame))
    rules["profit"] = ("the profit column" if has("line_profit") else "price − unit cost" if has("unit_cost")
                       else "the workspace's default margin (assumed)")
    currencies = frame.get_column("currency").drop_nulls().unique().to_list() if has("currency") else []
    rules["currency"] = (currencies[0] if len(currencies) == 1 else
                         f"several ({', '.join(sorted(map(str, currencies))[:5])})" if currencies else
                         "none found (set one with insight settings --currency)")
    for note in notes:
        if note.startswith("dates in "):
            rules["date_order"] = note.removeprefix("dates in ")
        if note.startswith("no customer id column"):
            rules["customer_identity"] = note
        if note.startswith("export convention: "):  # insight.io.exports: Stripe cents, DATEV S/H, …
            rules["export"] = "; ".join(filter(None, (rules.get("export"), note.removeprefix("export convention: "))))
    return rules


def document_rules(frame: pl.DataFrame) -> dict[str, str]:
    """The client line columns saying cancelled/refunded (every status-like column), typing lines as no sale (fees,
    payouts, expenses) or as credit notes, in words: the metrics leave the first two out and count the last
    negative (insight.metrics.conventions)."""
    from insight.metrics.conventions import (
        CANCELLED_STATUS,
        flag_columns,
        is_credit_document,
        non_sale_column,
        status_column_says,
        status_columns,
        status_in,
        typed_column,
    )
    from insight.schema import ORDER_LINES

    client = [c for c in frame.columns if c not in ORDER_LINES.columns]
    rules: dict[str, str] = {}
    for column in status_columns(frame, client):
        said = frame.get_column(column).str.strip_chars()
        hit = said.to_frame().select(status_in(pl.col(column), CANCELLED_STATUS)).to_series()
        values = sorted(map(str, said.filter(hit).unique().to_list()))
        rules[f"status {column}"] = (f"{', '.join(values)} = never a sale, counted as cancelled "
                                     f"({int(hit.sum()):,} lines)")
    for column in flag_columns(frame, client):
        says, _ = status_column_says(column, flag=True)
        rules[f"status {column}"] = (f"a yes in '{column}' = never a sale, counted as cancelled "
                                     f"({int(frame.select(says.sum()).item()):,} lines)")
    fees = non_sale_column(frame, client)
    if fees is not None:
        left = int(frame.select(pl.col(fees[0]).is_in(list(fees[1])).sum()).item())
        rules["no sales"] = (f"{fees[0]} = {', '.join(sorted(map(str, fees[1])))}: {left:,} lines are fees, "
                             "payouts, expenses or purchases, left out of every figure")
    credit = typed_column(frame, client, is_credit_document)
    if credit is not None:
        rules["credit notes"] = f"{credit[0]} = {', '.join(sorted(map(str, credit[1])))}: counted negative"
    return rules


def from_json(text: str) -> ImportReport:
    data = json.loads(text)
    for key in ("date_from", "date_to"):
        if data.get(key):
            data[key] = dt.date.fromisoformat(data[key])
    known = {f for f in ImportReport.__dataclass_fields__}
    return ImportReport(**{k: v for k, v in data.items() if k in known})
