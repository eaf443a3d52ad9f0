"""`insight ask` and `insight chat`: questions in German or English, answered from a file or a workspace.

`ask --json` writes exactly one answer object (shared/spec/answers.md) to stdout and nothing else;
exit 0 for ok / clarify, 1 for error (with one line on stderr), 2 for wrong usage. `chat` reads one
question per line from stdin (follow-ups refer to the previous answer) and writes the answers, as
text or, with --json, one JSON object per line. Heavy modules are imported inside the commands so
that `insight --help` and every `ask` start fast.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer
import typer.core

from insight.cli import _ask
from insight.cli._ask import (_lazy_line_metrics, _load_overlapped, _pruned_answer, _render,  # noqa: F401 - tests
                             _session, _streamed_answer, _streams)
from insight.cli.common import echo, with_data_options, AsOfOpt, DataOpt, JsonOpt, WorkspaceOpt

LlmOpt = Annotated[
    str | None,
    typer.Option("--llm", envvar="INSIGHT_LLM_URL",
                 help="Optional OpenAI-compatible server (e.g. http://127.0.0.1:11434) that only fills the query "
                      "plan; it never sees data rows. Without it, questions are parsed offline."),
]
LlmModelOpt = Annotated[
    str | None, typer.Option("--llm-model", envvar="INSIGHT_LLM_MODEL", help="Model name for --llm."),
]
ExplainOpt = Annotated[bool, typer.Option("--explain", help="Also show the query plan and the definitions used.")]
StreamOpt = Annotated[bool, typer.Option("--stream", help="Answer from a lazy scan of a --data Parquet file on the "
                                         "streaming engine (line metrics only; for files larger than memory). "
                                         "Chosen by itself when the file would not fit in memory.")]
_EXIT_WORDS = {"exit", "quit", "bye", "q", ":q", "ende", "tschuss", "tschüss", "beenden"}


def _examples() -> str:
    """A few example questions from the semantic model (the same list the TUI and widgets offer)."""
    from insight.semantic import SEMANTIC_MODEL

    picks = SEMANTIC_MODEL.example_questions("de")[:4] + SEMANTIC_MODEL.example_questions("en")[:4]
    return "Examples: " + " · ".join(f'"{q}"' for q in picks)


class _ExamplesEpilog(typer.core.TyperCommand):
    """A command whose epilog (the example questions) is built when help is shown, not when the CLI is
    imported: the semantic model is not loaded for every command (issue 16)."""

    _epilog: str | None = None

    @property
    def epilog(self) -> str | None:  # type: ignore[override]
        if self._epilog is None:
            self._epilog = _examples()
        return self._epilog

    @epilog.setter
    def epilog(self, value: str | None) -> None:
        self._epilog = value


def register(app: typer.Typer) -> None:
    """Add `ask` and `chat` to the app."""

    @app.command("ask", cls=_ExamplesEpilog)
    @with_data_options
    def ask(
        question: Annotated[str, typer.Argument(help="The question, e.g. \"Umsatz nach Land, Top 3\".")],
        data: DataOpt = None,
        workspace: WorkspaceOpt = None,
        json_out: JsonOpt = False,
        explain: ExplainOpt = False,
        as_of: AsOfOpt = None,
        llm: LlmOpt = None,
        llm_model: LlmModelOpt = None,
        stream: StreamOpt = False,
        debug: Annotated[bool, typer.Option("--debug", help="Show on stderr how the question was read: each "
                                            "word, the rule that built the plan, and the plan.")] = False,
    ) -> None:
        """Answer one question about the data (German or English), e.g. `insight ask "Top 10 Kunden nach Umsatz"`."""
        _ask.run(question, data, workspace, json_out, explain, as_of, llm, llm_model, stream, debug,
                 emit=typer.echo, show_text=echo)

    @app.command("chat")
    @with_data_options
    def chat(
        data: DataOpt = None,
        workspace: WorkspaceOpt = None,
        json_out: JsonOpt = False,
        explain: ExplainOpt = False,
        as_of: AsOfOpt = None,
        llm: LlmOpt = None,
        llm_model: LlmModelOpt = None,
    ) -> None:
        """A conversation on stdin/stdout: one question per line, follow-ups refer to the previous answer
        ("und nur 2011?", "now by month", "warum?"). Ends at end of input or with `exit`."""
        session = _session(data, workspace, as_of, llm, llm_model)
        interactive = sys.stdin.isatty()
        if interactive and not json_out:
            echo("insight chat: ask in German or English; 'exit' ends.")
        while True:
            if interactive and not json_out:
                echo("> ", nl=False)
            line = sys.stdin.readline()
            if not line:
                break
            question = line.strip()
            if not question:
                continue
            if question.casefold() in _EXIT_WORDS:
                break
            answer = session.ask(question)
            if json_out:
                typer.echo(answer.dumps())
            else:
                echo(_render(answer, explain) + "\n")
            sys.stdout.flush()
