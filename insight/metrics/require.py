"""One-sentence MissingInputError (a MissingDataError) when a metric needs a table or column the data lacks (metrics.md)."""

from __future__ import annotations

from collections.abc import Iterable

from insight.dataset import Dataset
from insight.errors import MissingInputError
from insight.schema import TABLES


def has_column(ds: Dataset, table: str, column: str) -> bool:
    """The table has the column with at least one non-null value."""
    frame = ds.table(table)
    return frame.height > 0 and column in frame.columns and frame.get_column(column).null_count() < frame.height


def require_columns(ds: Dataset, table: str, columns: Iterable[str], purpose: str) -> None:
    """Raise MissingDataError naming the missing table or column; ``purpose`` says what needed it."""
    frame = ds.table(table)
    label = TABLES[table].label_de if table in TABLES else table
    if frame.height == 0:
        raise MissingInputError(
            f"{purpose} needs the '{table}' table ({label}), which this data does not have; "
            f"import a {table} file into the workspace"
        )
    for column in columns:
        if not has_column(ds, table, column):
            raise MissingInputError(
                f"{purpose} needs the column '{column}' in the '{table}' table ({label}), which is missing or empty"
            )
