"""``insight report``: the client report as one self-contained HTML file, its PDF and a PowerPoint deck, all
from one build of the content (docs/report.md)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from insight.cli.common import AsOfOpt, DataOpt, JsonOpt, LangOpt, WorkspaceOpt, language, with_data_options
from insight.language import language_of
from insight.messages import say


def _targets(out: Path | None, fmt: str | None, pdf: Path | None, pptx: Path | None) -> list[tuple[str, Path]]:
    """What to write: --format/--out (html unless the suffix says otherwise), plus --pdf and --pptx."""
    from insight.report import format_of

    targets: list[tuple[str, Path]] = []
    if fmt is not None:
        kind = format_of(out or "report", fmt)
        targets.append((kind, out or Path(f"report.{kind}")))
    elif out is not None or (pdf is None and pptx is None):
        path = out or Path("report.html")
        targets.append((format_of(path), path))
    targets += [(kind, path) for kind, path in (("pdf", pdf), ("pptx", pptx)) if path is not None]
    return list(dict.fromkeys(targets))


class _Steps:
    """The build's progress callback: each call marks one step done; ``now`` names the step under way."""

    def __init__(self, bar=None, task=None) -> None:
        self.bar, self.task = bar, task

    def __call__(self, label: str) -> None:
        if self.bar is not None:
            self.bar.update(self.task, advance=1, description=label)

    def now(self, label: str) -> None:
        if self.bar is not None:
            self.bar.update(self.task, description=label)


@contextmanager
def _progress(show: bool, total: int, first: str) -> Iterator[_Steps]:
    """A rich progress bar on stderr (one step per page computed and per file written), or a silent one."""
    if not show:
        yield _Steps()
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("{task.description:<40}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=Console(file=sys.stderr), transient=True) as bar:
        yield _Steps(bar, bar.add_task(first, total=total))


def register(app: typer.Typer) -> None:
    """Add ``report`` to the app."""

    @app.command("report")
    @with_data_options
    def report_cmd(
        out: Annotated[Path | None, typer.Option("--out", "-o", help="The file to write (default report.html); "
                                                                     "a .pdf or .pptx suffix picks that format.")] = None,
        pdf: Annotated[Path | None, typer.Option("--pdf", help="Also (or only) write the PDF here: A4 landscape, "
                                                               "one page per section; needs Chromium.")] = None,
        pptx: Annotated[Path | None, typer.Option("--pptx", help="Also (or only) write a PowerPoint deck here: one "
                                                                 "slide per page, native charts; needs the "
                                                                 "'report' extra (python-pptx).")] = None,
        client: Annotated[str, typer.Option("--client", help="Client name on the title page.")] = "",
        method: Annotated[str, typer.Option("--method", "-m", help="Segments of the measures page: portfolio, rfm, "
                                                                   "abc or value-risk.")] = "portfolio",
        fmt: Annotated[str | None, typer.Option("--format", help="html, pdf or pptx for --out "
                                                                 "(default: from its suffix, else html).")] = None,
        lang: LangOpt = "en",
        as_json: JsonOpt = False,
        data: DataOpt = None,
        workspace: WorkspaceOpt = None,
        as_of: AsOfOpt = None,
    ) -> None:
        """Client report (Kundenwert-Bericht): title, summary, KPIs and their trend per quarter, value
        distribution, segments with measures and money at stake, a persona page per top segment, churn risk and
        value at risk, CLV by channel, satisfaction, funnel, method; German labels with --lang de.
        HTML (one file, charts inline), PDF (--pdf) and PowerPoint (--pptx) from one build; nothing is fetched
        from the network."""
        from insight.api import load
        from insight.measures.table import check_method
        from insight.report import BUILD_STEPS, build_report, check_format, save_reports

        lang = language(lang)
        method = check_method(method)
        targets = _targets(out, fmt, pdf, pptx)
        for kind, _path in targets:  # one line now rather than after the build
            check_format(kind)
        said = language_of(lang)
        show = not as_json and sys.stderr.isatty()
        with _progress(show, BUILD_STEPS + len(targets), say("cli_loading_data", said)) as step:
            ds = load(data, workspace, as_of)
            report = build_report(ds, lang, client, method, step)
            step.now(say("cli_writing", said, formats=", ".join(kind.upper() for kind, _path in targets)))
            written = save_reports(report, targets, step)
        pages = len(report.sections)
        if as_json:
            typer.echo(json.dumps({
                "written": [{"format": kind, "path": str(path)} for kind, path in written],
                "pages": pages, "sections": [s.key for s in report.sections],
                "headlines": [s.headline for s in report.sections], "omitted": report.omitted,
                "as_of": report.as_of.isoformat(), "language": lang}, ensure_ascii=False))
            return
        for _kind, path in written:
            typer.echo(say("cli_written_pages", said, path=path, pages=pages))
