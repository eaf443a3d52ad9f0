"""Loading the data while the modules that analyse it are imported (issue 16: a cold command's start-up).

A cold ``insight ask --data FILE`` spends a few hundred milliseconds importing the query engine (pure
Python: compiling regular expressions, building tables) and about as long reading the file (polars and
the database drivers, which release the GIL). Done one after the other on a 2-core machine the two add up;
``load_while_importing`` runs the load in a worker thread while this thread imports, so they overlap.

Two rules keep it safe:

- the modules the load itself needs are imported *before* the worker starts (``needs``), so the two
  threads never import the same module at once (no import-lock cycle between them);
- the worker runs in a copy of this thread's context (``--currency``, ``--map``, ``--date-order`` live
  in context variables), and whatever it raises is raised here, unchanged, after the imports.
"""

from __future__ import annotations

import contextvars
import importlib
import threading
from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")

# what api.load imports on its way for a file (--data) and for a workspace
FILE_NEEDS = ("insight.api", "insight.dataset", "insight.settings", "insight.errors", "insight.schema",
              "insight.io", "insight.io.read", "insight.io.text", "insight.io.memory", "insight.io.canonical",
              "insight.io.coerce", "insight.io.bounds", "insight.io.guess", "insight.io.mapping", "unicodedata")
WORKSPACE_NEEDS = FILE_NEEDS + ("insight.workspace", "insight.workspace.workspace", "insight.workspace.loader",
                                "insight.workspace.columnar", "insight.workspace.backend", "insight.workspace.ddl",
                                "insight.workspace.store", "insight.workspace.extras", "insight.workspace.keys",
                                "insight.workspace.report", "insight.metrics.lines")


def load_while_importing(load: Callable[[], T], imports: Iterable[str], needs: Iterable[str] = FILE_NEEDS) -> T:
    """``load()`` in a worker thread while this thread imports ``imports``; its result, or its exception."""
    for name in needs:
        try:
            importlib.import_module(name)
        except ImportError:  # an optional driver (PostgreSQL only, say): the load reports what is missing
            pass
    context = contextvars.copy_context()
    box: dict[str, object] = {}

    def work() -> None:
        try:
            box["value"] = context.run(load)
        except BaseException as err:  # noqa: BLE001 - handed to the calling thread below
            box["error"] = err

    worker = threading.Thread(target=work, name="insight-load", daemon=True)
    worker.start()
    for name in imports:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - the command imports it again and fails there, as before
            break
    worker.join()
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]  # type: ignore[return-value]


def prefetch(modules: Iterable[str]) -> threading.Thread:
    """Import third-party ``modules`` (numpy, scipy: no insight module) in a worker thread while this thread
    goes on loading the data; a later ``import`` of one of them here waits for it. The worker imports only
    libraries that never import insight, so the two threads cannot wait on each other."""
    names = tuple(modules)

    def work() -> None:
        for name in names:
            try:
                importlib.import_module(name)
            except Exception:  # noqa: BLE001 - imported again where it is used, and fails there as before
                return

    worker = threading.Thread(target=work, name="insight-prefetch", daemon=True)
    worker.start()
    return worker
