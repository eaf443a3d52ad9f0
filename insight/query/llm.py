"""Optional LLM planner: an OpenAI-compatible chat endpoint fills the QueryPlan, nothing more.

The model receives the semantic model (metric and dimension names, synonyms, definitions), the plan's
JSON schema, the analysis date and the question; never data rows or dimension values. Its answer
must be one JSON object that validates as a QueryPlan exactly like the parser's output, with every
filter value found in the data's value index; anything else (network error, timeout, prose, unknown
names) returns None and the offline parser's plan is used. Refusals happen before the LLM is asked.
Standard library only (urllib), so no dependency is added.
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from dataclasses import dataclass
from functools import lru_cache

from pydantic import ValidationError

from insight.dataset import Dataset
from insight.query.plan import Filter, QueryPlan
from insight.semantic import SEMANTIC_MODEL, fold, value_index

_SKIP_FIELDS = {"issues", "options", "status", "explain"}


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
                     + json.dumps(previous.to_json(), separators=(",", ":")))
    return "\n\n".join(parts)


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

    @classmethod
    def from_env(cls) -> "LLMPlanner | None":
        url = os.environ.get("INSIGHT_LLM_URL")
        return cls(url=url, model=os.environ.get("INSIGHT_LLM_MODEL", "default")) if url else None

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
        request = urllib.request.Request(_endpoint(self.url), data=body, method="POST",
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310 - user-configured URL
                reply = json.loads(response.read().decode("utf-8"))
            content = reply["choices"][0]["message"]["content"]
            raw = _extract_json(content)
        except (urllib.error.URLError, OSError, ValueError, KeyError, IndexError, TypeError):
            return None
        return validate(raw, ds, language)


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
    if plan.intent == "unknown":
        return None
    index = value_index(ds)
    filters = []
    for f in plan.filters:
        values = []
        for v in f.values:
            if f.dimension in ("customer_id", "product_id"):
                values.append(v)
                continue
            hits = [val for dim, val in index.get(fold(str(v)), []) if dim == f.dimension]
            if not hits:
                return None
            values.append(hits[0])
        filters.append(Filter(dimension=f.dimension, op=f.op, values=tuple(values)))
    return plan.model_copy(update={"filters": tuple(filters), "status": "ok"})
