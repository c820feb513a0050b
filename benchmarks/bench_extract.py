"""Extraction throughput and peak memory on synthetic archives of 1k, 10k, 100k articles.

    python benchmarks/bench_extract.py [--sizes 1000,10000] [--schedulers sync,processes]

For each size a corpus is generated once (benchmarks/make_corpus.py, cached under
benchmarks/results/), then each scheduler runs `claimtrack.streaming.stream_extract`
in a fresh Python process so that memory peaks do not mix: the main process's peak RSS
(getrusage) and the workers' (psutil, sampled). A naive baseline (a regex: a number within
three words before a troop noun) reads the same files for comparison. Prints a Markdown
table and saves it with the raw numbers in benchmarks/results/.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
DEFAULT_SIZES = (1_000, 10_000)
DEFAULT_SCHEDULERS = ("sync", "processes")
SAMPLE_SECONDS = 0.2
NAIVE = "naive-regex"  # the baseline's name in the table

NUMBER = r"\d{1,3}(?:[.,'’ ]\d{3})+|\d+"
TROOP_NOUN = r"(?:soldat|truppe|kämpfer|mann|militär|nordkoreaner|soldier|troop|personnel|" \
             r"fighter|service member|north korean)\w*"
NAIVE_NUMBER_RE = re.compile(rf"(?<![\w.,])(?:{NUMBER})")
NAIVE_NOUN_AFTER_RE = re.compile(rf"(?:\W+\w+){{0,2}}?\W+{TROOP_NOUN}", re.I)
BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


@dataclass
class Run:
    """One measured run."""

    size: int
    method: str
    files: int
    seconds: float
    main_peak_mb: float
    workers_peak_mb: float  # largest single worker process
    workers_total_mb: float  # all child processes together, at their joint peak
    claims: int

    @property
    def rate(self) -> float:
        return self.files / self.seconds if self.seconds else float("inf")


# --- the naive baseline ---------------------------------------------------------------

def decode(data: bytes) -> str:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def naive_count(folder: Path) -> tuple[int, int]:
    """(files read, matches): every number a few words before a troop noun."""
    files = matches = 0
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in (".txt", ".md", ".html", ".htm"):
            continue
        files += 1
        text = decode(path.read_bytes())
        matches += sum(1 for m in NAIVE_NUMBER_RE.finditer(text)
                       if NAIVE_NOUN_AFTER_RE.match(text, m.end()))
    return files, matches


# --- one measured extraction (run in a child process) -----------------------------------

def peak_rss_mb() -> float:
    """This process's peak resident set size so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class ChildSampler(threading.Thread):
    """Samples the RSS of all descendant processes (the Dask workers) until stopped."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.single = self.total = 0.0
        self._halt = threading.Event()

    def run(self) -> None:
        import psutil

        me = psutil.Process()
        while not self._halt.wait(SAMPLE_SECONDS):
            sizes = []
            for child in me.children(recursive=True):
                try:
                    sizes.append(child.memory_info().rss / 2**20)
                except psutil.Error:
                    continue
            self.single = max([self.single, *sizes])
            self.total = max(self.total, sum(sizes))

    def stop(self) -> None:
        self._halt.set()
        self.join()


def measure(folder: Path, scheduler: str, batch_size: int) -> dict:
    """Run stream_extract (or the naive baseline) once here; the numbers as a dict."""
    if scheduler == NAIVE:
        began = time.perf_counter()
        files, matches = naive_count(folder)
        return {"files": files, "seconds": time.perf_counter() - began,
                "main_peak_mb": peak_rss_mb(), "workers_peak_mb": 0.0, "workers_total_mb": 0.0,
                "claims": matches}
    from claimtrack.streaming import stream_extract

    sampler = ChildSampler()
    sampler.start()
    with tempfile.TemporaryDirectory() as out:
        began = time.perf_counter()
        result = stream_extract(folder, Path(out), scheduler=scheduler, batch_size=batch_size,
                                progress=False)
        seconds = time.perf_counter() - began
    sampler.stop()
    return {"files": result.n_files, "seconds": seconds, "main_peak_mb": peak_rss_mb(),
            "workers_peak_mb": sampler.single, "workers_total_mb": sampler.total,
            "claims": result.n_claims}


def measure_in_child(folder: Path, scheduler: str, size: int, batch_size: int) -> Run:
    args = [sys.executable, __file__, "--one", str(folder), scheduler, str(batch_size)]
    done = subprocess.run(args, capture_output=True, text=True, check=True)
    return Run(size=size, method=scheduler, **json.loads(done.stdout.strip().splitlines()[-1]))


# --- corpora, the table, the command line ------------------------------------------------

def corpus(size: int, seed: int, root: Path, density: str = "news") -> Path:
    """The generated corpus for `size` files (made once, reused)."""
    folder = root / f"corpus-{size}-seed{seed}" if density == "dense" else \
        root / f"corpus-{size}-seed{seed}-{density}"
    stamp = folder / ".complete"
    if not stamp.exists():
        sys.path.insert(0, str(HERE))
        from make_corpus import make_corpus

        make_corpus(size, folder, seed, density)
        stamp.write_text("ok\n")
    return folder


def table(runs: list[Run]) -> str:
    """A Markdown table of the runs."""
    lines = ["| files | method | seconds | files/s | main peak MB | worker peak MB "
             "| all workers MB | claims (naive: matches) |",
             "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in runs:
        workers = (f"{r.workers_peak_mb:.0f} | {r.workers_total_mb:.0f}"
                   if r.workers_total_mb else "– | –")
        lines.append(f"| {r.size:,} | {r.method} | {r.seconds:.1f} | {r.rate:,.0f} "
                     f"| {r.main_peak_mb:.0f} | {workers} | {r.claims:,} |")
    return "\n".join(lines)


def machine() -> str:
    return f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}, {sys.platform}"


def int_list(text: str) -> list[int]:
    return [int(part.replace("_", "").replace("k", "000")) for part in text.split(",") if part]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--one"]:  # child: one measurement, JSON on stdout
        folder, scheduler, batch_size = argv[1], argv[2], int(argv[3])
        print(json.dumps(measure(Path(folder), scheduler, batch_size)))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int_list, default=list(DEFAULT_SIZES),
                        help="corpus sizes, comma-separated (e.g. 1k,10k,100k)")
    parser.add_argument("--schedulers", default=",".join(DEFAULT_SCHEDULERS),
                        help="schedulers to time: sync, processes, tcp://host:port")
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--density", choices=("news", "dense"), default="news",
                        help="corpus density (see make_corpus.py --density)")
    parser.add_argument("--corpora", type=Path, default=RESULTS, help="where corpora are kept")
    args = parser.parse_args(argv)
    runs: list[Run] = []
    for size in args.sizes:
        folder = corpus(size, args.seed, args.corpora, args.density)
        for scheduler in [NAIVE, *filter(None, args.schedulers.split(","))]:
            runs.append(measure_in_child(folder, scheduler, size, args.batch_size))
            print(table(runs[-1:]).splitlines()[-1], file=sys.stderr)
    report = f"{machine()}; corpus density: {args.density}\n\n{table(runs)}\n"
    print(report)
    RESULTS.mkdir(parents=True, exist_ok=True)
    stem = f"bench_extract-{args.density}"
    (RESULTS / f"{stem}.md").write_text(report, encoding="utf-8")
    raw = [asdict(r) | {"files_per_second": r.rate, "density": args.density} for r in runs]
    (RESULTS / f"{stem}.json").write_text(json.dumps(raw, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
