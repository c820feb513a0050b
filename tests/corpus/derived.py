"""Helpers for corpora built with this folder's builder (tests/corpus_heldout, _blind).

A derived corpus gets a private instance of `build_corpus.py`, so that its `SOURCES` never
replace another corpus's, and reuses the builder's rendering, encoding, checks, CSV
writing and README table unchanged.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

FIRST_BUILDER = Path(__file__).resolve().parent / "build_corpus.py"
MACHINERY = (  # the builder functions a derived builder offers as its own
    "window", "render", "encode", "sniff_decode", "date_forms", "build", "readme_table",
    "TABLE_START", "TABLE_END",
)


def private_base(name: str) -> ModuleType:
    """A private instance of the first corpus builder, registered as `name`."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, FIRST_BUILDER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


def machinery(base: ModuleType) -> dict[str, object]:
    """The builder functions and markers to re-export from a derived builder."""
    return {name: getattr(base, name) for name in MACHINERY}


def adopt(base: ModuleType, sources: tuple, namespace: dict[str, object]) -> None:
    """Make `sources` the private builder's articles (its build, sidecar and README functions
    read that global) and re-export its machinery into a derived builder's `namespace`."""
    base.SOURCES = sources
    namespace.update(machinery(base))
