"""Write and read a run's tables: deterministic CSV for people and diffs, Parquet for code.

Each table `name` is written as `{name}.csv` and `{name}.parquet`. The CSV is byte-for-byte
reproducible: rows in a stable order, floats without spurious decimals (`1500`, `0.25`),
booleans `true`/`false`, dates `YYYY-MM-DD`, missing values empty, `\\n` line ends, UTF-8.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from pathlib import Path

import numpy as np
import pandas as pd

from claimtrack.schema import CLAIM_COLUMNS, FIGURE_COLUMNS, MANIFEST_COLUMNS

# table name -> column dtypes restored when the table is read back
SCHEMAS: dict[str, dict[str, str]] = {
    "articles": MANIFEST_COLUMNS,
    "figures": FIGURE_COLUMNS,
    "claims": CLAIM_COLUMNS,
}
# the first key set whose columns a table has all of orders its rows
SORT_KEYS: tuple[tuple[str, ...], ...] = (("article_id", "start", "end"), ("file_name",))
BOOL_WORDS = {"true": True, "false": False, "yes": True, "no": False, "1": True, "0": False}
INT_LIMIT = 2.0**53  # floats below this that are whole numbers are written as integers


def write_tables(tables: Mapping[str, pd.DataFrame], data_dir: Path) -> None:
    """Write every table as `{name}.csv` and `{name}.parquet` under `data_dir`."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    for name, frame in tables.items():
        write_table(frame, data_dir, name)


def write_table(frame: pd.DataFrame, data_dir: Path, name: str) -> None:
    """Write one table's CSV and Parquet twins, rows in their stable order."""
    rows = sorted_rows(frame)
    (Path(data_dir) / f"{name}.csv").write_bytes(csv_text(rows).encode("utf-8"))
    rows.to_parquet(Path(data_dir) / f"{name}.parquet", index=False, engine="pyarrow")


def read_table(data_dir: Path, name: str) -> pd.DataFrame:
    """Read table `name` back from its Parquet file, with the schema's dtypes when it has one."""
    return read_table_file(Path(data_dir) / f"{name}.parquet", SCHEMAS.get(name))


def read_table_file(path: Path, columns: Mapping[str, str] | None = None) -> pd.DataFrame:
    """Read a `.parquet` or `.csv` table; cast the `columns` it has to their dtypes."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"no table file {path}")
    if path.suffix.lower() == ".csv":
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    elif path.suffix.lower() in (".parquet", ".pq"):
        frame = pd.read_parquet(path, engine="pyarrow")
    else:
        raise ValueError(f"{path}: not a .csv or .parquet table")
    return with_dtypes(frame, columns or {})


def with_dtypes(frame: pd.DataFrame, columns: Mapping[str, str]) -> pd.DataFrame:
    """`frame` with each of `columns` it has cast to its dtype (text values are parsed)."""
    out = frame.copy()
    for column, dtype in columns.items():
        if column in out.columns:
            out[column] = cast_column(out[column], dtype)
    return out


def cast_column(values: pd.Series, dtype: str) -> pd.Series:
    """`values` as `dtype`; strings (as read from CSV) are parsed first."""
    if str(values.dtype) == dtype:
        return values
    text = values.dtype == object or pd.api.types.is_string_dtype(values.dtype)
    if text and dtype == "boolean":
        return values.map(parse_bool, na_action="ignore").astype("boolean")
    if text and dtype.startswith("datetime64"):
        return pd.to_datetime(values, format="ISO8601").astype(dtype)
    if text and dtype in ("Float64", "float64", "int64", "Int64"):
        return pd.to_numeric(values).astype(dtype)
    return values.astype(dtype)


def parse_bool(word: object) -> bool:
    """`true`/`false` (also yes/no, 1/0, any case) as a bool."""
    if isinstance(word, bool):
        return word
    key = str(word).strip().lower()
    if key not in BOOL_WORDS:
        raise ValueError(f"not a boolean: {word!r}")
    return BOOL_WORDS[key]


def sort_columns(frame: pd.DataFrame) -> list[str]:
    """The columns that order the rows of `frame` (empty: keep the given order)."""
    for keys in SORT_KEYS:
        if all(key in frame.columns for key in keys):
            return list(keys)
    return []


def sorted_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` in its stable row order, with a fresh 0..n-1 index."""
    keys = sort_columns(frame)
    rows = frame.sort_values(keys, kind="mergesort", na_position="last") if keys else frame
    return rows.reset_index(drop=True)


