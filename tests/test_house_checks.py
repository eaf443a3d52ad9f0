"""The house rules run with the suite (docs/architecture.md, "Checks"): the layer contracts (import-linter),
ruff and mypy, each as the whole process a developer runs, so the README's one test command checks them too."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


# a cold mypy takes minutes on CI: marked long, it starts at the head of a worker's share, never the last straggler
@pytest.mark.parametrize(
    "command",
    [
        pytest.param(["lint-imports"], id="layers", marks=pytest.mark.long(10)),
        pytest.param(["ruff", "check", "."], id="ruff"),
        pytest.param(["mypy"], id="mypy", marks=pytest.mark.long(90)),
    ],
)
def test_house_check_passes(command: list[str]) -> None:
    exe = BIN / command[0]
    assert exe.exists(), f"{command[0]} is not installed in the environment (uv sync --all-extras)"
    done = subprocess.run([str(exe), *command[1:]], cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, f"{' '.join(command)} failed:\n{done.stdout[-4000:]}\n{done.stderr[-2000:]}"
