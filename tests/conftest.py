"""Shared fixtures: the spaCy pipeline and coder are loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"

pytest_plugins = ["store_fixtures"]  # PostgreSQL server and stores, for every test package


@pytest.fixture(scope="session")
def coder():
    from tocsin.coding.coder import Coder

    return Coder()


@pytest.fixture(scope="session")
def code(coder):
    """Code a text with a date; returns events, most confident first."""
    from datetime import date

    from tocsin.pipeline import code_text

    def run(text: str, day: str = "2020-04-02"):
        return code_text(text, date=date.fromisoformat(day), coder=coder)

    return run


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared reference data is not available")
    return SHARED
