"""The workspace's tables as SQLModel classes: the storage contract, one class per canonical table.

Every data row carries the ``import_id`` of the import that wrote it and a ``replace_key`` (the
table's natural key as text) so that a later import of the same orders/customers replaces them and
``undo`` can tell exactly which rows an import wrote. What an import replaced is kept row for row in
``<table>_replaced`` (same columns plus ``replaced_by``), which makes undo exact.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from insight.settings import SCHEMA_VERSION

metadata = SQLModel.metadata


class WorkspaceSettings(SQLModel, table=True):
    """One row (id = 1): what changes the meaning of metrics, plus the pseudonymisation key.

    Column order matters: a workspace upgraded by insight.workspace.migrations has the same columns in
    the same order as a new one (new columns go last)."""

    __tablename__ = "workspace_settings"
    id: int = Field(default=1, primary_key=True)
    default_margin: float = 1.0
    currency: str | None = None
    as_of: dt.date | None = None
    abc_a: float = 0.80
    abc_b: float = 0.95
    clv_horizon_months: int = 12
    annual_discount_rate: float = 0.10
    schema_version: int = SCHEMA_VERSION
    pseudonym_key: str | None = None
    cancellation_rule: str = Field(default="auto", sa_column_kwargs={"server_default": "auto"})
    fiscal_year_start: int | None = None
    fiscal_year_named_by: str = Field(default="end", sa_column_kwargs={"server_default": "end"})


class ImportRecord(SQLModel, table=True):
    """Import history: one row per file written (or demo table), never deleted; undo sets ``undone_at``."""

    __tablename__ = "imports"
    id: int | None = Field(default=None, primary_key=True)
    file_name: str
    content_hash: str = Field(index=True)
    table_name: str
    mapping: str = "{}"
    kind: str = "file"  # file | demo
    rows: int = 0
    replaced_rows: int = 0
    imported_at: dt.datetime
    user_host: str = ""
    undone_at: dt.datetime | None = None
    report: str = "{}"
    # the client's extra columns this import brought: JSON {name: dtype} (insight.workspace.extras)
    extras: str = Field(default="{}", sa_column_kwargs={"server_default": "{}"})


class ExtraColumn(SQLModel, table=True):
    """Registry of the stored client columns: which SQL column (``x_…``) of a data table and of its
    archive holds the client column ``name`` when its values have ``dtype`` (see insight.workspace.extras)."""

    __tablename__ = "extra_columns"
    __table_args__ = (sa.UniqueConstraint("table_name", "name", "dtype"),
                      sa.UniqueConstraint("table_name", "column_name"))
    id: int | None = Field(default=None, primary_key=True)
    table_name: str
    name: str
    dtype: str
    column_name: str


class _Tracked(SQLModel):
    # AUTOINCREMENT on SQLite: row ids are never reused, so an archived row can always be restored as it was.
    __table_args__ = {"sqlite_autoincrement": True}
    row_id: int | None = Field(default=None, primary_key=True)
    import_id: int = Field(foreign_key="imports.id", index=True)
    replace_key: str = Field(index=True)


class OrderLine(_Tracked, table=True):
    __tablename__ = "order_lines"
    order_id: str | None = None
    customer_id: str | None = None
    order_date: dt.datetime | None = None
    product_id: str | None = None
    description: str | None = None
    quantity: float | None = None
    unit_price: float | None = None
    amount: float | None = None
    unit_cost: float | None = None
    channel: str | None = None
    country: str | None = None
    line_profit: float | None = None
    line_status: str | None = None
    currency: str | None = None
    name: str | None = None


class Customer(_Tracked, table=True):
    __tablename__ = "customers"
    customer_id: str
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    status: str | None = None
    kind: str | None = None
    industry: str | None = None
    company_size: str | None = None
    age: float | None = None
    gender: str | None = None
    marital_status: str | None = None
    income_band: str | None = None
    education: str | None = None
    city: str | None = None
    country: str | None = None
    acquisition_channel: str | None = None
    acquisition_cost: float | None = None
    referred_by: str | None = None
    first_contact_date: dt.date | None = None
    contact_preference: str | None = None
    cost_to_serve: float | None = None


class CustomerAttribute(_Tracked, table=True):
    """Columns a source had beyond the canonical ones, kept per customer as text (long format)."""

    __tablename__ = "customer_attributes"
    customer_id: str
    name: str
    value: str | None = None


class SurveyResponse(_Tracked, table=True):
    __tablename__ = "survey_responses"
    customer_id: str
    response_date: dt.date | None = None
    aspect: str | None = None
    satisfaction: float | None = None
    importance: float | None = None
    nps: float | None = None
    repurchase_intent: float | None = None


class Coupon(_Tracked, table=True):
    __tablename__ = "coupons"
    coupon_id: str
    customer_id: str | None = None
    issued_at: dt.date | None = None
    redeemed_at: dt.date | None = None
    campaign: str | None = None


class Interaction(_Tracked, table=True):
    __tablename__ = "interactions"
    customer_id: str
    happened_at: dt.datetime | None = None
    kind: str | None = None
    note: str | None = None


DATA_MODELS: dict[str, type[SQLModel]] = {
    m.__tablename__: m for m in (OrderLine, Customer, CustomerAttribute, SurveyResponse, Coupon, Interaction)
}


def _archive_table(model: type[SQLModel]) -> sa.Table:
    """``<table>_replaced``: the same data columns plus the import that replaced the row."""
    source: sa.Table = model.__table__  # type: ignore[attr-defined]
    name = f"{source.name}_replaced"
    columns = [sa.Column(c.name, c.type, primary_key=c.primary_key, autoincrement=False) for c in source.columns]
    return sa.Table(
        name, metadata, *columns, sa.Column("replaced_by", sa.Integer, nullable=False),
        sa.Index(f"ix_{name}_import_id", "import_id"), sa.Index(f"ix_{name}_replaced_by", "replaced_by"),
        sa.Index(f"ix_{name}_replace_key", "replace_key"),
    )


ARCHIVES: dict[str, sa.Table] = {name: _archive_table(model) for name, model in DATA_MODELS.items()}


def data_columns(table: str) -> list[str]:
    """The data columns of a stored table (without row_id, import_id, replace_key)."""
    model = DATA_MODELS[table]
    return [c.name for c in model.__table__.columns  # type: ignore[attr-defined]
            if c.name not in ("row_id", "import_id", "replace_key")]


def all_tables() -> list[sa.Table]:
    """The workspace's tables in creation order (other SQLModel tables in the process are not ours)."""
    ours = {WorkspaceSettings.__table__, ImportRecord.__table__, ExtraColumn.__table__,  # type: ignore[attr-defined]
            *(m.__table__ for m in DATA_MODELS.values()),  # type: ignore[attr-defined]
            *ARCHIVES.values()}
    return [t for t in metadata.sorted_tables if t in ours]


