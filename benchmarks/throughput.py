"""End-to-end throughput: JSONL articles → read, clean, parse, code. Run on demand.

Builds a corpus of real news-style sentences (the PLOVER gold texts and PETRARCH2's
unit-test and GigaWord sentences from ../shared, plus tocsin's bundled example), grouped
into articles of ~10 sentences and repeated until it holds at least ``--sentences``
sentences, writes it as JSONL, and times ``tocsin.api.code_files`` over it. Reports
sentences per second, events, the peak resident memory of the process, and the CPU time
spent (this process and its workers, user + system) per 1000 sentences: on a shared machine
the wall-clock rate moves with the load, the CPU time much less.

    python benchmarks/throughput.py [--sentences 5000] [--workers 2] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import tempfile
import time
from importlib import resources
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


def corpus_sentences() -> list[str]:
    sents: list[str] = []
    gsr = SHARED / "plover" / "gsr_dev.json"
    if gsr.exists():
        sents += [r["text"] for r in json.loads(gsr.read_text())]
    for name in ("PETR.UnitTest.records.xml", "GigaWord.sample.PETR.xml"):
        path = SHARED / "petrarch2" / name
        if path.exists():
            sents += [" ".join(m.split()) for m in
                      re.findall(r"<Text>\s*(.*?)\s*</Text>", path.read_text(), re.S)]
    example = resources.files("tocsin.data").joinpath("examples")
    for item in example.iterdir():
        if item.name.endswith(".txt"):
            sents += [line for line in item.read_text().splitlines() if line.strip()]
    return [s for s in sents if len(s) > 20]


def cpu_seconds() -> float:
    """User + system CPU seconds of this process and of its finished children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sentences", type=int, default=5000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    from tocsin.api import code_files
    from tocsin.coding.coder import Coder
    from tocsin.nlp.pipeline import load_pipeline

    base = corpus_sentences()
    t0 = time.perf_counter()
    coder = Coder()
    load_pipeline()
    load_s = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        n = 0
        with path.open("w") as fh:
            rep = 0
            while n < args.sentences:
                for i in range(0, len(base), 10):
                    chunk = base[i:i + 10]
                    text = "\n".join(f"{s}" for s in chunk)
                    fh.write(json.dumps({"id": f"a{rep}-{i}", "text": text,
                                         "date": "2020-01-01", "title": ""}) + "\n")
                    n += len(chunk)
                rep += 1
        start, cpu_start = time.perf_counter(), cpu_seconds()
        sentences = events = articles = 0
        for result in code_files([path], coder=None if args.workers > 1 else coder,
                                 workers=args.workers):
            if hasattr(result, "sentences"):
                articles += 1
                sentences += len(result.sentences)
                events += len(result.events)
        secs = time.perf_counter() - start
        cpu = cpu_seconds() - cpu_start  # workers have exited: their time is counted
    peak_mb = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    report = {"workers": args.workers, "articles": articles, "sentences": sentences,
              "events": events,
              "seconds": round(secs, 2), "sentences_per_second": round(sentences / secs, 1),
              "cpu_seconds_per_1000_sentences": round(1000 * cpu / max(sentences, 1), 2),
              "load_seconds": round(load_s, 2), "peak_rss_mb": round(peak_mb),
              "load_average": round(os.getloadavg()[0], 2)}
    if args.json:
        print(json.dumps(report))
    else:
        for k, v in report.items():
            print(f"{k:>22}: {v}")


if __name__ == "__main__":
    main()
