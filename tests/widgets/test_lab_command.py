"""``insight lab`` without starting JupyterLab: the errors it reports, and what it passes on.
(test_lab_browser.py starts it for real.)"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from widget_expect import REPO

INSIGHT = Path(sys.executable).with_name("insight")


def test_lab_rejects_a_missing_folder(tmp_path):
    result = subprocess.run([str(INSIGHT), "lab", str(tmp_path / "nope")], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 2 and "not a folder" in result.stderr and "Traceback" not in result.stderr


def test_lab_finds_the_widgets_templates_without_importing_the_face():
    from insight.cli.lab_cmds import _share_dir

    share = _share_dir()
    assert share == REPO / "widgets" / "share"
    assert (share / "nbconvert" / "templates" / "insight" / "index.html.j2").exists()
    assert (share / "lab" / "settings" / "overrides.d" / "insight.json").exists()


def test_the_lab_extra_installs_the_widget_state_setting():
    import json

    installed = Path(sys.prefix) / "share" / "jupyter" / "lab" / "settings" / "overrides.d" / "insight.json"
    assert json.loads(installed.read_text())["@jupyter-widgets/jupyterlab-manager:plugin"]["saveState"] is True
