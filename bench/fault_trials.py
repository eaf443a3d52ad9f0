"""Fault trials of issue 17, re-runnable: kill -9 during `insight import`, concurrent imports with readers,
and a full disk — on SQLite and PostgreSQL.

    .venv/bin/python bench/fault_trials.py [--kills 20] [--rounds 3] [--disk 4] [--backends sqlite,postgresql]
                                          [--real] [--lines 20000]

What each trial checks (a workspace is "exactly before" or "exactly after": row count and content hash of
every table read from the database, the columnar copy agreeing with it, and the import history):

- **kill -9**: a real `insight import` process (the console script, its own process) of a generated
  CSV (or, with ``--real``, ../shared/data/online_retail.parquet) is killed with SIGKILL after a random
  delay between 0 and 1.1× the time a full import takes. The workspace must then be exactly before or
  exactly after (the reference "after" comes from one complete import done first); then the next
  `insight import` of the same file must succeed and give "after", `insight ask "Umsatz insgesamt"`
  must answer the after-revenue, and `undo` must bring back "before" for the next trial.
- **concurrency**: 2–4 `insight import` processes started together (distinct files of 1,000·2^k lines,
  plus the first file again when 4), while this process loads the workspace in a loop (from the
  database and from the columnar copy, alternately) and asks a question: every load must see a line
  count that is a sum of whole files (sizes are powers of two, so a half-written file cannot hide),
  every process must exit 0, the duplicate must be reported unchanged, and the end state must hold
  every line once.
- **disk full** (SQLite; a PostgreSQL server's disk is not ours to fill): the workspace lives on a small
  tmpfs (``mount -t tmpfs -o size=…``, needs root); where mounting is not permitted the import runs with
  ``RLIMIT_FSIZE`` (``ulimit -f``) instead — the output says which. An import too big for the space
  left must exit 1 with one line naming the workspace, leave the workspace exactly before, and a
  small import and a question afterwards must work.

PostgreSQL: 127.0.0.1:5432, database ``test``, user ``postgres`` (``INSIGHT_TEST_PG`` overrides), in a
schema ``insight_fault_<random>`` dropped at the end. Prints the figures as a Markdown table.
The test suite runs a few iterations of each (tests/hardening/test_hardening_faults.py).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import json
import os
import random
import secrets
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

ROOT = Path(__file__).resolve().parents[1]
INSIGHT = ROOT / ".venv" / "bin" / "insight"
REAL_FILE = ROOT.parent / "shared" / "data" / "online_retail.parquet"
PG_BASE = os.environ.get("INSIGHT_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
PG_DSN = "host=127.0.0.1 port=5432 dbname=test user=postgres"


# -- data and state ------------------------------------------------------------------------------------
def orders_csv(path: Path, first_order: int, n_lines: int, lines_per_order: int = 4) -> int:
    """An Online-Retail-shaped CSV of ``n_lines`` lines with order numbers from ``first_order`` on."""
    i = pl.int_range(n_lines, eager=True)
    pl.DataFrame({
        "Invoice": (i // lines_per_order + first_order).cast(pl.String),
        "Customer ID": i // (lines_per_order * 3) + first_order,
        "InvoiceDate": pl.datetime_range(dt.datetime(2020, 1, 1), dt.datetime(2020, 1, 1) + dt.timedelta(minutes=n_lines - 1),
                                         "1m", eager=True),
        "Quantity": i % 5 + 1,
        "Price": [2.5] * n_lines,
    }).write_csv(path)
    return n_lines


@dataclass(frozen=True)
class State:
    """What must be exactly equal before/after: per table (rows, content hash) from the database, and the
    import history (without times; ids only for imports that are not new)."""

    tables: tuple[tuple[str, int, int], ...]
    history: tuple[tuple[object, ...], ...]
    copy_agrees: bool


def _digest(frame: pl.DataFrame) -> int:
    if frame.height == 0:
        return 0
    return int(frame.sort(frame.columns).hash_rows(seed=11).cast(pl.Float64).sum())


def state(location: str) -> State:
    from insight.schema import TABLES
    from insight.workspace import Workspace

    with Workspace.open(location) as ws:
        db = ws.load(use_copy=False)
        tables = tuple((name, db.table(name).height, _digest(db.table(name))) for name in TABLES)
        copy = ws.load()  # writes the copy if there is none, else reads it
        again = tuple((name, copy.table(name).height, _digest(copy.table(name))) for name in TABLES)
        hist = ws.imports()
    history = tuple((r["file"], r["table"], r["kind"], r["rows"], r["replaced_rows"], r["undone_at"] is not None)
                    for r in hist.iter_rows(named=True))
    return State(tables, history, again == tables)


def lines(location: str) -> int:
    from insight.workspace import Workspace

    with Workspace.open(location) as ws:
        return ws.load(use_copy=False).order_lines.height


def _env() -> dict[str, str]:
    env = {**os.environ}
    env.pop("INSIGHT_WORKSPACE", None)
    return env


def start(*args: str, fsize: int | None = None) -> subprocess.Popen:
    """The real ``insight`` console script in its own process (optionally with RLIMIT_FSIZE)."""
    # prlimit, not a preexec_fn: a preexec_fn forces a plain fork of this (possibly large) process, which a
    # busy machine refuses with ENOMEM; prlimit sets RLIMIT_FSIZE on the exec'd command itself
    prefix = ["prlimit", f"--fsize={fsize}", "--"] if fsize is not None else []
    return subprocess.Popen([*prefix, str(INSIGHT), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=_env())


def run(*args: str, fsize: int | None = None, timeout: float = 900) -> tuple[int, str, str]:
    proc = start(*args, fsize=fsize)
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, out, err


def in_process(*args: str) -> tuple[int, str, str]:
    """``insight ARGS`` through the console entry point in this process (no start-up cost)."""
    from insight.cli import main

    out, err = io.StringIO(), io.StringIO()
    saved, sys.argv = sys.argv, ["insight", *args]
    code = 0
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                main()
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 1
    finally:
        sys.argv = saved
    return code, out.getvalue(), err.getvalue()


def revenue(location: str) -> float | None:
    code, out, _ = in_process("ask", "Umsatz insgesamt", "-w", location, "--json")
    if code != 0 or not out.strip():
        return None
    answer = json.loads(out)
    return float(answer["rows"][0][0]) if answer.get("status") == "ok" and answer.get("rows") else None


def undo_last(location: str) -> None:
    from insight.workspace import Workspace

    with Workspace.open(location) as ws:
        live = ws.imports().filter(pl.col("undone_at").is_null())
        ws.undo(int(live.get_column("id")[-1]))


def one_clean_line(err: str) -> bool:
    shown = [line for line in err.splitlines() if line.strip()]
    return len(shown) == 1 and shown[0].startswith("insight: error: ") and "internal error" not in shown[0]


# -- locations -----------------------------------------------------------------------------------------
def pg_reason() -> str | None:
    """None when the PostgreSQL server answers, else why not."""
    try:
        import psycopg

        with psycopg.connect(PG_DSN, connect_timeout=3) as conn:
            conn.execute("SELECT 1")
    except Exception as err:  # noqa: BLE001
        return f"no PostgreSQL at 127.0.0.1:5432/test ({str(err).splitlines()[0] if str(err) else type(err).__name__})"
    return None


@contextlib.contextmanager
def location(backend: str, folder: Path) -> Iterator[str]:
    """A fresh workspace: a SQLite file in ``folder`` or a PostgreSQL schema of its own (dropped after)."""
    if backend == "sqlite":
        yield str(folder / f"ws_{secrets.token_hex(4)}.db")
        return
    import psycopg

    schema = f"insight_fault_{secrets.token_hex(6)}"
    try:
        yield f"{PG_BASE}?schema={schema}"
    finally:
        with psycopg.connect(PG_DSN, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


# -- kill -9 -------------------------------------------------------------------------------------------
@dataclass
class KillResult:
    trials: int = 0
    killed: int = 0              # still running when the signal came (the others had finished)
    before: int = 0
    after: int = 0
    torn: int = 0                # neither before nor after: must stay 0
    copy_disagrees: int = 0      # columnar copy not equal to the database: must stay 0
    next_import_failed: int = 0  # must stay 0
    ask_failed: int = 0          # must stay 0
    undo_failed: int = 0         # must stay 0
    seconds_full_import: float = 0.0
    problems: list[str] = field(default_factory=list)

    @property
    def bad(self) -> int:
        return self.torn + self.copy_disagrees + self.next_import_failed + self.ask_failed + self.undo_failed


def _same_except_new(got: State, base: State, after: State) -> str:
    """'before', 'after' or 'torn' (the history may have grown by undone rows of earlier trials)."""
    if got.tables == base.tables and got.history == base.history:
        return "before"
    if got.tables == after.tables and got.history[:-1] == base.history and got.history[-1] == after.history[-1]:
        return "after"
    return "torn"


def kill_trials(backend: str, n: int, folder: Path, data: Path | None = None, n_lines: int = 20_000,
                seed: int = 17, log: Callable[[str], None] = lambda _: None) -> KillResult:
    rng = random.Random(seed)
    result = KillResult()
    base_file = folder / "base.csv"
    orders_csv(base_file, 1, 2_000)
    if data is None:
        data = folder / "more.csv"
        orders_csv(data, 5_000_000, n_lines)
    with location(backend, folder) as loc:
        code, _, err = in_process("import", str(base_file), "-w", loc)  # set-up: no process needed
        assert code == 0, err
        t0 = time.perf_counter()
        code, _, err = run("import", str(data), "-w", loc)
        assert code == 0, err
        result.seconds_full_import = time.perf_counter() - t0
        after = state(loc)
        want = revenue(loc)
        undo_last(loc)
        base = state(loc)  # the history now also holds the undone reference import
        for i in range(n):
            result.trials += 1
            delay = rng.uniform(0.0, 1.1 * result.seconds_full_import)
            proc = start("import", str(data), "-w", loc)
            time.sleep(delay)
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
                result.killed += 1
            proc.communicate()
            got = state(loc)
            kind = _same_except_new(got, base, after)
            setattr(result, kind, getattr(result, kind) + 1)
            if not got.copy_agrees:
                result.copy_disagrees += 1
            if kind == "torn":
                result.problems.append(f"trial {i}: torn after {delay:.2f}s: {got}")
            if kind == "before":  # the next import of the same file must succeed
                code, _, err = run("import", str(data), "-w", loc)
                if code != 0 or _same_except_new(state(loc), base, after) != "after":
                    result.next_import_failed += 1
                    result.problems.append(f"trial {i}: next import: exit {code} {err.strip()[:200]}")
            if revenue(loc) != want:
                result.ask_failed += 1
                result.problems.append(f"trial {i}: ask gave {revenue(loc)}, want {want}")
            try:
                undo_last(loc)
                back = state(loc)
                if back.tables != base.tables:
                    raise AssertionError("tables differ from before")
                base = back
            except Exception as err:  # noqa: BLE001 - counted and shown
                result.undo_failed += 1
                result.problems.append(f"trial {i}: undo: {err}")
                break
            log(f"{backend} kill {i + 1}/{n}: {delay:.2f}s → {kind}")
    return result


# -- concurrency ---------------------------------------------------------------------------------------
@dataclass
class ConcurrencyResult:
    rounds: int = 0
    processes: int = 0
    loads: int = 0
    asks: int = 0
    in_between: int = 0      # a load that saw part of a file: must stay 0
    failed: int = 0          # a process with exit != 0, a wrong end state or a wrong duplicate report: must stay 0
    problems: list[str] = field(default_factory=list)

    @property
    def bad(self) -> int:
        return self.in_between + self.failed


def concurrency_trials(backend: str, rounds: int, folder: Path, unit: int = 1_000, first: int = 2,
                       log: Callable[[str], None] = lambda _: None) -> ConcurrencyResult:
    """Round r starts 2 + (first - 2 + r) % 3 imports together (the 4th one is the first file again) and
    reads meanwhile."""
    result = ConcurrencyResult()
    sizes = [unit * 2**k for k in range(3)]
    files = []
    for k, size in enumerate(sizes):
        path = folder / f"part{k}.csv"
        orders_csv(path, 1_000_000 * (k + 1), size)
        files.append(path)
    for r in range(rounds):
        k = 2 + (first - 2 + r) % 3
        chosen = files[: min(k, 3)] + ([files[0]] if k == 4 else [])
        total = sum(sizes[: min(k, 3)])
        valid = {sum(s for j, s in enumerate(sizes[: min(k, 3)]) if mask >> j & 1) for mask in range(2 ** min(k, 3))}
        with location(backend, folder) as loc:
            from insight.workspace import Workspace

            Workspace.open(loc).close()
            procs = [start("import", str(p), "-w", loc, "--json") for p in chosen]
            result.rounds += 1
            result.processes += len(procs)
            use_copy = False
            with Workspace.open(loc) as ws:
                while any(p.poll() is None for p in procs):
                    seen = ws.load(use_copy=use_copy).order_lines.height
                    use_copy = not use_copy
                    result.loads += 1
                    if seen not in valid:
                        result.in_between += 1
                        result.problems.append(f"round {r}: a load saw {seen} lines (valid: {sorted(valid)})")
                    if result.loads % 5 == 0:
                        code, out, err = in_process("ask", "Umsatz insgesamt", "-w", loc, "--json")
                        result.asks += 1  # an empty workspace is a clean error (exit 1); a traceback is not
                        if "internal error" in err or code not in (0, 1) or len(out.strip().splitlines()) != 1:
                            result.failed += 1
                            result.problems.append(f"round {r}: ask during imports: exit {code} {err.strip()[:200]}")
            statuses = []
            for p in procs:
                out, err = p.communicate()
                if p.returncode != 0:
                    result.failed += 1
                    result.problems.append(f"round {r}: import exit {p.returncode}: {err.strip()[:200]}")
                    continue
                statuses.append(json.loads(out)["imports"][0]["status"])
            end = lines(loc)
            if end != total:
                result.failed += 1
                result.problems.append(f"round {r}: {end} lines at the end, want {total}")
            if k == 4 and sorted(statuses).count("unchanged") != 1:
                result.failed += 1
                result.problems.append(f"round {r}: the duplicate was not reported unchanged once: {statuses}")
            log(f"{backend} concurrency round {r + 1}/{rounds}: {len(procs)} imports, {result.loads} loads so far")
    return result


# -- disk full -----------------------------------------------------------------------------------------
@dataclass
class DiskResult:
    method: str = ""
    trials: int = 0
    refused_cleanly: int = 0
    unchanged: int = 0
    recovered: int = 0       # a small import and a question afterwards worked
    failed: int = 0          # must stay 0
    problems: list[str] = field(default_factory=list)


@contextlib.contextmanager
def small_disk(folder: Path, size_kb: int) -> Iterator[Path | None]:
    """A tmpfs of ``size_kb`` mounted in ``folder`` (None when mounting is not permitted)."""
    mount = folder / f"tmpfs_{secrets.token_hex(3)}"
    mount.mkdir()
    try:
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(mount)],
                              capture_output=True, text=True, timeout=30)
        mounted = done.returncode == 0
    except (OSError, subprocess.SubprocessError):  # no mount command, or not allowed to run it
        mounted = False
    if not mounted:
        yield None
        return
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def disk_full_trials(n: int, folder: Path, n_lines: int = 60_000, force_rlimit: bool = False,
                     log: Callable[[str], None] = lambda _: None) -> DiskResult:
    """Trial i leaves 256·(i+1) KiB free beyond the base workspace, so the write fails at different points."""
    result = DiskResult()
    base_file, big, small = folder / "base.csv", folder / "big.csv", folder / "small.csv"
    orders_csv(base_file, 1, 2_000)
    orders_csv(big, 5_000_000, n_lines)
    orders_csv(small, 9_000_000, 200)
    for i in range(n):
        result.trials += 1
        with tempfile.TemporaryDirectory(dir=folder) as probe:  # the base workspace's size on disk
            probe_ws = Path(probe) / "ws.db"
            in_process("import", str(base_file), "-w", str(probe_ws))
            state(str(probe_ws))
            used = sum(f.stat().st_size for f in Path(probe).rglob("*") if f.is_file())
        free_kb = 256 * (i + 1)
        with small_disk(folder, used // 1024 + free_kb + 512) as disk:
            method = "rlimit" if (disk is None or force_rlimit) else "tmpfs"
            result.method = method
            home = disk if method == "tmpfs" and disk is not None else Path(tempfile.mkdtemp(dir=folder))
            loc = str(home / "ws.db")
            code, _, err = in_process("import", str(base_file), "-w", loc)
            if code != 0:
                result.failed += 1
                result.problems.append(f"trial {i}: base import failed on the small disk: {err.strip()[:200]}")
                continue
            before = state(loc)
            limit = None
            if method == "rlimit":  # no file of the workspace may grow beyond its size + the free space
                limit = max(f.stat().st_size for f in home.rglob("*") if f.is_file()) + free_kb * 1024
            code, _, err = run("import", str(big), "-w", loc, fsize=limit)
            clean = code == 1 and one_clean_line(err)
            result.refused_cleanly += clean
            if not clean:
                result.failed += 1
                result.problems.append(f"trial {i} ({method}): exit {code}: {err.strip()[:300]}")
            if state(loc) == before:
                result.unchanged += 1
            else:
                result.failed += 1
                result.problems.append(f"trial {i} ({method}): the workspace changed")
            code, _, err = run("import", str(small), "-w", loc, fsize=limit)
            if code == 0 and revenue(loc) is not None:
                result.recovered += 1
            else:
                result.failed += 1
                result.problems.append(f"trial {i} ({method}): a small import afterwards: exit {code} {err.strip()[:200]}")
            log(f"disk full {i + 1}/{n} ({method}, {free_kb} KiB free): exit 1 clean={clean}")
    return result


# -- main ----------------------------------------------------------------------------------------------
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=20, help="kill -9 trials per backend")
    parser.add_argument("--rounds", type=int, default=3, help="concurrency rounds per backend")
    parser.add_argument("--seed", type=int, default=17, help="seed of the kill delays")
    parser.add_argument("--disk", type=int, default=4, help="disk-full trials (SQLite)")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--lines", type=int, default=20_000, help="lines of the generated file killed during import")
    parser.add_argument("--real", action="store_true", help=f"kill imports of {REAL_FILE.name} instead")
    parser.add_argument("--rlimit", action="store_true", help="use RLIMIT_FSIZE even where tmpfs can be mounted")
    opts = parser.parse_args()
    backends = [b for b in opts.backends.split(",") if b]
    if "postgresql" in backends and (why := pg_reason()):
        print(f"skipping PostgreSQL: {why}", file=sys.stderr)
        backends.remove("postgresql")

    def log(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for backend in backends:
            sub = folder / backend
            sub.mkdir()
            k = kill_trials(backend, opts.kills, sub, REAL_FILE if opts.real else None, opts.lines, opts.seed, log=log)
            rows.append(f"| kill -9 during import, {backend} ({'Online Retail' if opts.real else f'{opts.lines:,} lines'}, "
                        f"full import {k.seconds_full_import:.1f} s) | {k.trials} | killed mid-run {k.killed}: "
                        f"before {k.before}, after {k.after} | **{k.torn}** torn, {k.copy_disagrees} copy ≠ db, "
                        f"{k.next_import_failed} next import / {k.ask_failed} ask / {k.undo_failed} undo failed |")
            for p in k.problems:
                log(p)
            if not opts.rounds:
                continue
            c = concurrency_trials(backend, opts.rounds, sub, log=log)
            rows.append(f"| 2–4 concurrent imports + reader, {backend} | {c.rounds} rounds, {c.processes} processes | "
                        f"{c.loads} loads, {c.asks} asks during imports | **{c.in_between}** in-between loads, "
                        f"{c.failed} failures |")
            for p in c.problems:
                log(p)
        if "sqlite" in backends and opts.disk:
            d = disk_full_trials(opts.disk, folder, force_rlimit=opts.rlimit, log=log)
            rows.append(f"| disk full ({d.method}), sqlite | {d.trials} | refused in one line {d.refused_cleanly}, "
                        f"workspace unchanged {d.unchanged}, next import + ask worked {d.recovered} | **{d.failed}** "
                        "failures |")
            for p in d.problems:
                log(p)
    print("| trial | runs | outcomes | must be 0 |")
    print("|---|---|---|---|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
