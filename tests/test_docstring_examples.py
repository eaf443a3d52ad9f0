"""The examples in the facade's docstrings run (polars' habit: documentation that is tested): each module's
``>>>`` examples on the demo data, as ``python -m doctest`` would run them."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["insight.api", "insight.language", "insight.labels", "insight.logs", "insight.messages", "insight.analyses.value_at_risk"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0, f"{name} has no examples"
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples in {name} failed (output above)"
