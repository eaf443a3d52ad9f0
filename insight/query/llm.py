"""Optional LLM planner: an OpenAI-compatible chat endpoint fills the QueryPlan, nothing more.

The model receives the semantic model (metric and dimension names, synonyms, definitions), the plan's
JSON schema, the analysis date and the question; never data rows or dimension values. Its answer
must be one JSON object that validates as a QueryPlan exactly like the parser's output, with every
filter value found in the data's value index; anything else (network error, timeout, prose, unknown
names, ids not in the data, implausible limits or dates, a reply over 1 MiB or later than ``timeout``
seconds in total) returns None and the offline parser's plan is used. Refusals happen before the LLM is
asked. A follow-up sends the previous plan without its filter values. Standard library only
(http.client), so no dependency is added.
"""

from __future__ import annotations

import datetime as dt
import http.client
import json
import threading
import time
import urllib.parse
from dataclasses import dataclass
from functools import lru_cache

from pydantic import ValidationError

from insight.dataset import Dataset
from insight.query.plan import Filter, QueryPlan
from insight.semantic import SEMANTIC_MODEL, fold, value_index

_SKIP_FIELDS = {"issues", "options", "status", "explain"}
MAX_REPLY = 1 << 20        # bytes: a plan is a few hundred; anything bigger is not a plan
MAX_FILTER_VALUES = 50     # values in one filter: a question names a handful, never 200,000


@lru_cache(maxsize=1)
def model_card() -> str:
    """The semantic model as compact text for the prompt (names, synonyms, one-line definitions)."""
    lines = ["METRICS (name: definition | synonyms):"]
    for m in SEMANTIC_MODEL.metrics.values():
        syn = ", ".join(dict.fromkeys([m.label_en, m.label_de, *m.synonyms_en[:4], *m.synonyms_de[:4]]))
        lines.append(f"- {m.name}: {m.definition_en} | {syn}")
    lines.append("DIMENSIONS (name | synonyms):")
    for d in SEMANTIC_MODEL.dimensions.values():
        syn = ", ".join(dict.fromkeys([d.label_en, d.label_de, *d.synonyms_en[:3], *d.synonyms_de[:3]]))
        lines.append(f"- {d.name} | {syn}")
    return "\n".join(lines)


def system_prompt(as_of: str, previous: QueryPlan | None) -> str:
    schema = QueryPlan.model_json_schema()
    for name in _SKIP_FIELDS:
        schema.get("properties", {}).pop(name, None)
    parts = [
        "You translate a German or English question about customer/order data into ONE JSON object, a query "
        "plan following this JSON schema. Output only the JSON object, no prose. Use only the metric and "
        "dimension names listed. Filter values are written in canonical English as the user names them "
        "(e.g. country 'Germany' for 'Deutschland'). Time windows are [start, end) ISO dates resolved against "
        f"the analysis date {as_of}: 'last quarter' is the last complete calendar quarter before it, 'last N "
        "days' is [date - N days, date). Rankings use intent 'rank' with top_n and order 'desc'. Trends use "
        "intent 'trend' with grain and group_by [grain].",
        "SCHEMA: " + json.dumps(schema, separators=(",", ":")),
        model_card(),
    ]
    if previous is not None:
        parts.append("PREVIOUS PLAN (the question may be a follow-up that changes it): "
                     + json.dumps(_without_values(previous), separators=(",", ":")))
    return "\n\n".join(parts)


def _without_values(plan: QueryPlan) -> dict:
    """The previous plan as sent: dimension values and customer ids are data, so they stay here (the
    model sees which dimension was filtered, not by what)."""
    out = plan.to_json()
    out["filters"] = [{"dimension": f.dimension, "op": f.op, "values": ["<value>"]} for f in plan.filters]
    out.pop("customer_id", None)
    compare = plan.compare
    if compare is not None and isinstance(compare.a, Filter) and isinstance(compare.b, Filter):  # A vs B by values
        out["compare"] = {side: {"dimension": f.dimension, "values": ["<value>"]}
                          for side, f in (("a", compare.a), ("b", compare.b))}
    return out


def _endpoint(url: str) -> str:
    url = url.rstrip("/")
    if url.endswith("/chat/completions"):
        return url
    if url.endswith("/v1"):
        return url + "/chat/completions"
    return url + "/v1/chat/completions"


def _extract_json(text: str) -> dict:
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end <= start:
        raise ValueError("no JSON object in the reply")
    return json.loads(text[start:end + 1])


