"""The facade every face uses: open a workspace or a file, import, ask, and the analyst's Python API.

Faces (CLI, TUI, widgets, magics) call only what is here and render the returned objects.
"""

from __future__ import annotations
