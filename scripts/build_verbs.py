"""Compile the PETRARCH2 CAMEO verb dictionary into tocsin's package data.

    .venv/bin/python scripts/build_verbs.py [--source FILE] [--output FILE]

Reads ``CAMEO.verbpatterns.150430.txt`` (MIT, Open Event Data Alliance) and writes
``src/tocsin/data/verbs.json.gz``: every synonym set, group, verb and pattern, in the
layout of :func:`tocsin.dictionaries.verbs_tabari.dictionary_to_data`. The output is
deterministic (sorted keys, no gzip timestamp), so rebuilding an unchanged source gives
the same bytes; the file is committed and an installed tocsin never reads the source.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from tocsin.dictionaries.verbs_tabari import (  # noqa: E402
    dictionary_to_data,
    parse_verb_file,
)
from tocsin.errors import DictionaryError  # noqa: E402

SOURCE = Path("/work/shared/data/petrarch2/CAMEO.verbpatterns.150430.txt")
OUTPUT = ROOT / "src" / "tocsin" / "data" / "verbs.json.gz"
LICENSE = "MIT License, Copyright (c) 2015 Open Event Data Alliance (PETRARCH2 CAMEO verbs)"


def build(source: Path, output: Path) -> dict[str, int]:
    """Parse ``source``, write ``output``; return the counts."""
    dictionary = parse_verb_file(source)
    data = dictionary_to_data(dictionary, source=source.name)
    data["license"] = LICENSE
    raw = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(gzip.compress(raw.encode("utf-8"), compresslevel=9, mtime=0))
    return {
        "sets": len(dictionary.sets),
        "groups": len(dictionary.groups),
        "verbs": len(dictionary.verbs),
        "lemmas": len({v.lemma for v in dictionary.verbs}),
        "patterns": len(dictionary.patterns),
        "warnings": len(dictionary.warnings),
        "bytes": output.stat().st_size,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    try:
        counts = build(args.source, args.output)
    except DictionaryError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {args.output}")
    print(", ".join(f"{name} {count}" for name, count in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
