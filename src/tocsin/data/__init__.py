"""Package data: compiled dictionaries, lexicons and reference tables (see NOTICE.md)."""

from __future__ import annotations

from importlib import resources


def read_rows(name: str) -> list[list[str]]:
    """The tab-separated rows of a packaged data file, without blank and ``#`` lines."""
    text = resources.files(__name__).joinpath(name).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines()
            if line.strip() and not line.startswith("#")]
