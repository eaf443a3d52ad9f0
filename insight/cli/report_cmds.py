"""``insight report``: the client report as one self-contained HTML file (docs/report.md)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from insight.cli.common import AsOfOpt, DataOpt, LangOpt, WorkspaceOpt, language, with_data_options
from insight.errors import UsageError


def register(app: typer.Typer) -> None:
    """Add ``report`` to the app."""

    @app.command("report")
    @with_data_options
    def report_cmd(
        out: Annotated[Path, typer.Option("--out", "-o", help="The HTML file to write.")] = Path("report.html"),
        client: Annotated[str, typer.Option("--client", help="Client name on the title page.")] = "",
        method: Annotated[str, typer.Option("--method", "-m", help="Segments of the measures page: portfolio, rfm, "
                                                                   "abc or value-risk.")] = "portfolio",
        fmt: Annotated[str, typer.Option("--format", help="html (pdf and pptx are not built in; print the HTML "
                                                          "to PDF, A4 landscape).")] = "html",
        lang: LangOpt = "en",
        data: DataOpt = None,
        workspace: WorkspaceOpt = None,
        as_of: AsOfOpt = None,
    ) -> None:
        """Client report (Kundenwert-Bericht): title, summary, KPIs, value distribution, segments with measures
        and money at stake, churn risk and value at risk, CLV by channel, method; German labels with --lang de.
        One HTML file, charts inline, nothing fetched from the network."""
        from rich.console import Console

        from insight.api import load
        from insight.measures.table import check_method
        from insight.report import write_report

        lang = language(lang)
        if fmt.strip().lower() != "html":
            raise UsageError(f"--format '{fmt}': only html is built in (print it to PDF from a browser)")
        method = check_method(method)
        console = Console(file=sys.stderr)
        with console.status("Bericht wird erstellt …" if lang == "de" else "Building the report …"):
            report = write_report(load(data, workspace, as_of), out, lang, client, method)
        typer.echo(("Geschrieben: " if lang == "de" else "Written: ") + f"{out} ({len(report.sections)} "
                   + ("Seiten)" if lang == "de" else "pages)"))
