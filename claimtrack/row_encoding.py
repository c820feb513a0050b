"""A batch's row dicts as an Arrow table and CSV lines, without building a pandas frame.

Rows of plain Python values (str, int, float, bool, `datetime.date`, None) are sorted and
formatted column by column to the same CSV bytes `claimtrack.tables.csv_text` writes for
the typed frame, and an Arrow table equal to the one `pa.Table.from_pandas` builds from it;
at a fraction of the frame's cost. Rows holding anything else, or lacking a sort key, give
None, and the caller takes the pandas route.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from operator import itemgetter

import pyarrow as pa

from claimtrack.tables import SORT_KEYS, csv_lines, format_float

NONE = type(None)


class NotPlain(ValueError):
    """A column this module does not format (the pandas route handles it)."""


def encode_plain_rows(
    rows: Sequence[dict], columns: dict[str, str], schema: pa.Schema
) -> tuple[pa.Table, bytes, tuple, tuple] | None:
    """Sorted rows as (Arrow table, CSV data lines, first and last sort key); None when
    a column holds other values or a sort key is missing."""
    keys = sort_keys(columns)
    try:
        ordered = sort_rows(rows, keys)
        encoded = [_encode_column(column_values(ordered, name), dtype, name in keys)
                   for name, dtype in columns.items()]
    except NotPlain:
        return None
    table = pa.Table.from_arrays(
        [array.cast(field.type) for (array, _), field in zip(encoded, schema, strict=True)],
        schema=schema,
    )
    lines = csv_lines([cells for _, cells in encoded]).encode("utf-8")
    first, last = (tuple(row[k] for k in keys) for row in (ordered[0], ordered[-1]))
    return table, lines, first, last


def sort_keys(columns: dict[str, str]) -> tuple[str, ...]:
    """The first of `tables.SORT_KEYS` whose columns are all in `columns` (as `sort_columns`)."""
    return next((keys for keys in SORT_KEYS if all(key in columns for key in keys)), ())


def sort_rows(rows: Sequence[dict], keys: tuple[str, ...]) -> list[dict]:
    """The rows in (stable) order of `keys`; NotPlain when a key is missing or not comparable."""
    if not keys:
        return list(rows)
    try:
        return sorted(rows, key=itemgetter(*keys))
    except (KeyError, TypeError) as err:  # None among str, or a missing key
        raise NotPlain("sort key") from err


def column_values(rows: list[dict], name: str) -> list:
    """The rows' values of column `name` (None where a row lacks it)."""
    try:
        return list(map(itemgetter(name), rows))
    except KeyError:
        return [row.get(name) for row in rows]


def _encode_column(values: list, dtype: str, is_key: bool) -> tuple[pa.Array, list[str]]:
    """The column as an Arrow array and CSV cells (missing values empty)."""
    present = set(map(type, values))
    if is_key and NONE in present:
        raise NotPlain("missing sort key")
    encode = _ENCODERS.get(dtype)
    if encode is None or not present <= _ACCEPTED[dtype]:
        raise NotPlain(dtype)
    return encode(values)


def _strings(values: list) -> tuple[pa.Array, list[str]]:
    cells = ["" if v is None else v for v in values] if None in values else values
    return pa.array(values, type=pa.large_string()), cells


def _ints(values: list) -> tuple[pa.Array, list[str]]:
    return pa.array(values, type=pa.int64()), list(map(str, values))


def _floats(values: list) -> tuple[pa.Array, list[str]]:
    """Numbers (NaN is missing, as pandas' Float64 reads it), formatted by `format_float`."""
    numbers = [None if v is None or v != v else float(v) for v in values]
    return pa.array(numbers, type=pa.float64()), [
        "" if v is None else format_float(v) for v in numbers]


def _booleans(values: list) -> tuple[pa.Array, list[str]]:
    cells = ["" if v is None else "true" if v else "false" for v in values]
    return pa.array(values, type=pa.bool_()), cells


def _days(values: list) -> tuple[pa.Array, list[str]]:
    """Calendar dates: midnight timestamps, written in the CSV's date-only form."""
    cells = ["" if v is None else v.isoformat() for v in values]
    return pa.array(values, type=pa.date32()).cast(pa.timestamp("s")), cells


_ENCODERS: dict[str, Callable[[list], tuple[pa.Array, list[str]]]] = {
    "string": _strings,
    "int64": _ints,
    "Float64": _floats,
    "boolean": _booleans,
    "datetime64[s]": _days,
}
_ACCEPTED: dict[str, set[type]] = {  # Python types each dtype's encoder takes as they are
    "string": {str, NONE},
    "int64": {int},  # no missing values in an int64 column
    "Float64": {float, int, NONE},
    "boolean": {bool, NONE},
    "datetime64[s]": {date, NONE},  # `datetime` (a subclass) takes the pandas route
}
