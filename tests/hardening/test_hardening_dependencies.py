"""Issue 17: a dependency check that works offline in CI. The lock file must match pyproject.toml
(``uv lock --check --offline``: no network), and the advisory review recorded in docs/reliability.md must
name the versions uv.lock pins now — a changed pin fails here until the review is redone."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _uv() -> str | None:
    return os.environ.get("UV") or shutil.which("uv") or shutil.which("uv", path=str(Path(sys.executable).parent))


def test_the_lock_file_matches_the_project_offline():
    uv = _uv()
    if uv is None:
        pytest.skip("uv is not installed here (set UV=/path/to/uv)")
    env = {**os.environ, "UV_OFFLINE": "1", "UV_PYTHON_DOWNLOADS": "never"}
    done = subprocess.run([uv, "lock", "--check", "--offline"], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, (done.stdout + done.stderr)[-2000:]


def test_the_recorded_advisory_review_names_the_pinned_versions():
    pinned = {p["name"]: p.get("version") for p in tomllib.loads((ROOT / "uv.lock").read_text())["package"]}
    doc = (ROOT / "docs" / "reliability.md").read_text()
    section = doc.split("## Dependencies", 1)[1].split("\n## ", 1)[0]
    reviewed = dict(re.findall(r"^\| `([a-z0-9_.-]+)` \| ([^ |]+) \|", section, flags=re.M))
    assert len(reviewed) >= 15, reviewed
    stale = {name: (version, pinned.get(name)) for name, version in reviewed.items() if pinned.get(name) != version}
    assert not stale, f"uv.lock changed since the advisory review (reviewed, pinned): {stale}"
