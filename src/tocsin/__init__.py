"""tocsin: political event data from raw news, coded into PLOVER and CAMEO, with alerts.

The public API mirrors the command line: :func:`code_text` codes a piece of text,
:func:`code_files` reads and codes files, :class:`EventStore` ingests into and queries a
store. Events are :class:`Event` objects with ``to_dict()``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Article", "Event", "EventStore", "IngestSummary", "TocsinError", "__version__",
           "code_files", "code_text"]

if TYPE_CHECKING:
    from tocsin.api import EventStore, IngestSummary, code_files
    from tocsin.errors import TocsinError
    from tocsin.model import Article, Event
    from tocsin.pipeline import code_text

_LAZY = {
    "EventStore": "tocsin.api", "IngestSummary": "tocsin.api", "code_files": "tocsin.api",
    "code_text": "tocsin.pipeline", "TocsinError": "tocsin.errors",
    "Article": "tocsin.model", "Event": "tocsin.model",
}


def __getattr__(name: str) -> Any:
    """Import heavy modules (spaCy) only when their names are used."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'tocsin' has no attribute {name!r}")
