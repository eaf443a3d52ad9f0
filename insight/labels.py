"""The one catalogue of the built-in values people see, in German and English (``labels.toml``, read once).

Tables and JSON keep canonical (English) values; a German answer shows their German labels in its text,
table and chart (shared/spec/metrics.md, "Labels"). Only values listed in the catalogue are relabelled,
so the client's own values stay as the client wrote them.

>>> value_label("channel", "shop", "de"), value_label("channel", "shop", "en"), value_label("channel", "Etsy", "de")
('Filiale', 'shop', 'Etsy')
>>> german("stage")["prospect"]
'Interessent'
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import polars as pl

from insight.language import Language
from insight.messages import say

_FILE = Path(__file__).with_name("labels.toml")


_ISO_FILE = Path(__file__).with_name("iso_countries.txt")


@cache
def iso_countries() -> tuple[tuple[str, str, str, tuple[str, ...]], ...]:
    """(lower-case ISO code, English name, German name, other English spellings) per country
    (``iso_countries.txt``): the German labels of country values, the names a question may use for a country and
    the codes a data set may hold instead of names all come from this one table."""
    rows = (line.split("|") for line in _ISO_FILE.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#"))
    return tuple((code.lower(), en, de, tuple(more)) for code, en, de, *more in rows)


@cache
def _catalogue() -> tuple[MappingProxyType[str, MappingProxyType[str, str]], dict[str, str]]:
    data = tomllib.loads(_FILE.read_text(encoding="utf-8"))
    same_as: dict[str, str] = data.pop("same_as", {})
    # every ISO country under each English spelling; labels.toml's own spellings ('EIRE', 'RSA') beside them
    iso = {name: de for _, en, de, more in iso_countries() for name in (en, *more)}
    data["country"] = {**iso, **data.get("country", {})}
    tables = MappingProxyType({column: MappingProxyType(dict(values)) for column, values in data.items()})
    return tables, same_as


def german(column: str) -> MappingProxyType[str, str]:
    """Canonical value → German label for ``column`` (empty for a column the catalogue does not know)."""
    tables, same_as = _catalogue()
    return tables.get(same_as.get(column, column), MappingProxyType({}))


def value_label(column: str, value: object, lang: Language) -> str:
    """One value of ``column`` as a reader of ``lang`` sees it: the German label in German, the canonical
    value in English; a missing value is named, never 'None'; 37.0 reads as 37."""
    if value is None:
        return say("value_not_given", lang)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    text = str(value)
    return german(column).get(text, text) if lang == "de" else text


def label_frame(frame: pl.DataFrame, lang: Language) -> pl.DataFrame:
    """``frame`` with the catalogue's values of its text columns labelled in ``lang`` (German; English
    shows canonical values, so the frame is returned as it is)."""
    if lang != "de" or not frame.width:
        return frame
    labelled: list[Any] = []
    for name, dtype in frame.schema.items():
        mapping = {k: v for k, v in german(name).items() if k != v}
        if mapping and dtype == pl.String:
            labelled.append(pl.col(name).replace(mapping))
    return frame.with_columns(labelled) if labelled else frame


def label_expr(column: str, lang: Language) -> pl.Expr:
    """``column`` labelled in ``lang``: the German label where the catalogue has one, else the value as it is."""
    expr = pl.col(column)
    return expr.replace(dict(german(column))) if lang == "de" else expr
