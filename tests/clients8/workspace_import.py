"""Round 8's workspaces of several exports: a ``Workspace`` with ``steps`` is imported as a user does it, one
``insight import FILE --table T -w DB`` per file into the same workspace; one without steps as one
``insight import A B C -w DB`` (the tables recognised from the headers). Everything else is the shared harness
(tests/client_harness.py), used as is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import client_harness
from client2_judge import cli_import
from client_harness import Imported, Imports, run_cli
from make_clients2 import ClientFile


def step_files(cf: Any) -> list[ClientFile]:
    """One ClientFile per import run (the harness's ``import_args`` reads paths, mapping and table)."""
    return [ClientFile(cf.name, paths, cf.what, [], mapping=m, table=t) for paths, t, m in cf.steps]


class WorkspaceImported(Imported):
    """The earlier steps through the console entry point, the last one (and the loading) by the harness."""

    def __init__(self, cf: Any, db: Path) -> None:
        steps = step_files(cf) if getattr(cf, "steps", None) else [cf]
        for step in steps[:-1]:
            code, out, err = run_cli(["import", *client_harness.import_args(step), "-w", str(db)])
            if code != 0 or "Traceback" in out + err:
                self.cf, self.ds, self.answers = cf, None, {}
                self.code, self.err = code, err
                tb = "Traceback" in out + err or code not in (0, 1, 2)
                self.crash = f"exit {code}: {err[-600:]}" if tb else None
                self.refused = None if tb else err.strip()
                return
        super().__init__(steps[-1], db)
        self.cf = cf


class WorkspaceImports(Imports):
    def __missing__(self, name: str) -> Imported:
        self[name] = WorkspaceImported(self.by_name[name], self.root / f"{name}.db")
        return self[name]


def cli_import_steps(cf: Any, ws: Path) -> tuple[int, str, str]:
    """``insight import`` as real processes, one per step; the first failing step's result, else the last's."""
    result = (0, "", "")
    for step in step_files(cf) if getattr(cf, "steps", None) else [cf]:
        result = cli_import(step, ws)
        if result[0] != 0:
            return result
    return result


def use_in_report() -> None:
    """Make the harness's report run import workspaces step by step (in-process and as real processes)."""
    client_harness.Imported = WorkspaceImported  # type: ignore[misc]
    client_harness.cli_import = cli_import_steps  # type: ignore[assignment]
