"""Textual terminal UI over the insight core."""
