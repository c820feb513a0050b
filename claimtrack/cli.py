"""The `claimtrack` command: run the chain, extract the tables, evaluate against gold.

Exit codes: 0 success; 2 bad usage or an unusable input (one line on stderr, no
traceback); 1 anything else (one line and a hint; the traceback only with `--debug`).
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from claimtrack.paths import DEFAULT_ARTICLES_DIR

PROG = "claimtrack"
EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
DEFAULT_TOPIC = "north_korea_troops"
DEFAULT_FORMATS = ("html", "pdf")


class UsageError(ValueError):
    """A bad argument or an unusable input: exit code 2, one line."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line `argv` (default: `sys.argv[1:]`); the exit code."""
    args = build_parser().parse_args(argv)
    try:
        return args.command(args)
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:
        return report_error(exc, debug=args.debug)


def report_error(exc: Exception, debug: bool) -> int:
    """Print the error as one line (a traceback first with `debug`); its exit code."""
    usage = is_usage_error(exc)
    if debug:
        traceback.print_exc()
    print(f"{PROG}: error: {one_line(str(exc)) or type(exc).__name__}", file=sys.stderr)
    if not usage and not debug:
        print(f"{PROG}: hint: run again with --debug for the full traceback", file=sys.stderr)
    return EXIT_USAGE if usage else EXIT_ERROR


def is_usage_error(exc: Exception) -> bool:
    """Bad usage or an unusable article folder (the loader's FolderError)."""
    from claimtrack.loader import FolderError
    from claimtrack.parallel import SchedulerError

    return isinstance(exc, UsageError | FolderError | SchedulerError)


def one_line(text: str) -> str:
    return " ".join(text.split())


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with its three subcommands."""
    parser = argparse.ArgumentParser(
        prog=PROG, description="Numeric claims from news articles: tables, curves, report."
    )
    parser.add_argument("--debug", action="store_true", help="show full tracebacks on errors")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")
    add_run(commands)
    add_extract(commands)
    add_evaluate(commands)
    return parser


def subcommand(commands, name: str, handler: Callable, help_text: str) -> argparse.ArgumentParser:
    """A subcommand parser that calls `handler(args)` and also accepts `--debug`."""
    sub = commands.add_parser(name, help=help_text, description=help_text)
    sub.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                     help="show full tracebacks on errors")
    sub.set_defaults(command=handler)
    return sub


def add_common(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--topic", default=DEFAULT_TOPIC,
                     help="topic name under claimtrack/topics or a YAML file "
                          "(default: %(default)s)")
    sub.add_argument("--scheduler", default="auto",
                     help="auto (sync below 2,000 files, else processes), sync, processes or a "
                          "Dask scheduler address tcp://host:port "
                          "(default: %(default)s)")


def add_run(commands) -> None:
    sub = subcommand(commands, "run", cmd_run,
                     "run the whole chain: tables, figures, HTML/PDF report, executed notebooks")
    sub.add_argument("articles_dir", nargs="?", type=Path, default=DEFAULT_ARTICLES_DIR,
                     metavar="ARTICLES_DIR",
                     help="folder of articles (default: the repository's data/articles)")
    sub.add_argument("--out", type=Path, default=None,
                     help="write everything under OUT (default: the repository's folders)")
    sub.add_argument("--formats", type=formats_arg, default=DEFAULT_FORMATS,
                     help="report formats, comma-separated: html, pdf (default: html,pdf)")
    add_common(sub)


def add_extract(commands) -> None:
    sub = subcommand(commands, "extract", cmd_extract,
                     "write the articles, figures and claims tables only (no notebooks)")
    sub.add_argument("articles_dir", type=Path, metavar="ARTICLES_DIR",
                     help="folder of articles")
    sub.add_argument("--out", type=Path, required=True,
                     help="folder for articles/figures/claims .csv and .parquet")
    add_common(sub)


def add_evaluate(commands) -> None:
    sub = subcommand(commands, "evaluate", cmd_evaluate,
                     "score a claims table (.csv or .parquet) against a gold CSV")
    sub.add_argument("claims", type=Path, metavar="CLAIMS", help="claims table file")
    sub.add_argument("gold", type=Path, metavar="GOLD", help="gold CSV file")


def formats_arg(text: str) -> tuple[str, ...]:
    """`html,pdf` -> ("html", "pdf"); an empty string renders no report."""
    formats = tuple(dict.fromkeys(part.strip().lower() for part in text.split(",")
                                  if part.strip()))
    unknown = [fmt for fmt in formats if fmt not in DEFAULT_FORMATS]
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown format(s) {', '.join(unknown)}: use {','.join(DEFAULT_FORMATS)}"
        )
    return formats


def check_topic(topic: str) -> None:
    """UsageError when the topic file does not exist."""
    from claimtrack.topic import topic_path

    path = topic_path(topic)
    if not path.is_file():
        raise UsageError(f"topic not found: {topic} (no file {path})")


def check_scheduler(scheduler: str) -> None:
    """SchedulerError (a usage error) for an unknown scheduler name."""
    from claimtrack.parallel import resolve_scheduler

    resolve_scheduler(scheduler)


def check_inputs(args: argparse.Namespace) -> None:
    """The article folder, topic and scheduler are usable, or a usage error (exit 2)."""
    from claimtrack.loader import list_files

    list_files(args.articles_dir)  # FolderError when missing, not a folder or unreadable
    check_topic(args.topic)
    check_scheduler(args.scheduler)


def check_file(path: Path, what: str) -> None:
    """UsageError when an input file is missing."""
    if not path.is_file():
        raise UsageError(f"{what} file not found: {path}")


def cmd_run(args: argparse.Namespace) -> int:
    """`claimtrack run`: the whole chain; prints where the report is and the step timings."""
    check_inputs(args)
    from claimtrack.chain import run_chain

    result = run_chain(args.articles_dir, out=args.out, topic=args.topic, formats=args.formats,
                       scheduler=args.scheduler)
    print(run_summary(result))
    return EXIT_OK


def run_summary(result) -> str:
    """Where the outputs are, then one line per step with its wall-clock seconds."""
    lines = [f"report: {path}" for path in result.reports]
    lines += [f"tables: {result.paths.data}", f"figures: {result.paths.figures}",
              f"notebooks: {result.paths.notebooks}", "timings:"]
    lines += [f"  {step:<22} {seconds:6.2f} s" for step, seconds in result.seconds.items()]
    lines.append(f"  {'total':<22} {result.total_seconds:6.2f} s")
    return "\n".join(lines)


def cmd_extract(args: argparse.Namespace) -> int:
    """`claimtrack extract`: the articles, figures and claims tables, CSV and Parquet,
    streamed batch by batch (memory stays bounded) on the chosen scheduler."""
    check_inputs(args)
    from claimtrack.streaming import stream_extract

    result = stream_extract(
        Path(args.articles_dir), Path(args.out), topic=args.topic, scheduler=args.scheduler
    )
    print(f"{result.n_loaded} of {result.n_files} files loaded; {result.n_figures} figures, "
          f"{result.n_claims} claims; tables in {args.out} "
          f"({result.seconds:.1f} s, {result.scheduler})")
    return EXIT_OK


def cmd_evaluate(args: argparse.Namespace) -> int:
    """`claimtrack evaluate`: the scoring report of a claims table against a gold file."""
    from claimtrack.evaluate import format_report, load_claims, load_gold, score

    check_file(args.claims, "claims")
    check_file(args.gold, "gold")
    print(format_report(score(load_claims(args.claims), load_gold(args.gold))))
    return EXIT_OK
