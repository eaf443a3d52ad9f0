"""The body of `insight ask`, without typer: the typer command (insight.cli.ask_cmds) and the fast path of a
scripted `insight ask Q --json` (insight.cli._fast) run the same code (issue 16: a cold question should not pay
for building the whole command-line app).

Output goes through ``emit`` (``typer.echo`` from the typer command; a plain write of the line and a flush from
the fast path, which only takes ``--json``: one JSON line with no escape sequences, so nothing differs).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable

from insight.cli._jsonline import one_line_json
from insight.sanitize import one_line

def _session(data, workspace, as_of, llm, llm_model):
    from insight.api import load

    ds = _load_overlapped(lambda: load(data, workspace, as_of), data, workspace)
    from insight.query import Session

    planner = None
    if llm:
        from insight.query.llm import LLMPlanner

        planner = LLMPlanner(url=llm, model=llm_model or "default")
    return Session(ds, llm=planner)


def _load_overlapped(load, data, workspace):
    """The data, read while the query engine is imported (insight.cli._overlap); a workspace only when it is
    an existing SQLite file (a new one, or PostgreSQL, would import its drivers in the worker)."""
    from pathlib import Path

    from insight.cli._overlap import FILE_NEEDS, WORKSPACE_NEEDS, load_while_importing

    if data is not None:
        return load_while_importing(load, ("insight.query",), FILE_NEEDS)
    from insight.workspace.backend import default_location, is_postgres

    location = workspace or default_location()
    try:
        existing = not is_postgres(location) and Path(location).expanduser().is_file()
    except OSError:
        existing = False
    if not existing:
        return load()
    return load_while_importing(load, ("insight.query",), WORKSPACE_NEEDS)


def _streams(data, stream: bool) -> bool:
    """Whether ``ask --data`` answers from a streamed scan: asked for, or a Parquet file that the memory guard
    would refuse to read whole (insight.io.memory)."""
    if data is None:
        if stream:
            from insight.errors import UsageError

            raise UsageError("--stream answers from a --data Parquet file; a workspace is read through its "
                             "columnar copy")
        return False
    if stream:
        return True
    from pathlib import Path

    from insight.io.memory import SHARE, available_bytes, estimate

    path = Path(data)
    if path.suffix.lower() not in (".parquet", ".pq") or not path.is_file():
        return False
    free = available_bytes()
    return free is not None and estimate(path, ".parquet", path.stat().st_size, str(path)) > SHARE * free


def _streamed_answer(question, data, as_of):
    """The answer from insight.query.streamed, with --map, --currency and --as-of applied."""
    from insight import api
    from insight.query.streamed import answer, streamed_dataset

    options = api._DATA_OPTIONS.get()  # --map / --currency of this command (api.data_options)
    day = api.parse_date(as_of) if as_of else None
    ds = streamed_dataset(data, options.get("mapping"), day, options.get("currency"))
    return answer(question, ds)


def _pruned_answer(question, workspace, as_of):
    """The answer from the columnar copy's order lines, read only for the columns its query needs, when the
    workspace has a current copy with a skeleton and the question needs only line metrics
    (insight.workspace.columnar, insight.query.streamed); else None, and the whole workspace is loaded."""
    from pathlib import Path

    from insight.workspace.backend import default_location, is_postgres

    location = workspace or default_location()
    try:
        if is_postgres(location) or not Path(location).expanduser().is_file():
            return None
    except OSError:
        return None
    import polars as pl

    from insight import api

    got = api.open_workspace(location).load_planning()
    if got is None:
        return None  # before the query engine is imported: the whole load overlaps with that import
    from insight.query.streamed import plan_for, with_lazy_lines

    ds, facts, lines = got
    currency = api._DATA_OPTIONS.get().get("currency")  # --currency of this command (api.data_options)
    if currency:
        ds = ds.with_settings(currency=currency.strip().upper())
    ds = ds.with_as_of(api.parse_date(as_of) if as_of else None)
    ds = with_lazy_lines(ds, pl.scan_parquet(lines), facts, facts["c_prefix"], tuple(facts["cancelled_values"]))
    try:
        session, _plan, why = plan_for(question, ds)
        return None if why is not None else session.ask(question)
    except FileNotFoundError:  # the copy removed meanwhile (another version's build, `insight cache clear`)
        return None


def _cached_answer(question, data, as_of):
    """The answer from the cached canonical copy of a ``--data`` file (insight.io.cache), read only for the
    columns its query needs, when the copy has a skeleton and the question needs only line metrics (planned as
    ``_pruned_answer`` plans on a workspace's copy); else None, and the file is loaded (from the copy when there
    is one, see api.load_file)."""
    from insight.io import cache

    from insight import api

    options = api._DATA_OPTIONS.get()  # --map / --currency of this command (api.data_options)
    entry = cache.lookup(data, options.get("mapping"), cache.date_order())
    if entry is None or entry.meta.get("table") != "order_lines":
        return None
    try:
        got = entry.planning()
    except Exception:  # noqa: BLE001 - removed meanwhile, damaged: the whole load instead
        return None
    if got is None:
        return None
    import polars as pl

    from insight.dataset import Dataset
    from insight.metrics.conventions import won_only

    skeleton, facts = got
    ds = Dataset(order_lines=skeleton, source=str(data), client_labels=dict(entry.meta["labels"]))
    if won_only(ds):  # a deal pipeline counts won lines only: the ordinary path (_lazy_line_metrics)
        return None
    currency = options.get("currency")
    if currency:
        ds = ds.with_settings(currency=currency.strip().upper())
    ds = ds.with_as_of(api.parse_date(as_of) if as_of else None)
    from insight.query.streamed import plan_for, with_lazy_lines

    ds = with_lazy_lines(ds, pl.scan_parquet(entry.lines), facts, facts["c_prefix"],
                         tuple(facts["cancelled_values"]))
    try:
        session, _plan, why = plan_for(question, ds)
        return None if why is not None else session.ask(question)
    except FileNotFoundError:  # the copy removed meanwhile (another version's build, `insight cache clear`)
        return None


def _lazy_line_metrics(session, question: str) -> None:
    """For the one question of ``ask --data``: when its plan needs only line metrics (the plans the
    columnar and streamed paths answer, insight.query.streamed.supported), the prepared lines go into the
    Dataset's cache as a lazy frame, not collected, so polars computes only the columns and rows the
    question's query reads (issue 16). Same rules, same values: this is ``prepare()`` on the same lines, which
    ``metrics.lines.prepared_lines`` would have collected whole. Lines that the preparation changes first
    (a second status column, credit notes, the client's own columns) keep the ordinary path."""
    import polars as pl

    from insight.metrics.conventions import c_prefix_for, credit_documents, second_status, won_only
    from insight.metrics.lines import LEAN_KEY, prepare, prepare_lean
    from insight.query.streamed import supported

    ds = session.ds
    if ds.client_columns("order_lines") or second_status(ds) is not None or credit_documents(ds) is not None:
        return
    if supported(session.plan(question)) is not None:
        return
    lines = ds.order_lines
    complete = lines.get_column("order_id").null_count() == 0
    status: bool | str = lines.get_column("line_status").null_count() < lines.height
    if status and won_only(ds):
        status = "won"
    prefix = c_prefix_for(ds)
    prepared: pl.LazyFrame = prepare(lines.lazy(), ds.as_of, complete, prefix, status)
    for key in (("prepared_lines", ds.as_of), ("grouped.engine_lines", ds.as_of)):
        ds._cache.setdefault(key, prepared)  # a LazyFrame: ``.lazy()`` of it is itself
    ds._cache.setdefault((LEAN_KEY, ds.as_of), prepare_lean(lines.lazy(), ds.as_of, complete, prefix, status))


def _error_json(question: str, message: str) -> dict:
    return {"question": question, "language": "en", "status": "error", "text": message, "columns": [], "rows": [],
            "plan": {}, "as_of": None, "definitions": {}}


def _render(answer, explain: bool) -> str:
    text = answer.to_text()
    if explain:
        text += "\n" + ("Plan: " if answer.language == "en" else "Plan: ") + json.dumps(
            answer.plan, ensure_ascii=False, indent=2, default=str)
        if answer.definitions:
            text += "\n" + "\n".join(f"- {k}: {v}" for k, v in answer.definitions.items())
    return text


def run(question: str, data, workspace, json_out: bool, explain: bool, as_of, llm, llm_model, stream: bool,
        debug: bool, emit: Callable[[str], None], show_text: Callable[[str], None]) -> None:
    """Answer one question: the whole of `insight ask` once its options are parsed (``emit`` writes a line of
    JSON or plain output to stdout, ``show_text`` a sanitised text answer)."""
    from insight.errors import InsightError

    try:
        streamed = _streams(data, stream)
        if streamed:
            if llm or debug:
                from insight.errors import UsageError

                raise UsageError("streaming (--stream, or a Parquet file larger than memory) answers with the "
                                 "offline parser only (no --llm, no --debug)")
            answer = _streamed_answer(question, data, as_of)
        elif not llm and not debug:
            answer = _pruned_answer(question, workspace, as_of) if data is None else \
                _cached_answer(question, data, as_of)
            streamed = answer is not None
            if not streamed:
                session = _session(data, workspace, as_of, llm, llm_model)
        else:
            session = _session(data, workspace, as_of, llm, llm_model)
    except InsightError as err:
        message = str(err).splitlines()[0] if str(err) else type(err).__name__
        if json_out:
            emit(one_line_json(_error_json(question, message)))
        print(f"insight: error: {one_line(message)}", file=sys.stderr)
        raise SystemExit(err.exit_code) from None  # main() runs click with standalone_mode=False
    if streamed:
        _show(answer, json_out, explain, emit, show_text)
        return
    if debug:
        _print_trace(session.trace(question))
    from insight.logs import log_to_stderr

    undo_log = log_to_stderr() if debug else None  # --debug: the core's log (tracebacks) on stderr too
    try:
        if data is not None and not llm and not debug:
            _lazy_line_metrics(session, question)
        answer = session.ask(question)
    except Exception as err:  # noqa: BLE001 - under --json stdout still holds exactly one answer object
        if not json_out:
            raise
        first = (str(err).splitlines() or [""])[0]
        message = f"internal error: {type(err).__name__}: {first} (please report this)"
        emit(one_line_json(_error_json(question, message)))
        print(f"insight: {one_line(message)}", file=sys.stderr)
        raise SystemExit(1) from None
    finally:
        if undo_log is not None:
            undo_log()
    _show(answer, json_out, explain, emit, show_text)


def _show(answer, json_out: bool, explain: bool, emit: Callable[[str], None], show_text: Callable[[str], None]) -> None:
    if json_out:
        emit(answer.dumps())
    else:
        show_text(_render(answer, explain))
    if answer.status == "error":
        print(f"insight: error: {one_line(answer.text)}", file=sys.stderr)
        raise SystemExit(1)


def _print_trace(trace: dict) -> None:
    """The reading, rule and plan on stderr, so that --json keeps one object on stdout."""
    width = max((len(t["text"]) for t in trace["reading"]), default=0)
    print("reading:", file=sys.stderr)
    for token in trace["reading"]:
        print(one_line(f"  {token['text']:<{width}}  {token['read_as']}"), file=sys.stderr)
    print(f"rule: {trace['rule'] or '-'}", file=sys.stderr)
    plan = {k: v for k, v in trace["plan"].items() if v not in (None, [], (), False, {})}
    print("plan: " + json.dumps(plan, ensure_ascii=False, default=str), file=sys.stderr)
