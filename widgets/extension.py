"""``%load_ext widgets``: the ``%insight`` line magic and ``%%insight`` cell magic over insight.api.

    %insight --demo Top 5 Kunden nach Umsatz          # shows the answer and returns it (Out[n] / a = %insight …)
    %insight und nur 2011?                            # follow-up in the same conversation
    %%insight --data orders                           # orders: a polars DataFrame, a Dataset or a file path
    revenue by country
    and only 2011?

Options come before the question: ``--data NAME|PATH``, ``--workspace PATH``, ``--demo``, ``--as-of DATE``,
``--new`` (forget the conversation). The source given once is remembered for later calls;
``%insight_workspace PATH`` sets it without asking. Without any source an existing default workspace
(``./insight.db``, ``$INSIGHT_HOME``) is used; when there is none, one line says how to point at data
(nothing is created). ``%insight 2`` asks option 2 of the last clarification. The cell magic runs its
lines as one fresh conversation and returns a Transcript (a list of Answers that displays as one block).

Questions end with ``?``, which IPython would read as its help syntax (``Kunden?`` → "Object `Kunden` not
found", and ``a = %insight …?`` would drop the assignment): a cleanup input transformer turns ``%insight``
lines into plain magic calls before IPython's help transformer sees them.

Answers display as static HTML (text, SVG chart, table) plus plain text: no widgets or scripts needed, so
they survive nbconvert and GitHub rendering.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Iterable, Sequence
from typing import Any

from IPython.core.magic import Magics, line_cell_magic, line_magic, magics_class

from insight import api
from insight.answer import Answer
from insight.api import InsightError, UsageError

from widgets.charts import answer_html

FLAGS_WITH_VALUE = {"--data", "--workspace", "--as-of"}
FLAGS = FLAGS_WITH_VALUE | {"--demo", "--new"}
NO_SOURCE = ("%insight: no data yet. Point it at data: %insight --data orders.csv QUESTION (a file or a polars "
             "DataFrame variable), %insight_workspace shop.db, or try %insight --demo QUESTION.")

# ``[target =] %insight …?`` on one line; the question is taken verbatim (IPython expands {var} itself)
_MAGIC_LINE = re.compile(r"^(?P<indent>[ \t]*)(?P<assign>(?:[A-Za-z_][\w.]*\s*,\s*)*[A-Za-z_][\w.]*\s*=\s*)?"
                         r"%insight(?P<rest>(?:[ \t].*)?)$")


def protect_questions(lines: list[str]) -> list[str]:
    """IPython cleanup transformer: ``%insight`` lines ending in ``?`` become explicit ``run_line_magic``
    calls, so IPython's help syntax (``word?`` → pinfo) never takes them and assignments are kept."""
    out = []
    for line in lines:
        body = line.rstrip("\n")
        match = _MAGIC_LINE.match(body)
        if match and body.rstrip().endswith("?") and not body.rstrip().endswith("\\"):
            call = f"get_ipython().run_line_magic('insight', {match['rest'].strip()!r})"
            line = f"{match['indent']}{match['assign'] or ''}{call}" + ("\n" if line.endswith("\n") else "")
        out.append(line)
    return out


def answer_bundle(answer: Answer) -> dict[str, Any]:
    """HTML with the chart as inline SVG, and plain text; no application/json (JupyterLab would prefer
    its JSON tree viewer over the HTML). A clarification says how to pick an option."""
    text, page = answer.to_text(), answer_html(answer)
    if answer.options:
        hint = ("Option wählen: %insight 1" if answer.language == "de" else "pick an option: %insight 1")
        text += f"\n{hint}"
        page += f"<p class='insight-shape'><small><code>%insight 1</code> … <code>%insight {len(answer.options)}</code>" \
                f"{' wählt eine Option' if answer.language == 'de' else ' picks an option'}</small></p>"
    return {"text/plain": text, "text/html": page}


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
        self.last: Answer | None = None

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
        source = opts if opts.has_source else self.source or self._default_source()
        if fresh:
            session = self._open(source)
        elif opts.has_source or opts.new or self.session is None:
            session = self.session = self._open(source)
        else:
            session = self.session
        if opts.has_source:
            self.source = opts
        return session

    @staticmethod
    def _default_source() -> Options:
        """The default workspace only when it exists already (``./insight.db``, ``$INSIGHT_HOME``): a notebook
        never creates one in the home folder just to answer "no data"."""
        location = api.default_workspace_location()
        if not Path(location).exists():
            raise UsageError(NO_SOURCE)
        return Options(workspace=location)

    def _pick(self, rest: str) -> str:
        """``%insight 2``: option 2 of the last clarification (the number itself otherwise)."""
        if rest.isdigit() and self.last is not None and self.last.options:
            number = int(rest)
            if not 1 <= number <= len(self.last.options):
                raise UsageError(f"%insight: choose an option from 1 to {len(self.last.options)}")
            return self.last.options[number - 1]
        return rest

    @line_magic
    def insight_workspace(self, line: str) -> None:
        """%insight_workspace PATH|URL: the workspace later %insight questions go to (must exist)."""
        location = line.strip().strip("'\"")
        try:
            if not location:
                raise UsageError("%insight_workspace: give a workspace file, e.g. %insight_workspace shop.db")
            if "://" not in location and not Path(location).expanduser().exists():
                raise UsageError(f"%insight_workspace: {location} not found (create one with `insight import`, "
                                 "or use %insight --data FILE)")
            opts = Options(workspace=str(Path(location).expanduser()) if "://" not in location else location)
            self.session = self._open(opts)
            self.source, self.last = opts, None
            print(f"insight: questions go to {opts.workspace}")
        except InsightError as exc:
            print(str(exc), file=sys.stderr)

    @line_cell_magic
    def insight(self, line: str, cell: str | None = None) -> Answer | Transcript | None:
        """%insight [options] QUESTION, or %%insight [options] with one question per line."""
        try:
            opts = parse_line(line)
            if cell is None:
                if not opts.rest:
                    raise UsageError("%insight: ask a question, e.g. %insight --demo top 5 customers by revenue")
                question = self._pick(opts.rest) if not (opts.has_source or opts.new) else opts.rest
                self.last = self._session(opts, fresh=False).ask(question)
                return self.last
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
    cleanup = ipython.input_transformers_cleanup
    if protect_questions not in cleanup:
        cleanup.append(protect_questions)


def unload_ipython_extension(ipython: Any) -> None:
    ipython.display_formatter.mimebundle_formatter.pop(Answer, None)
    while protect_questions in ipython.input_transformers_cleanup:
        ipython.input_transformers_cleanup.remove(protect_questions)
