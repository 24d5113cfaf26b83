"""What the extraction benchmarks share (``bench_extract.py``, ``bench_cascade.py``): timing plain spaCy, the
reference they measure sitroom against, and writing a result file under bench/results/."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"


def time_spacy(texts: Iterable[str], batch_size: int = 64) -> tuple[float, float]:
    """Seconds to load sitroom's spaCy model, then seconds for ``nlp.pipe`` to parse ``texts``."""
    from sitroom.nlp import load_nlp

    t0 = time.perf_counter()
    nlp = load_nlp()
    load_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return load_s, time.perf_counter() - t1


def write_result(name: str, report: dict[str, Any]) -> Path:
    """Write ``report`` as bench/results/NAME.json; returns the path."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(report, indent=1) + "\n")
    return path
