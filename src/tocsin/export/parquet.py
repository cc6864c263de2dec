"""Events written as a Parquet dataset, partitioned by event year and month.

The layout is hive style, ``DIR/year=2020/month=04/part-0.parquet``; undated events go to
``year=__HIVE_DEFAULT_PARTITION__/month=__HIVE_DEFAULT_PARTITION__``. ``year`` and
``month`` are written as zero-padded strings: readers that infer hive partition types
(pyarrow, DuckDB's ``read_parquet(..., hive_partitioning=true)``, polars) read them as
integers. ``DIR/_tocsin_export.json`` records what was exported; tools skip files whose
name starts with ``_``.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.dataset as ds

from tocsin import __version__
from tocsin.export.files import MARKER, check_replaceable, replace_dir, temp_dir
from tocsin.export.rows import flat_row

__all__ = ["SCHEMA", "write_parquet"]

_LIST = pa.list_(pa.string())

SCHEMA = pa.schema([
    ("id", pa.string()), ("date", pa.date32()), ("event", pa.string()),
    ("cameo", pa.string()), ("mode", pa.string()), ("context", _LIST),
    ("quad_class", pa.int8()), ("plover_score", pa.float64()), ("goldstein", pa.float64()),
    ("actor_code", pa.string()), ("actor_sector", pa.string()), ("actor_name", pa.string()),
    ("actor_codes", _LIST), ("actor_sectors", _LIST), ("actor_names", _LIST),
    ("recipient_code", pa.string()), ("recipient_sector", pa.string()),
    ("recipient_name", pa.string()),
    ("recipient_codes", _LIST), ("recipient_sectors", _LIST), ("recipient_names", _LIST),
    ("factuality", pa.string()), ("confidence", pa.float64()),
    ("location_name", pa.string()), ("location_country", pa.string()),
    ("location_admin1", pa.string()), ("location_lat", pa.float64()),
    ("location_lon", pa.float64()), ("location_precision", pa.string()),
    ("location_basis", pa.string()),
    ("dead", pa.int32()), ("injured", pa.int32()), ("text", pa.string()),
    ("sentence_index", pa.int32()),
    ("article_id", pa.string()), ("article_url", pa.string()),
    ("article_source", pa.string()), ("article_date", pa.date32()), ("coder", pa.string()),
    ("cluster_id", pa.string()), ("num_mentions", pa.int32()), ("num_sources", pa.int32()),
    ("num_articles", pa.int32()),
    ("year", pa.string()), ("month", pa.string()),
])  # fmt: skip
"""Columns of the dataset; ``year`` and ``month`` become the partition directories."""

PARTITIONING = ds.partitioning(
    pa.schema([("year", pa.string()), ("month", pa.string())]), flavor="hive"
)

BATCH_ROWS = 10_000


def _batches(events: Iterable[dict[str, Any]], counter: list[int]) -> Iterator[pa.RecordBatch]:
    rows = (flat_row(e) for e in events)
    while chunk := list(islice(rows, BATCH_ROWS)):
        counter[0] += len(chunk)
        yield pa.RecordBatch.from_pylist(chunk, schema=SCHEMA)


def write_parquet(events: Iterable[dict[str, Any]], directory: str | os.PathLike[str],
                  *, meta: dict[str, Any] | None = None) -> int:
    """Write ``events`` as a dataset in ``directory``, replacing an earlier export there.

    The dataset is built in a temporary directory beside ``directory`` and renamed into
    place when complete. ``meta`` is added to the ``_tocsin_export.json`` record. Raises
    :class:`~tocsin.export.ExportError` when ``directory`` holds something other than a
    tocsin export. Returns the number of events written.
    """
    target = Path(directory)
    check_replaceable(target)
    built = temp_dir(target)
    try:
        counter = [0]
        ds.write_dataset(_batches(events, counter), built, schema=SCHEMA, format="parquet",
                         partitioning=PARTITIONING, basename_template="part-{i}.parquet",
                         existing_data_behavior="overwrite_or_ignore")
        record = {"tocsin": __version__, "format": "parquet", "events": counter[0],
                  "partitioning": "hive: year, month", **(meta or {})}
        (built / MARKER).write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
        replace_dir(built, target)
    except BaseException:
        shutil.rmtree(built, ignore_errors=True)
        raise
    return counter[0]
