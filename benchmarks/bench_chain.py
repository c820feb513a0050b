"""Time the whole chain: `python benchmarks/bench_chain.py [ARTICLES_DIR ...] [--formats html,pdf]`.

Runs `run_chain` on the seed articles (always) and on every folder given (e.g. one made by
`benchmarks/make_corpus.py`), each into a temporary output folder, and prints the wall
time of every step. The first run pays the cold imports of this process; the figure that
matters for `claimtrack run` is the seed run's total plus interpreter start-up (~0.3 s).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from claimtrack.chain import run_chain
from claimtrack.paths import DEFAULT_ARTICLES_DIR


def bench(folder: Path, formats: tuple[str, ...]) -> None:
    """Run the chain on `folder` and print the step timings."""
    files = sum(1 for _ in folder.iterdir())
    with tempfile.TemporaryDirectory(prefix="claimtrack-bench-") as out:
        start = time.perf_counter()
        result = run_chain(folder, Path(out), formats=formats)
        wall = time.perf_counter() - start
        sizes = {path.name: path.stat().st_size for path in result.reports}
    print(f"{folder} ({files} files)")
    for step, seconds in result.seconds.items():
        print(f"  {step:<22} {seconds:7.2f} s")
    print(f"  {'total (wall)':<22} {wall:7.2f} s")
    for name, size in sizes.items():
        print(f"  {name:<22} {size / 1e6:7.2f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, help="further article folders")
    parser.add_argument("--formats", default="html,pdf", help="report formats (default html,pdf)")
    args = parser.parse_args()
    formats = tuple(f for f in args.formats.split(",") if f)
    for folder in (DEFAULT_ARTICLES_DIR, *args.folders):
        bench(folder, formats)


if __name__ == "__main__":
    main()
