"""The in-memory view of a workspace that every computation reads: canonical polars frames + settings.

A Dataset is what the workspace loads (or what ``--data FILE`` builds without a workspace). Models,
segments, metrics and the query executor take a Dataset and never touch the database themselves.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import polars as pl

from insight.schema import COUPONS, CUSTOMERS, INTEGER_ID, INTERACTIONS, SURVEY_RESPONSES, TABLES, empty_frame

if TYPE_CHECKING:
    from insight.settings import Settings


def _default_settings() -> "Settings":
    # pydantic is imported with the first Dataset, not with ``import insight.api`` (issue 16)
    from insight.settings import Settings

    return Settings()


CANONICAL_LABEL = "canonical:"  # client_labels key prefix of a canonical column's source header
FIRST_DAY_KEY = "order_lines.first_day"  # cache key: a skeleton Dataset (insight.query.streamed) sets it from the facts
SOURCE_FILE_LABEL = "source file:"  # client_labels key prefix of a workspace's imported file names


def as_date(value: object) -> dt.date | None:
    """A polars date or datetime scalar (a column's min or max) as a date, a datetime as its day; else None."""
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else None


@dataclass
class Dataset:
    """Canonical tables as polars DataFrames (columns per insight.schema) plus workspace settings.

    ``customer_id`` is Int64 when every id in the workspace is a plain integer (Online Retail, CDNOW),
    else String; it has the same dtype in every table.
    """

    order_lines: pl.DataFrame
    customers: pl.DataFrame = field(default_factory=lambda: empty_frame(CUSTOMERS))
    survey_responses: pl.DataFrame = field(default_factory=lambda: empty_frame(SURVEY_RESPONSES))
    coupons: pl.DataFrame = field(default_factory=lambda: empty_frame(COUPONS))
    interactions: pl.DataFrame = field(default_factory=lambda: empty_frame(INTERACTIONS))
    settings: Settings = field(default_factory=_default_settings)
    source: str = ""
    client_labels: dict[str, str] = field(default_factory=dict)  # client column -> the source's header
    _cache: dict = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._complete_columns()
        self._harmonise_ids()
        self._customer_columns_from_lines()

    # -- analysis date ---------------------------------------------------------------------------
    @property
    def as_of(self) -> dt.date:
        """Analysis date (Stichtag): the settings' override, else the day after the latest order_date."""
        if self.settings.as_of is not None:
            return self.settings.as_of
        latest = as_date(self.order_lines.get_column("order_date").max()) if self.order_lines.height else None
        if latest is None:
            return dt.date.today()
        return latest + dt.timedelta(days=1)

    def with_as_of(self, as_of: dt.date | None) -> "Dataset":
        """The same data analysed at another date (lines on or after it are left out by the metrics)."""
        if as_of is None or as_of == self.as_of:
            return self
        settings = self.settings.model_copy(update={"as_of": as_of})
        return Dataset(self.order_lines, self.customers, self.survey_responses, self.coupons,
                       self.interactions, settings, self.source, dict(self.client_labels))

    def with_settings(self, **changes: object) -> "Dataset":
        """The same data under other settings (a --currency given on the command line)."""
        settings = self.settings.model_copy(update=changes)
        return Dataset(self.order_lines, self.customers, self.survey_responses, self.coupons,
                       self.interactions, settings, self.source, dict(self.client_labels))

    @property
    def source_headers(self) -> dict[str, str]:
        """Canonical column → the client's header it came from ('line_status' → 'Financial Status'): the words a
        consultant uses for that column in a question. Kept in ``client_labels`` under ``canonical:<column>``."""
        return {k.removeprefix(CANONICAL_LABEL): v for k, v in self.client_labels.items()
                if k.startswith(CANONICAL_LABEL)}

    @property
    def source_files(self) -> tuple[str, ...]:
        """The names of the files a workspace's data was imported from ('faire_orders_export.csv'): a question
        may name the data by them ("an Faire gezahlt"). Kept in ``client_labels`` under ``source file:<name>``."""
        return tuple(v for k, v in self.client_labels.items() if k.startswith(SOURCE_FILE_LABEL))

    def table(self, name: str) -> pl.DataFrame:
        return getattr(self, name)

    def has(self, name: str) -> bool:
        return getattr(self, name).height > 0

    def first_order_day(self) -> dt.date | None:
        """The day of the earliest order line (None without dated lines); a planning skeleton, whose lines all
        carry the latest date, has the whole lines' first day put in its cache."""
        def build() -> dt.date | None:
            if "order_date" not in self.order_lines.columns or self.order_lines.height == 0:
                return None
            first = self.order_lines.get_column("order_date").min()
            return first.date() if isinstance(first, dt.datetime) else first  # type: ignore[return-value]
        return self.cached(FIRST_DAY_KEY, build)

    def cached(self, key: object, build):
        """Memoise derived frames (customer table, fitted models) for the lifetime of this Dataset."""
        if key not in self._cache:
            self._cache[key] = build()
        return self._cache[key]

    def _complete_columns(self) -> None:
        """Add absent canonical columns as nulls so every metric can name them (extra columns are kept)."""
        for table in TABLES.values():
            frame = getattr(self, table.name)
            missing = [pl.lit(None, dtype).alias(name) for name, dtype in table.columns.items()
                       if name not in frame.columns]
            if missing:
                setattr(self, table.name, frame.with_columns(missing))
        lines = self.order_lines
        if lines.height and lines.get_column("product_id").null_count() == lines.height and \
                lines.get_column("description").null_count() < lines.height:
            # products named only by their description (an eBay or shop export's 'Artikelbezeichnung', 'Item Name'):
            # the description is the product's identity, so "Umsatz nach Artikel" groups by it (docs/import.md)
            self.order_lines = lines.with_columns(product_id=pl.col("description").cast(lines.schema["product_id"]))

    def client_columns(self, table: str) -> list[str]:
        """The client's own columns of a table (beyond the canonical ones), in source order."""
        canonical = TABLES[table].columns
        return [c for c in getattr(self, table).columns if c not in canonical]

    def _customer_columns_from_lines(self) -> None:
        """Customer attributes that sit on order lines become columns of ``customers`` too: the name
        (metrics.md: 'Customer Name' is a customer attribute) and every client column whose value is
        constant per customer (its grain is the customer). The lines keep them as well."""
        lines = self.order_lines
        if lines.height == 0 or "customer_id" not in lines.columns:
            return
        have_name = lines.get_column("name").null_count() < lines.height
        candidates = self.client_columns("order_lines")
        if not have_name and not candidates:
            return
        # lazily: only the columns needed are touched (a filter of the whole frame copies every column)
        attributed = lines.lazy().filter(pl.col("customer_id").is_not_null())
        constant = []
        if candidates:
            spread = attributed.group_by("customer_id").agg(pl.col(candidates).drop_nulls().n_unique()).select(
                pl.col(candidates).max()).collect()
            if spread.height == 0:
                return
            constant = [c for c in candidates if (spread.item(0, c) or 0) <= 1]
        cols = (["name"] if have_name else []) + constant
        if not cols:
            return
        per = attributed.group_by("customer_id", maintain_order=True).agg(
            pl.col(c).drop_nulls().first() for c in cols).collect()
        if per.height == 0:
            return
        per = per.rename({c: f"_l_{c}" for c in cols})
        customers = self.customers
        if customers.height == 0:
            base = per.select("customer_id")
            customers = base.with_columns(pl.lit(None, dtype).alias(n) for n, dtype in CUSTOMERS.columns.items()
                                          if n != "customer_id").select(list(CUSTOMERS.columns))
            customers = customers.with_columns(pl.col("customer_id").cast(per.schema["customer_id"]))
        else:
            missing = per.join(customers.select("customer_id"), on="customer_id", how="anti").select("customer_id")
            if missing.height:
                customers = pl.concat([customers, missing], how="diagonal_relaxed")
        joined = customers.join(per, on="customer_id", how="left", maintain_order="left")
        fills = [pl.coalesce(pl.col(c), pl.col(f"_l_{c}")).alias(c) if c in customers.columns
                 else pl.col(f"_l_{c}").alias(c) for c in cols]
        self.customers = joined.with_columns(fills).drop([f"_l_{c}" for c in cols])

    # -- ids -------------------------------------------------------------------------------------
    def _harmonise_ids(self) -> None:
        names = ("order_lines", "customers", "survey_responses", "coupons", "interactions")
        frames = {n: getattr(self, n) for n in names}
        # distinct ids only: a million order lines carry a few thousand customers; integer ids are not even
        # looked at (ids typed by the reader, issue 16: the distinct pass cost 0.35 CPU s at 10M lines)
        ids = [f.get_column("customer_id") for f in frames.values() if "customer_id" in f.columns and f.height]
        as_int = bool(ids) and all(
            s.dtype.is_integer() or s.drop_nulls().unique().cast(pl.String).str.contains(INTEGER_ID).all()
            for s in ids
        )
        target = pl.Int64 if as_int else pl.String
        for name, frame in frames.items():
            if "customer_id" in frame.columns and frame.schema["customer_id"] != target:
                casted = frame.with_columns(pl.col("customer_id").cast(pl.String).cast(target))
                setattr(self, name, casted)
