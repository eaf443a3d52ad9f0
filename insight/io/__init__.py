"""Input/output: importers, workspace storage and the built-in demo data.

The importer turns a path (CSV/TSV/text, Excel, Parquet) or a polars frame into one canonical table:

>>> from insight.io import read_table
>>> mapped = read_table(Path("orders.csv"))          # doctest: +SKIP
>>> mapped.table, mapped.frame.columns[:3], mapped.notes   # doctest: +SKIP

See docs/import.md for the detection rules.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import TYPE_CHECKING, Any

import polars as pl

if TYPE_CHECKING:
    from insight.io.canonical import MappedTable
    from insight.io.mapping import parse_mapping_option

__all__ = ["MappedTable", "map_frame", "parse_mapping_option", "read_table"]


def __getattr__(name: str) -> Any:
    """The importer (insight.io.canonical, .mapping) loads with its first use, not with the package: a question
    answered from the ``--data`` cache (insight.io.cache) or a workspace's columnar copy reads no file (issue 16)."""
    if name == "MappedTable":
        from insight.io.canonical import MappedTable

        return MappedTable
    if name == "parse_mapping_option":
        from insight.io.mapping import parse_mapping_option

        return parse_mapping_option
    raise AttributeError(f"module 'insight.io' has no attribute {name!r}")


def read_table(path: Path, table: str | None = None, mapping: dict[str, str] | None = None,
               typed_ids: bool = False, needed: Collection[str] | None = None) -> MappedTable:
    """Read one file into one canonical table (guessed from the headers when ``table`` is None).

    ``mapping`` (source header → canonical column, source side case/punctuation-insensitive) overrides
    the built-in synonyms. Raises InputError (one line) for anything that cannot be read or mapped.
    ``typed_ids``: integer customer ids as Int64, for a Dataset; ``needed``: the canonical columns the caller
    reads (``insight.io.canonical.build``).
    """
    from insight.io.canonical import build
    from insight.io.read import read_raw

    path = Path(path)
    raw = read_raw(path)
    return build(raw.frame, table, mapping, str(path), raw.content_hash, raw.notes, raw.decimal_comma,
                 raw.row_numbers, typed_ids, needed)


def map_frame(frame: pl.DataFrame, table: str | None = None, mapping: dict[str, str] | None = None,
              source: str = "<frame>") -> MappedTable:
    """Map an in-memory frame (any headers, any dtypes) onto a canonical table, like ``read_table``."""
    from insight.io.canonical import build, frame_hash

    return build(frame, table, mapping, source, frame_hash(frame), [])
