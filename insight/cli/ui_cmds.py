"""``insight tui``: open the terminal UI on a workspace, a data file, or (with neither) the demo data.

Textual is imported inside the command so that ``insight --help`` and every other command stay fast
and the core never depends on the TUI.
"""

from __future__ import annotations

from typing import Annotated

import typer

from insight.cli.common import with_data_options, DataOpt, WorkspaceOpt


def register(app: typer.Typer) -> None:
    """Add ``insight tui`` to the app."""

    @app.command("tui")
    @with_data_options
    def tui_command(
        workspace: WorkspaceOpt = None,
        data: DataOpt = None,
        lang: Annotated[str, typer.Option("--lang", help="UI language: de or en.")] = "en",
    ) -> None:
        """Open the terminal UI: ask questions, see segments and customer cards (F1 for help)."""
        from insight.errors import UsageError

        if workspace and data:
            raise UsageError("use either --workspace or --data, not both")
        if lang not in ("de", "en"):
            raise UsageError(f"--lang '{lang}': choose de or en")
        if data is not None and not data.exists():
            raise UsageError(f"{data}: file not found")
        try:
            from tui.app import create_app
        except ModuleNotFoundError as err:  # textual is an extra (pyproject: insight[tui])
            raise UsageError(f"the terminal UI needs the tui extra ({err.name} is not installed): "
                             "pip install 'insight[tui]'") from None

        create_app(workspace=workspace, data=data, language=lang).run()
