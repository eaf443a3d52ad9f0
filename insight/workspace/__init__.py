"""Workspace storage: SQLModel tables on SQLite (default) or PostgreSQL, atomic and undoable imports."""

from insight.workspace.report import ImportReport
from insight.workspace.workspace import Workspace

__all__ = ["ImportReport", "Workspace"]
