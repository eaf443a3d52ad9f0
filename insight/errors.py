"""One error hierarchy for everything a user can get wrong; faces decide how to show it (one line, exit 1)."""

from __future__ import annotations


class InsightError(Exception):
    """A problem the user can fix. ``str(err)`` is one line naming what is wrong and what to do."""

    exit_code = 1

    def __init__(self, *args: object) -> None:
        # a header or cell that holds a line break (a quoted CSV field) must not break the one-line promise
        if args and isinstance(args[0], str):
            args = (" ".join(args[0].splitlines()), *args[1:])
        super().__init__(*args)


class InputError(InsightError):
    """A file or value that cannot be read or mapped (names the file, row or column)."""


class WorkspaceError(InsightError):
    """A workspace that cannot be opened, is locked, or lacks what was asked for."""


class MissingDataError(InsightError):
    """The data lacks a column or table that a metric needs."""


class MissingInputError(MissingDataError):
    """A metric needs a table (survey answers, coupons, …) or a column of one that the data lacks: the question
    names something this data cannot answer, so it is asked back naming what is missing and what to import."""


class ModelError(InsightError):
    """A model that cannot be fitted on the data given (too few customers, no repeat buyers, ...)."""


class UsageError(InsightError):
    """Wrong usage of a command (exit 2)."""

    exit_code = 2
