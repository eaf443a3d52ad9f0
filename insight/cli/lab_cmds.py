"""``insight lab``: JupyterLab (the optional ``lab`` extra) on the example notebooks, offline-ready.

The same as ``uv run --extra lab jupyter lab examples``, plus ``JUPYTER_PATH`` pointing at the widgets'
templates (``--template insight`` for nbconvert and Voila work without network). JupyterLab is imported in
a child process only, so the core never depends on it.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from typing import Annotated

import typer


def _share_dir() -> Path | None:
    """widgets/share (nbconvert/Voila templates, lab settings), found without importing the face."""
    spec = importlib.util.find_spec("widgets")
    if spec is None or not spec.submodule_search_locations:
        return None
    share = Path(next(iter(spec.submodule_search_locations))) / "share"
    return share if share.is_dir() else None


def register(app: typer.Typer) -> None:
    """Add ``insight lab`` to the app."""

    @app.command("lab", context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
    def lab_command(
        ctx: typer.Context,
        folder: Annotated[Path | None, typer.Argument(help="Folder to open (default: examples/ when present, "
                                                           "else the current folder).")] = None,
    ) -> None:
        """Start JupyterLab on the notebooks (needs the lab extra: uv sync --extra lab). Extra options go to
        jupyter lab, e.g. insight lab --no-browser --port=8890."""
        from insight.errors import UsageError

        if importlib.util.find_spec("jupyterlab") is None:
            raise UsageError("JupyterLab is not installed: run `uv sync --extra lab` (or `uv run --extra lab "
                             "insight lab`)")
        if folder is None:
            folder = Path("examples") if Path("examples", "tour.ipynb").exists() else Path(".")
        if not folder.is_dir():
            raise UsageError(f"{folder}: not a folder")
        env = dict(os.environ)
        share = _share_dir()
        if share is not None:
            env["JUPYTER_PATH"] = os.pathsep.join(p for p in (str(share), env.get("JUPYTER_PATH", "")) if p)
        command = [sys.executable, "-m", "jupyterlab", f"--ServerApp.root_dir={folder.resolve()}", *ctx.args]
        raise typer.Exit(subprocess.call(command, env=env))
