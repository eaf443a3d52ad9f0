"""Prompt history persisted per workspace, so yesterday's questions are one ↑ away in front of the client.

Stored as JSON lines under ``$INSIGHT_STATE_DIR`` (else ``$INSIGHT_HOME/state``, else
``$XDG_STATE_HOME/insight`` or ``~/.local/state/insight``) in
``history/<slug>-<hash>.jsonl``, keyed by the workspace location (or data file, or "demo").
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

MAX_ENTRIES = 500


def state_dir() -> Path:
    if os.environ.get("INSIGHT_STATE_DIR"):
        return Path(os.environ["INSIGHT_STATE_DIR"])
    if os.environ.get("INSIGHT_HOME"):
        return Path(os.environ["INSIGHT_HOME"]) / "state"
    xdg = os.environ.get("XDG_STATE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".local" / "state") / "insight"


class History:
    """Questions asked, oldest first; ``previous``/``following`` walk it like a shell history."""

    def __init__(self, key: str, directory: Path | None = None) -> None:
        digest = hashlib.sha1(key.encode()).hexdigest()[:10]
        slug = re.sub(r"[^A-Za-z0-9]+", "-", key.rsplit("/", 1)[-1])[:30].strip("-") or "workspace"
        self.path = (directory or state_dir()) / "history" / f"{slug}-{digest}.jsonl"
        self.entries: list[str] = self._read()
        self._cursor = len(self.entries)
        self._draft = ""

    def _read(self) -> list[str]:
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except OSError:
            return []
        out = []
        for line in lines:
            try:
                value = json.loads(line)
            except ValueError:
                continue
            if isinstance(value, str):
                out.append(value)
        return out[-MAX_ENTRIES:]

    def add(self, question: str) -> None:
        question = question.strip()
        if not question:
            return
        if not self.entries or self.entries[-1] != question:
            self.entries.append(question)
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                with self.path.open("a", encoding="utf-8") as fh:
                    fh.write(json.dumps(question, ensure_ascii=False) + "\n")
            except OSError:
                pass  # history is a convenience; a read-only home must not break asking
        self.reset()

    def reset(self) -> None:
        self._cursor = len(self.entries)
        self._draft = ""

    def previous(self, current: str) -> str | None:
        if self._cursor == len(self.entries):
            self._draft = current
        if self._cursor == 0:
            return None
        self._cursor -= 1
        return self.entries[self._cursor]

    def following(self) -> str | None:
        if self._cursor >= len(self.entries):
            return None
        self._cursor += 1
        return self._draft if self._cursor == len(self.entries) else self.entries[self._cursor]
