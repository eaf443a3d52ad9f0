"""The insight terminal app: composes header, conversation and side panel, and routes between them.

Layout: key-figure header; the conversation (answer cards above a prompt) beside a side panel with the
segment view and the customer card; footer with the keys. All analysis runs in worker threads through
``tui.backend``; results come back as messages, so the UI never blocks and never crashes on a core error.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import threading
import time
from pathlib import Path
from collections.abc import Iterable
from typing import Any

from textual import on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Footer, Input, TabbedContent, TabPane
from textual.worker import Worker, WorkerState

from insight.api import Dataset
from tui import backend
from tui.commands import InsightCommands
from tui.components.answer_card import AnswerCard
from tui.components.clarify import ClarifyOptions
from tui.components.customer_card import CustomerCard
from tui.components.frame_table import FrameTable
from tui.components.kpi_header import KpiHeader, KpiPanel
from tui.components.prompt import QueryPrompt
from tui.components.segment_view import SegmentView
from tui.components.transcript import Transcript
from tui.history import History
from tui.i18n import t
from tui.keys import KEYMAP, app_bindings
from tui.screens.export import ExportScreen
from tui.screens.help import HelpScreen

BUSY_GROUPS = {"load", "ask", "segments", "segment-members", "customer", "export", "kpis"}
THEMES = ("textual-dark", "textual-light")
NARROW = 100  # below this many columns the side panel is shown instead of the conversation, not beside it
OPTION_NUMBER = re.compile(r"\s*(\d{1,2})\s*[.)]?\s*")


class InsightApp(App[None]):
    """Ask a client's data in German or English; see segments and customers beside the answers."""

    CSS_PATH = ["app.tcss", "cards.tcss", "side.tcss"]
    TITLE = "insight"
    COMMANDS = App.COMMANDS | {InsightCommands}
    BINDINGS = app_bindings("en")
    VERTICAL_BREAKPOINTS = [(0, "-short"), (30, "-tall"), (50, "-large")]  # cards.tcss: table and chart heights

    language: reactive[str] = reactive("en", init=False)

    # -- messages from worker threads --------------------------------------------------------------
    class Loaded(Message):
        def __init__(self, dataset: Dataset) -> None:
            self.dataset = dataset
            super().__init__()

    class LoadFailed(Message):
        def __init__(self, problem: str) -> None:
            self.problem = problem
            super().__init__()

    class Figures(Message):
        def __init__(self, figures: dict[str, Any], problem: str = "") -> None:
            self.figures = figures
            self.problem = problem
            super().__init__()

    class Vocabulary(Message):
        def __init__(self, words: list[str]) -> None:
            self.words = words
            super().__init__()

    class Answered(Message):
        def __init__(self, card: AnswerCard, answer: Any = None, problem: str = "", seconds: float = 0.0) -> None:
            self.card = card
            self.answer = answer
            self.problem = problem
            self.seconds = seconds
            super().__init__()

    class Exported(Message):
        def __init__(self, path: Path | None, rows: int, problem: str = "") -> None:
            self.path = path
            self.rows = rows
            self.problem = problem
            super().__init__()

    class ReportWritten(Message):
        def __init__(self, path: Path | None, problem: str = "") -> None:
            self.path = path
            self.problem = problem
            super().__init__()

    def __init__(self, source: backend.Source, language: str = "en", history_dir: Path | None = None,
                 export_dir: Path | None = None) -> None:
        super().__init__()
        self.source = source
        self.set_reactive(InsightApp.language, language if language in ("en", "de") else "en")
        self.dataset: Dataset | None = None
        self.conversation: backend.Conversation | None = None
        self.problem = ""
        self.history = History(source.history_key, history_dir)
        self.export_dir = Path(export_dir) if export_dir else Path.cwd()
        self.last_export: Path | None = None
        self.show_timings = True  # seconds the core took, on each card (snapshot tests turn it off)
        self._data_ready = threading.Event()
        self.side_wanted: bool | None = None  # None: by the width (shown when wide, hidden when narrow)
        self.narrow = False

    def compose(self) -> ComposeResult:
        # references, not queries: app.query_one searches the *active* screen, which is a modal at times
        lang = self.language
        self.kpi_header = KpiHeader(self.source.label, lang, id="header")
        self.transcript_view = Transcript(id="transcript")
        self.prompt_input = QueryPrompt(self.history, placeholder=t("prompt_placeholder", lang), id="prompt")
        self.segment_view = SegmentView(lang, id="segments")
        self.customer_card = CustomerCard(lang, id="customer")
        self.kpi_panel = KpiPanel(lang, id="kpis")
        yield self.kpi_header
        with Horizontal(id="body") as self.body:
            with Vertical(id="conversation") as self.conversation_view:
                yield self.transcript_view
                yield self.prompt_input
            with TabbedContent(id="side") as self.side_panel:
                with TabPane(t("segments", lang), id="tab-segments"):
                    yield self.segment_view
                with TabPane(t("customer", lang), id="tab-customer"):
                    yield self.customer_card
                with TabPane(t("kpis", lang), id="tab-kpis"):
                    yield self.kpi_panel
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.prompt_input.focus()
        self._layout_side()
        if self.language != "en":
            self._apply_language()
        self._greet()
        self.set_interval(0.2, self._poll_busy)
        self._load_worker()

    # -- loading and pre-warming ---------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def _load_worker(self) -> None:
        backend.preload()
        try:
            dataset = backend.load(self.source)
        except Exception as exc:
            self.problem = backend.describe_error(exc)
            self._data_ready.set()
            self.post_message(self.LoadFailed(self.problem))
            return
        self.dataset = dataset
        try:
            self.conversation = backend.Conversation(dataset)
            backend.warm(dataset)
        except Exception as exc:
            self.problem = backend.describe_error(exc)
        try:
            vocabulary = backend.completions(dataset)  # also builds the parser's value index: warm too
        except Exception:
            vocabulary = []  # completion is a convenience; the prompt works without it
        self._data_ready.set()  # questions may run from here on; the rest fills in around them
        self.post_message(self.Loaded(dataset))
        self.post_message(self.Vocabulary(vocabulary))
        try:
            self.post_message(self.Figures(backend.kpis(dataset, self.language)))
        except Exception as exc:
            self.post_message(self.Figures({}, backend.describe_error(exc)))

    def on_insight_app_loaded(self, message: Loaded) -> None:
        if not (self.source.workspace or self.source.data or self.source.dataset):
            self.kpi_header.set_source(message.dataset.source or "demo")
        self.segment_view.set_dataset(message.dataset)
        self.customer_card.set_dataset(message.dataset)
        self.kpi_header.set_as_of(message.dataset.as_of)
        self._greet()

    def _greet(self) -> None:
        try:
            examples = backend.example_questions(self.language, self.dataset)
        except Exception:
            examples = []
        self.transcript_view.set_welcome(self.language, examples)

    def on_insight_app_load_failed(self, message: LoadFailed) -> None:
        self.kpi_header.set_problem(message.problem)
        self.notify(message.problem, title=t("error", self.language), severity="error")

    def on_insight_app_figures(self, message: Figures) -> None:
        header = self.kpi_header
        if message.problem:
            header.set_problem(message.problem)
        else:
            header.set_figures(message.figures)
            self.kpi_panel.set_figures(message.figures)

    def on_insight_app_vocabulary(self, message: Vocabulary) -> None:
        self.prompt_input.set_vocabulary(message.words)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """The busy light follows a worker at once; the interval poll only backs it up."""
        self._poll_busy()

    def _poll_busy(self) -> None:
        busy = sum(1 for w in self.workers if w.group in BUSY_GROUPS and w.state in
                   (WorkerState.PENDING, WorkerState.RUNNING))
        if self.kpi_header.is_attached:
            self.kpi_header.set_busy(busy)

    # -- asking --------------------------------------------------------------------------------------
    @on(Input.Submitted, "#prompt")
    def _prompt_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        question = event.value.strip()
        event.input.value = ""
        self.submit_question(question)

    def submit_question(self, question: str) -> AnswerCard | None:
        """Add a card for ``question`` at once and answer it in a worker. Right after a question back, a bare
        number picks that option; any other text is asked as it is (typed text is never replaced)."""
        question = question.strip()
        if not question:
            return None
        picked = OPTION_NUMBER.fullmatch(question)
        newest = self.transcript_view.newest
        if picked and newest is not None and newest.answer is not None and newest.answer.status == "clarify":
            options = newest.options
            number = int(picked.group(1))
            if not 1 <= number <= len(options):
                self.notify(t("option_unknown", self.language, n=number, last=len(options)), severity="warning")
                return None
            question = options[number - 1]
        self.prompt_input.remember(question)
        card = self.transcript_view.add_card(question, self.language)
        self._ask_worker(question, card)
        return card

    @work(thread=True, group="ask", exit_on_error=False)
    def _ask_worker(self, question: str, card: AnswerCard) -> None:
        self._data_ready.wait()
        if self.conversation is None:
            self.post_message(self.Answered(card, problem=self.problem or "no data loaded"))
            return
        started = time.perf_counter()
        try:
            answer = self.conversation.ask(question)
        except Exception as exc:
            self.post_message(self.Answered(card, problem=backend.describe_error(exc)))
            return
        self.post_message(self.Answered(card, answer, seconds=time.perf_counter() - started))

    def on_insight_app_answered(self, message: Answered) -> None:
        if message.answer is not None:
            # the focus stays in the prompt: a question back is answered by typing its number (or a click),
            # and a new question typed instead is asked as typed
            options = None
            if message.answer.status == "clarify" and message.answer.options and self.dataset is not None:
                try:  # the core's suggestions name catalogue years; offer them for the data's own years
                    options = backend.fit_examples(list(message.answer.options), self.dataset, message.answer.language)
                except Exception:
                    options = None
            message.card.show_answer(message.answer, seconds=message.seconds if self.show_timings else None,
                                     options=options)
        else:
            message.card.show_error(message.problem)
        if message.card is self.transcript_view.newest:  # the top of the newest card is what the reader needs
            self.transcript_view.reveal(message.card)

    def on_clarify_options_picked(self, message: ClarifyOptions.Picked) -> None:
        self.submit_question(message.option)
        self.prompt_input.focus()

    # -- routing between views -----------------------------------------------------------------------
    def on_frame_table_row_chosen(self, message: FrameTable.RowChosen) -> None:
        customer_id = message.row.get("customer_id")
        if customer_id is not None:
            self.open_customer(customer_id)
        else:  # never silently nothing
            self.notify(t("no_customer_row", self.language), severity="information")

    def _show_pane(self, pane: str, focus: str | None = None) -> None:
        """Bring a side pane to front. Focus moves first: TabbedContent follows focus into a pane."""
        side = self.side_panel
        self.side_wanted = True
        self._layout_side()
        if focus is not None:
            self.screen_stack[0].query_one(focus).focus()
        elif self.focused is not None and self.focused in side.query("*"):
            self.prompt_input.focus()
        side.active = pane

    def open_customer(self, customer_id: Any) -> None:
        """Show the customer card of ``customer_id`` (keeps focus in the prompt if it was there)."""
        in_prompt = isinstance(self.focused, QueryPrompt) and not self.narrow
        self._show_pane("tab-customer", None if in_prompt else "#customer-history")
        self.customer_card.show_customer(customer_id)

    def show_segments(self, method: str = "rfm") -> None:
        self._show_pane("tab-segments")
        self.segment_view.action_method(method)

    # -- export --------------------------------------------------------------------------------------
    def _current_table(self) -> FrameTable | None:
        card = self.transcript_view.current_card()
        return card.table if card is not None else None

    def default_export_path(self, suffix: str = "csv") -> Path:
        card = self.transcript_view.current_card()
        slug = re.sub(r"[^a-z0-9]+", "-", (card.question if card else "answer").lower()).strip("-")[:40]
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        return self.export_dir / f"insight-{slug or 'answer'}-{stamp}.{suffix}"

    def action_export(self) -> None:
        if self._current_table() is None:
            self.notify(t("export_nothing", self.language), severity="warning")
            return
        self.push_screen(ExportScreen(self.language, self.default_export_path()), self._export_chosen)

    def _export_chosen(self, path: Path | None) -> None:
        if path is not None:
            self.export_current(path=path)

    def export_current(self, suffix: str = "csv", path: Path | None = None) -> None:
        """Write the current answer's table (as sorted on screen, all rows) to ``path`` or a default name."""
        table = self._current_table()
        if table is None:
            self.notify(t("export_nothing", self.language), severity="warning")
            return
        self._export_worker(table.view, path or self.default_export_path(suffix))

    @work(thread=True, group="export", exit_on_error=False)
    def _export_worker(self, frame: Any, path: Path) -> None:
        try:
            written = backend.export_table(frame, path)
        except Exception as exc:
            self.post_message(self.Exported(None, 0, backend.describe_error(exc)))
            return
        self.post_message(self.Exported(written, frame.height))

    def on_insight_app_exported(self, message: Exported) -> None:
        if message.path is None:
            self.notify(message.problem, title=t("error", self.language), severity="error")
            return
        self.last_export = message.path
        self.notify(t("export_done", self.language, rows=message.rows, path=message.path))

    def create_report(self, fmt: str = "html") -> None:
        """Write the client report of the loaded data to the export folder as ``fmt`` (html, pdf or pptx; a
        worker, so the app stays responsive; notifies when done)."""
        if self.dataset is None:
            self.notify(t("report_nothing", self.language), severity="warning")
            return
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        self._report_worker(self.dataset, self.export_dir / f"insight-report-{stamp}.{fmt}", self.language)

    @work(thread=True, group="export", exit_on_error=False)
    def _report_worker(self, dataset: Any, path: Path, language: str) -> None:
        try:
            written = backend.write_report(dataset, path, language)
        except Exception as exc:
            self.post_message(self.ReportWritten(None, backend.describe_error(exc)))
            return
        self.post_message(self.ReportWritten(written))

    def on_insight_app_report_written(self, message: ReportWritten) -> None:
        if message.path is None:
            self.notify(message.problem, title=t("error", self.language), severity="error")
            return
        self.last_export = message.path
        self.notify(t("report_done", self.language, path=message.path))

    # -- actions -------------------------------------------------------------------------------------
    def action_help(self) -> None:
        try:
            examples, problem = backend.example_questions(self.language, self.dataset), ""
        except Exception as exc:
            examples, problem = [], backend.describe_error(exc)
        self.push_screen(HelpScreen(self.language, examples, problem), self._help_closed)

    def _help_closed(self, question: str | None) -> None:
        if question:
            self.submit_question(question)

    def action_focus_prompt(self) -> None:
        if self.narrow and self.side_panel.display:
            self.side_wanted = False
            self._layout_side()
        self.prompt_input.focus()

    def action_focus_answer(self) -> None:
        table = self._current_table()
        if table is not None:
            if self.narrow and self.side_panel.display:  # narrow: back to the conversation first
                self.side_wanted = False
                self._layout_side()
            table.focus()

    def action_focus_segments(self) -> None:
        self._show_pane("tab-segments", "#segment-summary")

    def action_focus_customer(self) -> None:
        self._show_pane("tab-customer", "#customer-history")

    def action_focus_kpis(self) -> None:
        self._show_pane("tab-kpis", "#kpis")

    def action_toggle_side(self) -> None:
        self.side_wanted = not self.side_panel.display
        self._layout_side()
        if self.side_panel.display and self.narrow:
            pane = self.side_panel.active
            target = {"tab-segments": "#segment-summary", "tab-customer": "#customer-history",
                      "tab-kpis": "#kpis"}.get(pane, "#segment-summary")
            self.screen_stack[0].query_one(target).focus()
        elif not self.side_panel.display:
            self.prompt_input.focus()

    def on_resize(self, event: Any) -> None:
        self._layout_side(event.size.width)  # App.size follows the event only a little later

    def _layout_side(self, width: int | None = None) -> None:
        """Wide: the side panel (30 %) beside the conversation unless hidden. Narrow: one or the other."""
        if not hasattr(self, "side_panel") or not self.side_panel.is_attached:
            return
        self.narrow = (width if width is not None else self.size.width) < NARROW
        shown = (not self.narrow) if self.side_wanted is None else self.side_wanted
        self.body.set_class(self.narrow, "-narrow")
        self.side_panel.display = shown
        self.conversation_view.display = not (self.narrow and shown)

    def get_system_commands(self, screen: Any) -> Iterable[SystemCommand]:
        """Textual's own palette entries in the UI language (theme, quit, maximise); the screenshot is in
        the app's own entries (saved to the export folder)."""
        lang = self.language
        yield SystemCommand(t("theme_pick", lang), t("theme_pick_help", lang), self.action_change_theme)
        yield SystemCommand(t("quit", lang), t("quit_help", lang), self.action_quit)
        if screen.maximized is not None:
            yield SystemCommand(t("minimize", lang), t("minimize_help", lang), screen.action_minimize)
        elif screen.focused is not None and screen.focused.allow_maximize:
            yield SystemCommand(t("maximize", lang), t("maximize_help", lang), screen.action_maximize)

    # -- screenshot ----------------------------------------------------------------------------------
    def deliver_screenshot(self, filename: str | None = None, path: str | None = None,
                           time_format: str | None = None) -> str | None:
        """Save an SVG of the screen into ``path`` (default: the export folder, else the current one), not
        Textual's ~/Downloads, which may not exist; the notification says where it went."""
        if self.is_web:
            return super().deliver_screenshot(filename, path, time_format)
        folder = Path(path).expanduser() if path else self.export_dir
        try:
            folder.mkdir(parents=True, exist_ok=True)
            written = self.save_screenshot(filename, str(folder), time_format)
        except OSError as exc:
            self.notify(t("screenshot_failed", self.language, why=backend.describe_error(exc)), severity="error")
            return None
        self.notify(t("screenshot_done", self.language, path=written))
        return written

    def action_toggle_theme(self) -> None:
        self.theme = THEMES[(THEMES.index(self.theme) + 1) % len(THEMES)] if self.theme in THEMES else THEMES[0]

    def action_toggle_language(self) -> None:
        self.language = "de" if self.language == "en" else "en"
        self.notify(t("language_set", self.language))

    def watch_language(self) -> None:
        self._apply_language()
        if self.dataset is not None:
            self._kpis_worker(self.dataset, self.language)  # the KPI list's labels and reasons follow

    @work(thread=True, exclusive=True, group="kpis", exit_on_error=False)
    def _kpis_worker(self, dataset: Dataset, language: str) -> None:
        try:
            self.post_message(self.Figures(backend.kpis(dataset, language)))
        except Exception as exc:
            self.post_message(self.Figures({}, backend.describe_error(exc)))

    def _apply_language(self) -> None:
        lang = self.language
        self.kpi_header.set_language(lang)
        self.prompt_input.placeholder = t("prompt_placeholder", lang)
        self.segment_view.set_language(lang)
        self.customer_card.set_language(lang)
        self.kpi_panel.set_language(lang)
        self._greet()
        side = self.side_panel
        side.get_tab("tab-segments").label = t("segments", lang)
        side.get_tab("tab-customer").label = t("customer", lang)
        side.get_tab("tab-kpis").label = t("kpis", lang)
        described = {(key, k.action): (k.de if lang == "de" else k.en)
                     for k in KEYMAP if k.scope == "app" for key in k.keys.split(",")}
        for key, bindings in self._bindings.key_to_bindings.items():
            self._bindings.key_to_bindings[key] = [
                dataclasses.replace(b, description=described.get((key, b.action), b.description)) for b in bindings
            ]
        self.refresh_bindings()


def create_app(dataset: Dataset | None = None, workspace: str | None = None, language: str = "en", *,
               data: str | Path | None = None, history_dir: Path | None = None,
               export_dir: Path | None = None) -> InsightApp:
    """The app for a Dataset in memory, a workspace, or a data file; with none of them, the demo.

    Loading happens in a worker after the first frame, so the window appears at once even for a
    million order lines.
    """
    source = backend.Source(dataset=dataset, data=str(data) if data else None, workspace=workspace)
    return InsightApp(source, language=language, history_dir=history_dir, export_dir=export_dir)
