"""Built-in customer attributes a client's own columns imply: the age at the analysis date from a birth-date
column ('Geburtsdatum', 'Date of Birth', 'DOB') or a birth year ('Geburtsjahr', 'Year of Birth': the analysis
year minus the birth year) where the data has no age, so that 'jünger als 30' or
'average age' are answered from the client's data instead of being asked back."""

from __future__ import annotations

import dataclasses

import polars as pl

from insight.dataset import Dataset
from insight.metrics.grouped import as_dates
from insight.semantic.text import fold
from insight.query import lazy_re

_BIRTH = lazy_re.compile(r"(?:geburt|birth|\bdob\b|\bborn\b|geboren)")


def with_derived_ages(ds: Dataset) -> Dataset:
    """``ds`` with ``customers.age`` (whole years at the analysis date) filled from one birth-date column,
    when the age is empty and exactly one client column of the customers holds birth dates; else ``ds``."""
    customers = ds.customers
    if customers.height == 0 or customers.get_column("age").null_count() < customers.height:
        return ds
    found = [c for c in ds.client_columns("customers") if _BIRTH.search(fold(c.replace("_", " ")))]
    if len(found) != 1:
        return ds
    column = found[0]
    values = customers.get_column(column)
    day = ds.as_of
    if values.dtype.is_integer():  # a birth year ('Geburtsjahr' 1952, 'Year of Birth'): the age the person turns
        years = values.drop_nulls()  # in the analysis date's year
        if years.len() == 0 or int(years.min()) < 1850 or int(years.max()) > day.year:  # type: ignore[arg-type]
            return ds
        age = pl.lit(day.year) - pl.col(column).cast(pl.Int32)
        return dataclasses.replace(ds, customers=customers.with_columns(age.cast(pl.Float64).alias("age")), _cache={})
    born = pl.col(column).cast(pl.Date) if values.dtype.is_temporal() else as_dates(pl.col(column).cast(pl.String))
    read = customers.select(born.alias("b")).get_column("b")
    if read.null_count() > values.null_count():  # not every filled value is a day: not a birth-date column
        return ds
    month_day = born.dt.month().cast(pl.Int32) * 100 + born.dt.day().cast(pl.Int32)  # Int8 would overflow
    age = pl.lit(day.year) - born.dt.year().cast(pl.Int32) - (month_day > day.month * 100 + day.day).cast(pl.Int32)
    return dataclasses.replace(ds, customers=customers.with_columns(age.cast(pl.Float64).alias("age")), _cache={})