@dataclass
class LLMPlanner:
    """Ask an OpenAI-compatible server for a plan; None on any failure (the caller falls back)."""

    url: str
    model: str = "default"
    timeout: float = 20.0

    def request_body(self, question: str, ds: Dataset, previous: QueryPlan | None = None) -> dict:
        return {
            "model": self.model,
            "temperature": 0,
            "response_format": {"type": "json_object"},
            "messages": [
                {"role": "system", "content": system_prompt(ds.as_of.isoformat(), previous)},
                {"role": "user", "content": question},
            ],
        }

    def plan(self, question: str, ds: Dataset, language: str = "en",
             previous: QueryPlan | None = None) -> QueryPlan | None:
        body = json.dumps(self.request_body(question, ds, previous)).encode("utf-8")
        data = _post(_endpoint(self.url), body, self.timeout)
        if data is None:
            return None
        try:  # the reply is untrusted: any shape (non-string content, 100,000 nested brackets) falls back
            reply = json.loads(data.decode("utf-8"))
            content = reply["choices"][0]["message"]["content"]
            if not isinstance(content, str):
                return None
            return validate(_extract_json(content), ds, language)
        except (ValueError, KeyError, IndexError, TypeError, AttributeError, RecursionError):
            return None


def _post(url: str, body: bytes, timeout: float) -> bytes | None:
    """POST and read the reply within ``timeout`` seconds *in total* (a server that drips one byte at a
    time is cut off too) and at most MAX_REPLY bytes; None on any failure."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    kind = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    try:
        conn = kind(parts.hostname, parts.port, timeout=timeout)
    except (ValueError, OSError):
        return None
    result: list[bytes | None] = [None]
    deadline = time.monotonic() + timeout

    def work() -> None:
        try:
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            conn.request("POST", path or "/", body=body, headers={"Content-Type": "application/json"})
            response = conn.getresponse()
            if response.status != 200 or int(response.headers.get("Content-Length") or 0) > MAX_REPLY:
                return
            chunks: list[bytes] = []
            size = 0
            while time.monotonic() < deadline:
                chunk = response.read1(65536)
                if not chunk:
                    result[0] = b"".join(chunks)
                    return
                size += len(chunk)
                if size > MAX_REPLY:
                    return
                chunks.append(chunk)
        except Exception:  # noqa: BLE001 - network or protocol failure: the offline parser answers
            return

    worker = threading.Thread(target=work, name="insight-llm", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():  # the wall-clock limit: close the socket so the worker ends too
        try:
            if conn.sock is not None:
                conn.sock.shutdown(2)
        except OSError:
            pass
    conn.close()
    return result[0]


def validate(raw: dict, ds: Dataset, language: str) -> QueryPlan | None:
    """The plan if it is valid and every filter value exists in the data (mapped to its canonical
    spelling through the value index), else None."""
    if not isinstance(raw, dict):
        return None
    raw = {k: v for k, v in raw.items() if k not in _SKIP_FIELDS}
    raw["language"] = language
    try:
        plan = QueryPlan.model_validate(raw)
    except (ValidationError, ValueError, TypeError):
        return None
    if plan.intent == "unknown" or not _plausible(plan, ds):
        return None
    index = value_index(ds)
    filters = []
    for f in plan.filters:
        if len(f.values) > MAX_FILTER_VALUES:
            return None
        values = []
        for v in f.values:
            if f.dimension in ("customer_id", "product_id"):
                found = _id_in_data(ds, f.dimension, v)
                if found is None:
                    return None
                values.append(found)
                continue
            hits = [val for dim, val in index.get(fold(str(v)), []) if dim == f.dimension]
            if not hits:
                return None
            values.append(hits[0])
        filters.append(Filter(dimension=f.dimension, op=f.op, values=tuple(values)))
    if plan.customer_id is not None:
        found = _id_in_data(ds, "customer_id", plan.customer_id)
        if found is None:
            return None
        plan = plan.model_copy(update={"customer_id": found})
    return plan.model_copy(update={"filters": tuple(filters), "status": "ok"})


def _data_range(ds: Dataset) -> tuple[dt.date, dt.date] | None:
    days = ds.order_lines.get_column("order_date").drop_nulls()
    if days.len() == 0:
        return None
    first, last = days.min(), days.max()
    as_date = lambda v: v.date() if isinstance(v, dt.datetime) else v  # noqa: E731
    return as_date(first), as_date(last)


def _plausible(plan: QueryPlan, ds: Dataset) -> bool:
    """Fields the schema alone lets through but no question means: an inactivity date outside the data,
    a top percentage that rounds to nothing, a window wholly outside the plausible dates."""
    from insight.io.bounds import DATE_MAX, DATE_MIN

    if plan.population.top_percent is not None and not 0.01 <= plan.population.top_percent < 100:
        return False
    for day in (plan.window.start, plan.window.end):
        if day is not None and not DATE_MIN <= day <= DATE_MAX + dt.timedelta(days=1):
            return False
    if plan.population.inactive_since is not None:
        span = _data_range(ds)
        if span is None or not span[0] < plan.population.inactive_since <= max(ds.as_of, span[1]):
            return False
    return True


def _id_in_data(ds: Dataset, column: str, value: object) -> object | None:
    """``value`` as the data spells it, when some order line (or customer) has it; else None."""
    frames = [ds.order_lines, ds.customers] if column == "customer_id" else [ds.order_lines]
    for frame in frames:
        if column not in frame.columns or frame.height == 0:
            continue
        s = frame.get_column(column)
        try:
            probe = int(str(value).strip()) if s.dtype.is_integer() else str(value).strip()
        except ValueError:
            continue
        if bool((s == probe).any()):
            return probe
    return None
