"""ReportButton: write the client report (``insight.api.report``) from a notebook with one click.

The report is the same self-contained HTML file as ``insight report`` (docs/report.md); the button only
asks for the file name and says where it went.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path
from typing import Any, Literal

import ipywidgets as widgets
import traitlets

from insight import api

from widgets.base import DataArg, Panel

Lang = Literal["en", "de"]


class ReportButton(Panel):
    """``written`` is the path of the last report ('' before the first click)."""

    written = traitlets.Unicode("")

    def __init__(self, data: DataArg = None, workspace: str | Path | None = None, *,
                 as_of: dt.date | str | None = None, language: Lang = "en", client: str = "",
                 out: str | Path = "report.html", **kwargs: Any) -> None:
        super().__init__(data, workspace, as_of=as_of, **kwargs)
        self.language, self.client = language, client
        de = language == "de"
        self.path = widgets.Text(value=str(out), description="Datei" if de else "File")
        self.button = widgets.Button(description="Bericht erstellen" if de else "Create report",
                                     button_style="primary", icon="file")
        self.status = widgets.HTML()
        self.button.on_click(lambda _: self.build())
        self.children = [self.error, widgets.HBox([self.path, self.button]), self.status]

    def build(self) -> Path | None:
        """Write the report to the file named in the text field; returns its path (None on a data problem)."""
        if self.dataset is None:
            return None
        path = Path(self.path.value)
        report = self.guard(lambda: api.report(path, data=self.dataset, language=self.language,
                                               client=self.client))
        if report is None:
            return None
        self.written = str(path)
        pages = len(report.sections)
        self.status.value = escape(f"Geschrieben: {path} ({pages} Seiten)" if self.language == "de"
                                   else f"Written: {path} ({pages} pages)")
        return path
