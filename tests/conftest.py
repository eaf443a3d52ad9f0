"""Fixtures shared by the metric and segment tests (folders may override them with their own)."""

import importlib.util
import sys
from pathlib import Path

import pytest


def load_shared():
    """The metric and segment tests' shared data module (tests/metrics/shared_data.py), registered once."""
    name = "insight_tests_shared_data"
    if name not in sys.modules:
        path = Path(__file__).resolve().parent / "metrics" / "shared_data.py"
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


shared = load_shared()


@pytest.fixture(scope="session")
def retail_ds():
    if not shared.RETAIL_II.exists():
        pytest.skip(f"Online Retail II not found at {shared.RETAIL_II} (shared data absent)")
    return shared.load_retail()


@pytest.fixture
def tiny_ds():
    return shared.tiny_dataset()


@pytest.fixture(scope="session")
def data():
    """The shared_data module: tiny_lines(), tiny_dataset(), TINY_AS_OF."""
    return shared


@pytest.fixture(scope="session")
def demo_ds():
    return shared.load_demo()  # a broken import of the project's own modules fails, never skips
