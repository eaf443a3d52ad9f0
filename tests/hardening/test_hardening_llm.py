"""Issue 17, item 6: the LLM client against a small hostile OpenAI-compatible server on 127.0.0.1 — a hard
wall-clock limit, a reply-size cap, fallback on odd replies, every plan field checked against the data,
and no previous filter values in the request."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from insight.api import load_file
from insight.query import Session
from insight.query.llm import MAX_REPLY, LLMPlanner

REVENUE = {"intent": "metric", "metrics": ["revenue"]}


class Hostile:
    """Replies per ``self.mode``: 'plan' (``self.content`` as the message content), 'drip' (one byte a
    second, forever), 'huge' (more than MAX_REPLY bytes), 'raw' (``self.body`` verbatim)."""

    def __init__(self) -> None:
        self.mode, self.content, self.body = "plan", json.dumps(REVENUE), b""
        self.requests: list[dict] = []
        self.stop = threading.Event()
        hostile = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server API
                length = int(self.headers.get("Content-Length", 0))
                hostile.requests.append(json.loads(self.rfile.read(length)))
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                try:
                    if hostile.mode == "drip":
                        while not hostile.stop.is_set():
                            self.wfile.write(b" ")
                            self.wfile.flush()
                            time.sleep(0.2)
                    elif hostile.mode == "huge":
                        block = b" " * 65536
                        for _ in range(MAX_REPLY // len(block) + 4):
                            self.wfile.write(block)
                    elif hostile.mode == "raw":
                        self.wfile.write(hostile.body)
                    else:
                        message = {"role": "assistant", "content": hostile.content}
                        self.wfile.write(json.dumps({"choices": [{"message": message}]}).encode())
                except OSError:
                    pass

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.stop.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture()
def hostile():
    server = Hostile()
    yield server
    server.close()


@pytest.fixture()
def ds(tmp_path):
    path = tmp_path / "orders.csv"
    path.write_text("order_id,customer_id,order_date,amount,country\n1,10,2011-01-05,100,Germany\n"
                    "2,11,2011-02-05,50,France\n3,10,2010-03-05,30,Germany\n")
    return load_file(path)


def _plan(hostile, ds, timeout=2.0, **kw):
    return LLMPlanner(url=hostile.url, model="fake", timeout=timeout).plan("Umsatz", ds, **kw)


def test_a_valid_plan_is_used(hostile, ds):
    assert _plan(hostile, ds).metrics == ("revenue",)


def test_a_dripping_server_is_cut_off_by_the_wall_clock(hostile, ds):
    hostile.mode = "drip"
    started = time.monotonic()
    assert _plan(hostile, ds, timeout=1.0) is None
    assert time.monotonic() - started < 3.0


def test_a_reply_over_the_size_cap_is_dropped(hostile, ds):
    hostile.mode = "huge"
    assert _plan(hostile, ds) is None


@pytest.mark.parametrize("content", [None, 42, ["{}"], {"intent": "metric"}])
def test_non_string_content_falls_back(hostile, ds, content):
    hostile.content = content
    assert _plan(hostile, ds) is None


@pytest.mark.parametrize("body", [b"[" * 100_000 + b"]" * 100_000, b"{\"choices\": 1}", b"\xff\xfe",
                                  json.dumps({"choices": [{"message": {"content": "{\"a\":" * 50_000}}]}).encode()])
def test_odd_bodies_fall_back(hostile, ds, body):
    hostile.mode, hostile.body = "raw", body
    assert _plan(hostile, ds) is None


def test_deeply_nested_plan_content_falls_back(hostile, ds):
    hostile.content = "{\"intent\": " + "[" * 100_000 + "]" * 100_000 + "}"
    assert _plan(hostile, ds) is None


@pytest.mark.parametrize("plan", [
    {**REVENUE, "filters": [{"dimension": "customer_id", "values": ["1' OR '1'='1"]}]},
    {**REVENUE, "filters": [{"dimension": "customer_id", "values": [str(i) for i in range(200_000)]}]},
    {**REVENUE, "filters": [{"dimension": "product_id", "values": ["NOPE"]}]},
    {**REVENUE, "filters": [{"dimension": "country", "values": ["Atlantis"]}]},
    {**REVENUE, "customer_id": "99999"},
    {"intent": "metric", "metrics": ["customers"], "inactive_since": "9999-12-31"},
    {"intent": "metric", "metrics": ["customers"], "inactive_since": "1901-01-01"},
    {"intent": "rank", "metrics": ["revenue"], "top_percent": 1e-300, "group_by": ["customer_id"]},
    {**REVENUE, "window": {"kind": "range", "start": "0001-01-01", "end": "9999-12-31"}},
])
def test_implausible_plans_are_refused(hostile, ds, plan):
    hostile.content = json.dumps(plan)
    assert _plan(hostile, ds) is None


def test_ids_in_the_data_are_accepted(hostile, ds):
    hostile.content = json.dumps({**REVENUE, "filters": [{"dimension": "customer_id", "values": ["10"]}]})
    plan = _plan(hostile, ds)
    assert plan is not None and plan.filters[0].values == (10,)


def test_the_previous_plans_filter_values_are_never_sent(hostile, ds):
    hostile.content = "no plan"
    session = Session(ds, llm=LLMPlanner(url=hostile.url, model="fake", timeout=2.0))
    session.ask("Umsatz in Frankreich")
    assert session.last_plan.filters and session.last_plan.filters[0].values == ("France",)
    session.ask("und 2010?")
    sent = json.dumps(hostile.requests[-1])
    assert "PREVIOUS PLAN" in sent and "France" not in sent and "country" in sent


def test_a_compared_pair_of_values_is_not_sent_either(hostile, ds):
    hostile.content = "no plan"
    session = Session(ds, llm=LLMPlanner(url=hostile.url, model="fake", timeout=2.0))
    session.ask("Umsatz Frankreich vs Deutschland")
    session.ask("und 2010?")
    previous = hostile.requests[-1]["messages"][0]["content"].split("PREVIOUS PLAN")[1]
    assert "country" in previous and "France" not in previous and "Germany" not in previous
