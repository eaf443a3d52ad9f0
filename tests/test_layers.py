"""The core never imports a face: importing insight (and its API and CLI) must not pull textual or ipywidgets."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FACES = ("textual", "ipywidgets", "tui", "widgets", "IPython", "altair")


def _modules_after_import(code: str) -> set[str]:
    probe = f"import sys, json\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize("code", [
    "import insight",
    "import insight.api",
    "import insight.cli",
])
def test_core_does_not_import_faces(code: str) -> None:
    loaded = _modules_after_import(code)
    leaked = sorted(m for m in loaded if m.split(".")[0] in FACES)
    assert not leaked, f"`{code}` imported face modules: {leaked[:5]}"


def test_core_sources_never_name_a_face() -> None:
    offenders = []
    for path in (ROOT / "insight").rglob("*.py"):
        if path.parent.name == "cli" and path.name == "ui_cmds.py":
            continue  # the `insight tui` command imports tui lazily, inside the command
        text = path.read_text(encoding="utf-8")
        for face in ("import textual", "from textual", "import ipywidgets", "from ipywidgets",
                     "from tui", "import tui", "from widgets", "import widgets"):
            if face in text:
                offenders.append(f"{path.relative_to(ROOT)}: {face}")
    assert not offenders, offenders


def test_the_faces_contract_names_every_core_module() -> None:
    """The import-linter contract "faces-use-the-facade" forbids every core module but the facade's own
    (insight.api, insight.answer, insight.formatting): a new core module must be added to its list."""
    import pkgutil
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contract = next(c for c in config["tool"]["importlinter"]["contracts"] if c["id"] == "faces-use-the-facade")
    allowed = {"insight.api", "insight.answer", "insight.formatting"}
    core = {f"insight.{m.name}" for m in pkgutil.iter_modules([str(ROOT / "insight")])}
    missing = sorted(core - allowed - set(contract["forbidden_modules"]))
    assert not missing, f"add to the faces contract's forbidden_modules in pyproject.toml: {missing}"


# the packages of the extras (tui, notebook, postgres): the core installs and answers without them
EXTRAS_ONLY = ("textual", "textual_plotext", "ipywidgets", "IPython", "altair", "vl_convert", "psycopg",
               "adbc_driver_postgresql")
_ABSENT = f"""
import importlib.abc, sys
class _Absent(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {EXTRAS_ONLY!r}:
            raise ModuleNotFoundError(f"No module named {{name!r}} (not installed: an extra)")
        return None
sys.meta_path.insert(0, _Absent())
"""


def test_the_core_answers_without_the_extras_packages() -> None:
    code = _ABSENT + (
        "import insight.api as ia, insight.cli\n"
        "answer = ia.ask('Umsatz nach Jahr', data=ia.demo_dataset(n_customers=200))\n"
        "print(answer.status, answer.table.height > 0)\n"
        "sys.argv = ['insight', '--help']\n"
        "try:\n    insight.cli.main()\nexcept SystemExit as exit:\n    print('exit', exit.code)\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "ok True" in out.stdout, out.stdout[-2000:]
    assert "exit 1" not in out.stdout and "Usage" in out.stdout, out.stdout[-2000:]


def test_the_extras_hold_the_faces_packages() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    core = " ".join(project["dependencies"]).lower()
    assert not any(name in core for name in ("textual", "ipywidgets", "ipython", "altair", "vl-convert", "psycopg"))
    extras = project["optional-dependencies"]
    assert {"tui", "notebook", "postgres"} <= set(extras)


def test_insight_tui_without_the_tui_extra_says_which_extra() -> None:
    code = _ABSENT + (
        "import insight.cli\n"
        "sys.argv = ['insight', 'tui']\n"
        "try:\n    insight.cli.main()\nexcept SystemExit as exit:\n    print('exit', exit.code)\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert "exit 2" in out.stdout, (out.stdout + out.stderr)[-2000:]
    assert "insight[tui]" in out.stderr and "internal error" not in out.stderr, out.stderr[-2000:]
