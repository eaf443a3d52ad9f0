"""Shared fixtures: one demo Dataset per session (derived frames are cached on it) and the kernel."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def demo():
    import insight.api as ia

    return ia.demo_dataset()


@pytest.fixture(scope="session")
def demo_workspace(tmp_path_factory, demo) -> str:
    """A real SQLite workspace file holding the demo data."""
    import insight.api as ia

    path = tmp_path_factory.mktemp("ws") / "demo.db"
    with ia.open_workspace(path) as ws:
        ws.write_dataset(demo)
    return str(path)


@pytest.fixture(scope="session")
def kernel() -> str:
    """Register this venv's python as the 'python3' kernel (idempotent; CI starts from a clean clone)."""
    from jupyter_client.kernelspec import KernelSpecManager

    spec_file = Path(sys.prefix) / "share" / "jupyter" / "kernels" / "python3" / "kernel.json"
    if not spec_file.exists():
        subprocess.run([sys.executable, "-m", "ipykernel", "install", "--sys-prefix", "--name", "python3"],
                       check=True, capture_output=True)
    spec = KernelSpecManager().get_kernel_spec("python3")
    if Path(spec.argv[0]).resolve() != Path(sys.executable).resolve() and spec.argv[0] != "python":
        pytest.skip(f"the 'python3' kernel runs {spec.argv[0]}, not this venv ({sys.executable})")
    return "python3"
