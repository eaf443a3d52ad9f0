"""One JSON object on one line (no typer, no polars: the fast path of `insight ask --json` uses it too)."""

from __future__ import annotations

import json
from typing import Any


def one_line_json(payload: Any) -> str:
    """JSON on exactly one line: U+2028/U+2029 are valid inside JSON strings but split the line for readers
    that treat them as line breaks (Python's splitlines, older JavaScript), so they are escaped."""
    text = json.dumps(payload, ensure_ascii=False, indent=None)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
