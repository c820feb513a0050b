"""A progress bar for long runs (articles done / total, rate), quiet unless someone watches."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import TextIO

from tqdm import tqdm

SHOW_AFTER_SECONDS = 1.0  # short runs finish before the bar would appear
QUIET_ENV_VARS = ("CI", "PYTEST_CURRENT_TEST", "CLAIMTRACK_NO_PROGRESS")


def should_show(
    stream: TextIO | None = None, enabled: bool = True, environ: Mapping[str, str] | None = None
) -> bool:
    """Whether to draw a bar: enabled, `stream` (default stderr) a terminal, not in CI or tests."""
    if not enabled:
        return False
    env = os.environ if environ is None else environ
    if any(env.get(name) for name in QUIET_ENV_VARS):
        return False
    stream = sys.stderr if stream is None else stream
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def progress_bar(
    total: int | None,
    unit: str = "articles",
    enabled: bool = True,
    stream: TextIO | None = None,
    desc: str = "extract",
) -> tqdm:
    """A tqdm bar counting `unit`s up to `total`; a silent no-op when not shown."""
    stream = sys.stderr if stream is None else stream
    return tqdm(
        total=total,
        unit=unit,
        desc=desc,
        file=stream,
        disable=not should_show(stream, enabled),
        delay=SHOW_AFTER_SECONDS,
        dynamic_ncols=True,
        smoothing=0.1,
    )
