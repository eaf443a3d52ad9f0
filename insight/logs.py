"""Visible failures: the core's one logger tree, the debug switch, and the internal-error answer's wording.

Every core module logs to ``logging.getLogger(__name__)``, a child of the ``insight`` logger. The library
configures no output (``insight/__init__.py`` adds only a ``NullHandler``); a face does: the CLI sends the
records to stderr under ``--debug`` or ``INSIGHT_DEBUG=1`` (``log_to_stderr``). With ``INSIGHT_DEBUG=1``
the core re-raises an internal error (a bug such as a KeyError escaping the executor) instead of
answering with the internal-error sentence, so the traceback shows where it happened.

>>> INTERNAL_ERROR_CODE
'internal_error'
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable

from insight.language import Language

LOGGER_NAME = "insight"
INTERNAL_ERROR_CODE = "internal_error"  # the code an answer's notes carry for a bug (answers.md: status "error")
_TEXT = {
    "en": "Internal error — please report it, with the `--debug` output (insight ask … --debug).",
    "de": "Interner Fehler — bitte melden Sie ihn, mit der Ausgabe von `--debug` (insight ask … --debug).",
}
_NOTE = {"en": "error code: {code}", "de": "Fehlercode: {code}"}


def debug_enabled() -> bool:
    """Whether ``INSIGHT_DEBUG`` is set to 1 (or true/yes/on): re-raise internal errors, log to stderr."""
    return os.environ.get("INSIGHT_DEBUG", "").strip().lower() in {"1", "true", "yes", "on"}


def internal_error_text(language: Language) -> str:
    """The one sentence an answer gives for a bug."""
    return _TEXT[language]


def internal_error_note(language: Language) -> str:
    """The answer note naming the internal-error code (scripts find ``internal_error`` in ``notes``)."""
    return _NOTE[language].format(code=INTERNAL_ERROR_CODE)


class StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to the ``sys.stderr`` of the moment, not the one at set-up (consoles and tests swap it)."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)
        self.setFormatter(logging.Formatter("insight: %(levelname)s %(name)s: %(message)s"))

    @property  # type: ignore[override]
    def stream(self) -> object:
        return sys.stderr

    @stream.setter
    def stream(self, _value: object) -> None:
        pass


def log_to_stderr(level: int = logging.DEBUG) -> Callable[[], None]:
    """Send the core's log records (with tracebacks) to stderr; idempotent. Faces call this, never the core.
    Returns the undo (a command run in-process, as in tests, removes what it added when it ends)."""
    logger = logging.getLogger(LOGGER_NAME)
    previous = logger.level
    logger.setLevel(level)
    if any(isinstance(h, StderrHandler) for h in logger.handlers):
        return lambda: None
    handler = StderrHandler()
    logger.addHandler(handler)

    def undo() -> None:
        logger.removeHandler(handler)
        logger.setLevel(previous)

    return undo
