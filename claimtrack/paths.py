"""Every path the project uses, in one place."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_DIR = PACKAGE_DIR.parent
TOPICS_DIR = PACKAGE_DIR / "topics"
COUNTRIES_CSV = PACKAGE_DIR / "gazetteers" / "countries.csv"  # every state, en/de names
TEMPLATES_DIR = PACKAGE_DIR / "templates"
NOTEBOOKS_DIR = REPO_DIR / "notebooks"
DATA_DIR = REPO_DIR / "data"
DEFAULT_ARTICLES_DIR = DATA_DIR / "articles"
DEFAULT_GOLD_DIR = DATA_DIR / "gold"
SIDECAR_NAME = "articles.csv"


@dataclass(frozen=True)
class OutputPaths:
    """Where one run writes: tables, figures, report and executed notebooks."""

    data: Path
    figures: Path
    report: Path
    notebooks: Path

    @classmethod
    def default(cls) -> OutputPaths:
        """The repository's own output folders (the default run)."""
        return cls(
            data=DATA_DIR / "processed",
            figures=REPO_DIR / "figures",
            report=REPO_DIR / "report",
            notebooks=DATA_DIR / "interim" / "notebooks",
        )

    @classmethod
    def under(cls, out: Path) -> OutputPaths:
        """Everything below one output folder `out`."""
        out = Path(out)
        return cls(out / "data", out / "figures", out / "report", out / "notebooks")

    def create(self) -> OutputPaths:
        for p in (self.data, self.figures, self.report, self.notebooks):
            p.mkdir(parents=True, exist_ok=True)
        return self


def output_paths(out_dir: str) -> OutputPaths:
    """The run's output folders: the repository's defaults for `""`, else all under `out_dir`."""
    return OutputPaths.default() if out_dir == "" else OutputPaths.under(Path(out_dir))