def csv_text(frame: pd.DataFrame) -> str:
    """The CSV text of `frame`: every cell formatted by `csv_column`, no index (as
    `DataFrame.to_csv` writes it, at a fraction of the cost)."""
    header = csv_lines([[str(column)] for column in frame.columns])
    cells = [csv_column(frame.iloc[:, i]).tolist() for i in range(frame.shape[1])]
    return header + csv_lines(cells)


def csv_lines(columns: list[list[str]]) -> str:
    """CSV lines of formatted cells given column by column, quoted where needed (the
    `csv` module's minimal quoting, a carriage return quoted too)."""
    if not columns or not columns[0]:
        return ""
    if len(columns) == 1:  # a lone empty field is written `""`
        return "".join(f"{cell}\n" if cell else '""\n' for cell in quote_column(columns[0]))
    return "\n".join(map(",".join, zip(*map(quote_column, columns), strict=True))) + "\n"


def quote_column(cells: list[str]) -> list[str]:
    """The cells, each quoted when it holds a comma, a quote or a line break (inner
    quotes doubled); a column with none of them is returned as it is."""
    joined = "\x00".join(cells)
    if not ("," in joined or '"' in joined or "\n" in joined or "\r" in joined):
        return cells  # (`in` skips through text far faster than a regex tries each position)
    return [
        '"' + cell.replace('"', '""') + '"'
        if "," in cell or '"' in cell or "\n" in cell or "\r" in cell else cell
        for cell in cells
    ]




def csv_column(values: pd.Series) -> pd.Series:
    """The column's cells as CSV strings (missing values empty)."""
    dtype = values.dtype
    if pd.api.types.is_bool_dtype(dtype):
        cells = values.map(lambda v: "true" if v else "false", na_action="ignore")
    elif pd.api.types.is_float_dtype(dtype):
        cells = pd.Series(format_floats(values.to_numpy(dtype=float, na_value=np.nan)),
                          index=values.index)
    elif pd.api.types.is_integer_dtype(dtype):
        cells = values.astype(object).map(str, na_action="ignore")
    elif pd.api.types.is_datetime64_any_dtype(dtype):
        cells = format_datetimes(values)
    elif isinstance(dtype, pd.StringDtype):
        cells = values.astype(object)
    else:
        cells = values.astype(object).map(format_cell, na_action="ignore")
    return cells.astype(object).where(values.notna(), "")


def format_datetimes(values: pd.Series) -> pd.Series:
    """ISO dates when every timestamp is at midnight, else ISO date-times (to the second)."""
    present = values.dropna()
    dates_only = bool((present == present.dt.normalize()).all())
    return values.dt.strftime("%Y-%m-%d" if dates_only else "%Y-%m-%dT%H:%M:%S")


def format_floats(numbers: np.ndarray) -> np.ndarray:
    """`format_float` of every number (an object array), whole numbers formatted at once."""
    with np.errstate(invalid="ignore"):
        whole = np.isfinite(numbers) & (numbers == np.round(numbers)) & (
            np.abs(numbers) < INT_LIMIT)
    cells = np.empty(len(numbers), dtype=object)
    cells[whole] = numbers[whole].astype(np.int64).astype(str).astype(object)
    rest = np.flatnonzero(~whole)
    cells[rest] = [format_float(x) for x in numbers[rest].tolist()]
    return cells


def format_float(number: float) -> str:
    """`1500` for 1500.0, the shortest round-trip form otherwise (`0.1`, `1e+20`)."""
    number = float(number)
    if math.isnan(number):
        return ""
    if number.is_integer() and abs(number) < INT_LIMIT:
        return str(int(number))
    return repr(number)


def format_cell(value: object) -> str:
    """One cell of a mixed column: bools, floats, dates as in typed columns, else `str`."""
    if isinstance(value, bool | np.bool_):
        return "true" if value else "false"
    if isinstance(value, float | np.floating):
        return format_float(value)
    if isinstance(value, datetime):
        midnight = value.time() == datetime.min.time()
        return value.date().isoformat() if midnight else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Sequence) and not isinstance(value, str):
        return "; ".join(format_cell(item) for item in value)
    return str(value)