# -- the DDL as text (insight.workspace.tables_sql) ---------------------------------------------------------
TABLES_SQL = "insight/workspace/tables_sql.py"


def ddl_statements(backend: str) -> list[str]:
    """What a new workspace runs on ``backend`` ("sqlite", "postgresql"): each table's CREATE TABLE, then its
    indexes by name, in creation order."""
    from sqlalchemy.engine import Dialect
    from sqlalchemy.schema import CreateIndex, CreateTable

    dialect: Dialect
    if backend == "postgresql":
        from sqlalchemy.dialects.postgresql import psycopg

        dialect = psycopg.dialect()
    else:
        from sqlalchemy.dialects import sqlite

        dialect = sqlite.dialect()
    out = []
    for table in all_tables():
        out.append(str(CreateTable(table, if_not_exists=True).compile(dialect=dialect)))
        out.extend(str(CreateIndex(index, if_not_exists=True).compile(dialect=dialect))
                   for index in sorted(table.indexes, key=lambda i: str(i.name)))
    return out


def tables_sql_source() -> str:
    """The text of insight/workspace/tables_sql.py as these classes give it (``python -m insight.workspace.models``
    writes it; tests/workspace/test_tables_sql.py checks that the file is current)."""
    from pprint import pformat

    columns = {table: tuple(data_columns(table)) for table in DATA_MODELS}
    ddl = {backend: tuple(ddl_statements(backend)) for backend in ("sqlite", "postgresql")}
    return (
        '"""GENERATED from the SQLModel classes of insight.workspace.models by `python -m insight.workspace.models`:\n'
        "do not edit. The workspace's DDL and data columns as plain text, so that creating a workspace and writing\n"
        "to one import neither SQLAlchemy nor SQLModel (issue 16); tests/workspace/test_tables_sql.py checks that this\n"
        'file is what the classes compile to."""\n\n'
        f"DATA_COLUMNS: dict[str, tuple[str, ...]] = {pformat(columns, width=116, sort_dicts=False)}\n\n"
        f"DDL: dict[str, tuple[str, ...]] = {pformat(ddl, width=116, sort_dicts=False)}\n"
    )


if __name__ == "__main__":
    from pathlib import Path

    Path(__file__).resolve().parents[2].joinpath(TABLES_SQL).write_text(tables_sql_source(), encoding="utf-8")
