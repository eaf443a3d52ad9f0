"""``%load_ext widgets``: the ``%insight`` line magic and ``%%insight`` cell magic over insight.api.

    %insight --demo Top 5 Kunden nach Umsatz          # shows the answer and returns it (Out[n] / a = %insight …)
    %insight und nur 2011?                            # follow-up in the same conversation
    %%insight --data orders                           # orders: a polars DataFrame, a Dataset or a file path
    revenue by country
    and only 2011?

Options come before the question: ``--data NAME|PATH``, ``--workspace PATH``, ``--demo``, ``--as-of DATE``,
``--new`` (forget the conversation). The source given once is remembered for later calls; without any
source the default workspace is used. The cell magic runs its lines as one fresh conversation and returns
a Transcript (a list of Answers that displays as one block).

Answers display as static HTML (text, SVG chart, table) plus plain text: no widgets or scripts needed, so
they survive nbconvert and GitHub rendering.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from collections.abc import Iterable, Sequence
from typing import Any

from IPython.core.magic import Magics, line_cell_magic, magics_class

from insight import api
from insight.answer import Answer
from insight.errors import InsightError, UsageError

from widgets.charts import answer_html

FLAGS_WITH_VALUE = {"--data", "--workspace", "--as-of"}
FLAGS = FLAGS_WITH_VALUE | {"--demo", "--new"}


def answer_bundle(answer: Answer) -> dict[str, Any]:
    """HTML with the chart as inline SVG, and plain text; no application/json (JupyterLab would prefer
    its JSON tree viewer over the HTML)."""
    return {"text/plain": answer.to_text(), "text/html": answer_html(answer)}


class Transcript(Sequence[Answer]):
    """The answers of one ``%%insight`` cell, displayed together. Not a list subclass: IPython's plain-text
    printer for lists would override the bundle's text."""

    def __init__(self, answers: Iterable[Answer] = ()) -> None:
        self.answers = list(answers)

    def __getitem__(self, index):  # type: ignore[override]
        return self.answers[index]

    def __len__(self) -> int:
        return len(self.answers)

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        return {"text/plain": "\n\n".join(f"› {a.question}\n{a.to_text()}" for a in self),
                "text/html": "".join(answer_html(a) for a in self)}

    def __repr__(self) -> str:
        return f"Transcript({len(self)} answers)"


@dataclass
class Options:
    data: str | None = None
    workspace: str | None = None
    as_of: str | None = None
    demo: bool = False
    new: bool = False
    rest: str = ""

    @property
    def has_source(self) -> bool:
        return self.demo or self.data is not None or self.workspace is not None or self.as_of is not None


def parse_line(line: str) -> Options:
    """Leading ``--flag [value]`` tokens, then the question verbatim (quotes and apostrophes untouched)."""
    opts = Options()
    rest = line.strip()
    while rest.startswith("--"):
        flag, _, rest = rest.partition(" ")
        rest = rest.lstrip()
        if flag not in FLAGS:
            raise UsageError(f"%insight: unknown option {flag}; known: {', '.join(sorted(FLAGS))}")
        if flag in FLAGS_WITH_VALUE:
            value, _, rest = rest.partition(" ")
            rest = rest.lstrip()
            if not value:
                raise UsageError(f"%insight: {flag} needs a value")
            setattr(opts, flag[2:].replace("-", "_"), value)
        else:
            setattr(opts, flag[2:], True)
    opts.rest = rest
    return opts


@magics_class
class InsightMagics(Magics):
    """Keeps one conversation (core Session) per notebook; a new source starts a new one."""

    def __init__(self, shell: Any) -> None:
        super().__init__(shell)
        self.session: Any = None
        self.source: Options | None = None

    def _open(self, opts: Options) -> Any:
        data: Any = None
        if opts.demo:
            data = api.demo_dataset()
        elif opts.data is not None:
            data = self.shell.user_ns.get(opts.data, opts.data) if self.shell else opts.data
        return api.session(data=data, workspace=opts.workspace, as_of=opts.as_of)

    def _session(self, opts: Options, fresh: bool) -> Any:
        """A fresh session for a cell; else the current one, replaced when a source or --new is given.
        A source is remembered only once it opened without error."""
        source = opts if opts.has_source else self.source or opts
        if fresh:
            session = self._open(source)
        elif opts.has_source or opts.new or self.session is None:
            session = self.session = self._open(source)
        else:
            session = self.session
        if opts.has_source:
            self.source = opts
        return session

    @line_cell_magic
    def insight(self, line: str, cell: str | None = None) -> Answer | Transcript | None:
        """%insight [options] QUESTION, or %%insight [options] with one question per line."""
        try:
            opts = parse_line(line)
            if cell is None:
                if not opts.rest:
                    raise UsageError("%insight: ask a question, e.g. %insight --demo top 5 customers by revenue")
                return self._session(opts, fresh=False).ask(opts.rest)
            if opts.rest:
                raise UsageError("%%insight: put the questions in the cell, one per line; only options on "
                                 "the first line")
            session = self._session(opts, fresh=True)
            questions = [q.strip() for q in cell.splitlines() if q.strip() and not q.strip().startswith("#")]
            return Transcript(session.ask(q) for q in questions)
        except InsightError as exc:
            print(str(exc), file=sys.stderr)
            return None


def load_ipython_extension(ipython: Any) -> None:
    """Register the magics and the Answer display (HTML + SVG chart + text) in this IPython shell."""
    ipython.register_magics(InsightMagics)
    ipython.display_formatter.mimebundle_formatter.for_type(Answer, answer_bundle)


def unload_ipython_extension(ipython: Any) -> None:
    ipython.display_formatter.mimebundle_formatter.pop(Answer, None)
