"""The demo report, built once per language for the folder (the build is the slow part; the tests only read it)."""

from __future__ import annotations

import pytest

from insight.report import BUILD_STEPS, build_report


@pytest.fixture(scope="session", params=["de", "en"])
def demo_report(request, demo_ds):
    steps: list[str] = []
    report = build_report(demo_ds, request.param, "Muster GmbH", progress=steps.append)
    assert len(steps) == BUILD_STEPS
    return report
