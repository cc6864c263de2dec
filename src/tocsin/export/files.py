"""CSV and JSONL writers, and the write-to-a-temporary-then-rename steps all writers share.

A file is written next to its target and moved over it with :func:`os.replace`, so a
reader sees the old file or the new one, never half of one. A Parquet directory is built
beside its target and swapped in by two renames (:func:`replace_dir`).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from tocsin.errors import ExportError
from tocsin.export.rows import CSV_COLUMNS, csv_fields, scored

__all__ = ["ExportError", "replace_dir", "temp_dir", "write_csv", "write_jsonl"]

MARKER = "_tocsin_export.json"
"""File that marks a directory as a tocsin Parquet export, which a re-export may replace."""


@contextmanager
def _atomic_file(path: Path) -> Iterator[IO[str]]:
    """Open a temporary file beside ``path``; on success move it over ``path``."""
    if path.is_dir():
        raise ExportError(f"{path}: is a directory; give a file name")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise ExportError(f"{path}: cannot write here ({exc.strerror}); "
                          "choose a writable location") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _write_lines(events: Iterable[dict[str, Any]], path: Path, header: str | None,
                 line: Callable[[dict[str, Any]], str]) -> int:
    count = 0
    with _atomic_file(path) as fh:
        if header is not None:
            fh.write(header + "\n")
        for event in events:
            fh.write(line(scored(event)) + "\n")
            count += 1
    return count


def write_csv(events: Iterable[dict[str, Any]], path: str | os.PathLike[str]) -> int:
    """Write ``events`` as tab-separated values in the :data:`CSV_COLUMNS` layout.

    One header line, then one line per event; fields are not quoted (tabs and line breaks
    inside values become spaces). Returns the number of events written.
    """
    header = "\t".join(c.name for c in CSV_COLUMNS)
    return _write_lines(events, Path(path), header, lambda e: "\t".join(csv_fields(e)))


def write_jsonl(events: Iterable[dict[str, Any]], path: str | os.PathLike[str]) -> int:
    """Write one PLOVER JSON event per line: ``Event.to_dict()`` plus ``quad_class``,
    ``plover_score`` and ``goldstein``. Returns the number of events written."""
    return _write_lines(events, Path(path), None,
                        lambda e: json.dumps(e, ensure_ascii=False, default=str))


def check_replaceable(target: Path) -> None:
    """Raise :class:`ExportError` unless ``target`` is absent, an empty directory, or an
    earlier tocsin export (it has a :data:`MARKER` file)."""
    if not target.exists():
        return
    if not target.is_dir():
        raise ExportError(f"{target}: exists and is not a directory; give a directory path")
    if (target / MARKER).is_file() or not any(target.iterdir()):
        return
    raise ExportError(f"{target}: not empty and not a tocsin export (no {MARKER}); "
                      "refusing to replace it; give a new or empty directory")


def temp_dir(target: Path) -> Path:
    """A new, empty directory beside ``target`` to build an export in."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"))
    except OSError as exc:
        raise ExportError(f"{target}: cannot write here ({exc.strerror}); "
                          "choose a writable location") from exc


def replace_dir(built: Path, target: Path) -> None:
    """Swap the finished directory ``built`` in as ``target``, removing the old ``target``.

    The old directory is first renamed aside, so ``target`` is missing only between two
    renames, and is never half written.
    """
    check_replaceable(target)
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.", suffix=".old"))
        old.rmdir()
        target.rename(old)
    try:
        built.rename(target)
    except OSError:
        if old is not None:
            old.rename(target)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
