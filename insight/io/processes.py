"""Whether a writer's process still runs: a temporary file or folder named with its pid is left alone while it
does (insight.io.cache, insight.workspace.columnar remove those of writers that are gone)."""

from __future__ import annotations

import os


def alive(pid: int) -> bool:
    """True for this process and any process that exists (also one of another user: ``kill`` is refused)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True
