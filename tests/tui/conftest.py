"""Fixtures for the TUI tests: the demo dataset once per session, apps with their state in tmp_path."""

from __future__ import annotations

import pytest

import insight.api as api
from tui.app import InsightApp, create_app


@pytest.fixture(scope="session")
def demo():
    """The deterministic demo data (seed 7); its analysis date is fixed by the data itself."""
    return api.demo_dataset()


@pytest.fixture
def make_app(demo, tmp_path):
    def make(language: str = "en", **kwargs) -> InsightApp:
        kwargs.setdefault("dataset", demo)
        return create_app(language=language, history_dir=tmp_path / "state", export_dir=tmp_path, **kwargs)

    return make
