"""Extract a large folder batch by batch, writing the tables as the batches come back.

Memory stays bounded: figures and claims go to Parquet (one row group per batch) and
CSV as each batch arrives; only the manifest (one small row per file) is kept until the
end, when duplicates are marked across batches by content hash. The files written are
the ones `claimtrack.tables.write_tables` writes for the same rows: byte-identical CSVs,
Parquet files that read back to equal frames.
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from claimtrack.loader import article_id_of, list_files
from claimtrack.parallel import DEFAULT_BATCH_SIZE, map_batches, resolve_scheduler
from claimtrack.progress import progress_bar
from claimtrack.row_encoding import encode_plain_rows
from claimtrack.schema import CLAIM_COLUMNS, FIGURE_COLUMNS, MANIFEST_COLUMNS, typed_frame
from claimtrack.sidecar import read_sidecar
from claimtrack.tables import csv_text, read_table, sort_columns, sorted_rows, write_table

BatchFunc = Callable[[str, list[str], str, dict[str, dict]], dict[str, list[dict]]]
STREAMED = {"figures": FIGURE_COLUMNS, "claims": CLAIM_COLUMNS}  # tables written per batch
MANIFEST = "articles"
PARTIAL_SUFFIX = ".partial"  # tables being written; renamed when the run succeeds
SIDECAR_REASON = "sidecar metadata file"  # the loader's skip reason for articles.csv
CHUNK_ROWS = 20_000  # manifest rows formatted at a time
MIN_BATCH_SIZE = 50  # smallest batch worth a round trip to a worker
BATCHES_PER_WORKER = 2  # at least this many batches per local CPU on a cluster


@dataclass(frozen=True)
class StreamResult:
    """What a streamed extraction wrote and how long it took."""

    data_dir: Path
    scheduler: str  # the scheduler actually used (``auto`` resolved)
    n_files: int
    n_loaded: int
    n_skipped: int
    n_duplicates: int
    n_figures: int
    n_claims: int
    n_batches: int
    seconds: float
    warnings: tuple[str, ...] = field(default_factory=tuple)  # folder-level (sidecar)

    @property
    def files_per_second(self) -> float:
        return self.n_files / self.seconds if self.seconds > 0 else float("inf")


def stream_extract(
    folder: Path,
    data_dir: Path,
    topic: str = "north_korea_troops",
    scheduler: str = "auto",
    batch_size: int = DEFAULT_BATCH_SIZE,
    *,
    progress: bool = True,
    batch_func: BatchFunc | None = None,
) -> StreamResult:
    """Extract every file of `folder` into `data_dir` (articles, figures, claims: CSV + Parquet).

    `batch_func` defaults to `claimtrack.pipeline.process_batch`; with a cluster it must be
    importable on the workers, which also need to read `folder` at the same path.
    """
    began = time.perf_counter()
    folder = Path(folder).resolve()
    names = file_names(folder, list_files(folder))
    sidecar, warnings = read_sidecar(folder)
    resolved = resolve_scheduler(scheduler, len(names))
    size = batch_size_for(len(names), batch_size, resolved)
    batches = make_batches(str(folder), names, topic, sidecar, size)
    func = partial(encode_batch, batch_func or _process_batch())
    Path(data_dir).mkdir(parents=True, exist_ok=True)
    sinks = {name: TableSink(Path(data_dir), name, cols) for name, cols in STREAMED.items()}
    results = map_batches(func, batches, resolved, len(names))
    parts = write_batches(results, sinks, len(names), progress)
    manifest = mark_duplicates(note_sidecar_warnings(concat_typed(parts), warnings), names)
    write_in_chunks(manifest, Path(data_dir), MANIFEST, MANIFEST_COLUMNS)
    return StreamResult(
        data_dir=Path(data_dir),
        scheduler=resolved,
        n_files=len(names),
        n_loaded=int(manifest["status"].eq("loaded").sum()),
        n_skipped=int(manifest["status"].ne("loaded").sum()),
        n_duplicates=int(manifest["duplicate_of"].fillna("").ne("").sum()),
        n_figures=sinks["figures"].n_rows,
        n_claims=sinks["claims"].n_rows,
        n_batches=len(parts),
        seconds=time.perf_counter() - began,
        warnings=tuple(warnings),
    )


def write_in_chunks(
    frame: pd.DataFrame, data_dir: Path, name: str, columns: dict[str, str],
    chunk_rows: int = CHUNK_ROWS,
) -> None:
    """`write_table` for a big frame, formatting a slice at a time (bounds the CSV overhead)."""
    frame = sorted_rows(frame)
    sink = TableSink(data_dir, name, columns)
    for start in range(0, len(frame), chunk_rows):
        sink.append(encode_frame(frame.iloc[start:start + chunk_rows], columns))
    sink.commit()


def write_batches(
    results: Iterator[dict], sinks: dict[str, TableSink], total: int, progress: bool
) -> list[pd.DataFrame]:
    """Append each batch's tables to the sinks as it arrives; the batches' manifests.

    On any error the sinks' partial files are removed and the error re-raised.
    """
    manifests: list[pd.DataFrame] = []
    try:
        with closing(results), progress_bar(total, enabled=progress) as bar:
            for result in results:
                manifests.append(result[MANIFEST])
                for name, sink in sinks.items():
                    sink.append(result[name])
                bar.update(len(result[MANIFEST]))
    except BaseException:
        for sink in sinks.values():
            sink.abort()
        raise
    for sink in sinks.values():
        sink.commit()
    return manifests


def _process_batch() -> BatchFunc:
    """The real unit of work (imported late: the pipeline pulls in the whole extractor)."""
    from claimtrack.pipeline import process_batch

    return process_batch


def run_batch(
    func: BatchFunc, folder: str, names: list[str], topic: str, sidecar: dict[str, dict]
) -> dict[str, list[dict]]:
    """`func` over one batch; of files sharing an article id only the first loaded one counts.

    The loader's rule for `a.html` + `a.txt`: the later file (in name order) is skipped
    when the earlier one loaded. Rare, so such batches go file by file.
    """
    if len({article_id_of(Path(n)) for n in names}) == len(names):
        return func(folder, names, topic, sidecar)
    out: dict[str, list[dict]] = {"articles": [], "figures": [], "claims": []}
    loaded_from: dict[str, str] = {}  # article id -> file it was loaded from
    for name in names:
        part = func(folder, [name], topic, sidecar)
        row = part["articles"][0]
        if row["status"] == "loaded" and row["article_id"] in loaded_from:
            part = {"articles": [same_id_row(row, loaded_from[row["article_id"]])]}
        elif row["status"] == "loaded":
            loaded_from[row["article_id"]] = row["file_name"]
        for key, rows in part.items():
            out[key].extend(rows)
    return out


def same_id_row(row: dict, first_file: str) -> dict:
    """The manifest row of a file skipped because `first_file` has its article id."""
    reason = f"duplicate article_id (already loaded from {first_file})"  # as claimtrack.loader
    return {"article_id": row["article_id"], "file_name": row["file_name"], "status": "skipped",
            "reason": reason, "n_figures": 0, "n_claims": 0}


def note_sidecar_warnings(manifest: pd.DataFrame, warnings: Sequence[str]) -> pd.DataFrame:
    """The sidecar file's row with the sidecar warnings in its reason (as `load_folder` does)."""
    plain = manifest["reason"].eq(SIDECAR_REASON).fillna(False)
    if not warnings or not plain.any():
        return manifest
    out = manifest.copy()
    out.loc[plain, "reason"] = (
        f"{SIDECAR_REASON} ({len(warnings)} warnings: {'; '.join(warnings)})"
    )
    return out


def batch_size_for(n_files: int, batch_size: int, scheduler: str) -> int:
    """At most `batch_size`; on a cluster small enough to give every worker two batches.

    (A thousand files in batches of 500 would keep one of four workers busy.) Never below
    MIN_BATCH_SIZE unless `batch_size` itself is smaller.
    """
    if scheduler == "sync":
        return batch_size
    share = math.ceil(n_files / (BATCHES_PER_WORKER * (os.cpu_count() or 1)))
    return min(batch_size, max(MIN_BATCH_SIZE, share))


def file_names(folder: Path, paths: Sequence[Path]) -> list[str]:
    """The files as POSIX paths relative to `folder` (as `process_batch` takes them)."""
    names = []
    for path in paths:
        path = Path(path)
        relative = path.relative_to(folder) if path.is_absolute() else path
        names.append(relative.as_posix())
    return names


def article_key(name: str) -> tuple[str, str]:
    """Sort key putting files in article-id order (the id is the name without extension)."""
    return article_id_of(Path(name)), name


def make_batches(
    folder: str, names: Sequence[str], topic: str, sidecar: dict[str, dict], batch_size: int
) -> Iterator[tuple[str, list[str], str, dict[str, dict]]]:
    """`process_batch` arguments per batch: files in article-id order, each with its sidecar rows.

    Files sharing an article id stay in one batch, so rows sorted per batch are sorted overall.
    """
    for chunk in id_chunks(sorted(names, key=article_key), batch_size):
        ids = {article_id_of(Path(name)) for name in chunk}
        yield folder, chunk, topic, {k: sidecar[k] for k in ids if k in sidecar}


def id_chunks(names: Sequence[str], size: int) -> Iterator[list[str]]:
    """Consecutive runs of about `size` names, never splitting names of one article id."""
    if size < 1:
        raise ValueError("batch size must be at least 1")
    chunk: list[str] = []
    for name in names:
        if len(chunk) >= size and article_key(name)[0] != article_key(chunk[-1])[0]:
            yield chunk
            chunk = []
        chunk.append(name)
    if chunk:
        yield chunk


def concat_typed(
    parts: list[pd.DataFrame], columns: dict[str, str] = MANIFEST_COLUMNS
) -> pd.DataFrame:
    """The parts stacked into one frame with `columns` and their dtypes."""
    if not parts:
        return typed_frame([], columns)
    return pd.concat(parts, ignore_index=True).astype(columns)


def mark_duplicates(manifest: pd.DataFrame, order: Sequence[str]) -> pd.DataFrame:
    """Fill empty `duplicate_of` cells: the id of the first file (in `order`) of equal content.

    Only loaded files with a `content_hash` take part, as in `claimtrack.loader`.
    """
    if manifest.empty or "content_hash" not in manifest.columns:
        return manifest
    rank = pd.Series(range(len(order)), index=pd.Index(order, dtype="string"), dtype="int64")
    position = manifest["file_name"].map(rank).fillna(len(order))
    takes_part = manifest["status"].eq("loaded").fillna(False) & manifest["content_hash"].notna()
    rows = manifest.loc[takes_part, ["article_id", "content_hash"]].assign(_pos=position)
    rows = rows.sort_values("_pos", kind="mergesort")
    first = rows.groupby("content_hash", sort=False)[["article_id", "_pos"]].transform("first")
    copies = first.index[first["_pos"] < rows["_pos"]]
    out = manifest.copy()
    unset = out.loc[copies, "duplicate_of"].fillna("").eq("")
    out.loc[unset.index[unset], "duplicate_of"] = first.loc[unset.index[unset], "article_id"]
    return out


@dataclass(frozen=True)
class EncodedRows:
    """One batch's rows of one table, ready to append: Arrow table, CSV lines, key bounds."""

    table: pa.Table
    csv: bytes  # data lines only, no header
    first_key: tuple
    last_key: tuple


@cache
def _arrow_schema(columns: tuple[tuple[str, str], ...]) -> pa.Schema:
    return pa.Schema.from_pandas(typed_frame([], dict(columns)), preserve_index=False)


def arrow_schema(columns: dict[str, str]) -> pa.Schema:
    """The Arrow schema pandas gives a typed frame with `columns` (pandas metadata included)."""
    return _arrow_schema(tuple(columns.items()))


def encode_rows(rows: list[dict], columns: dict[str, str]) -> EncodedRows | None:
    """Rows typed, sorted and formatted as `write_tables` would; None when there are none.

    Rows of plain values skip the pandas frame (`claimtrack.row_encoding`); others take it.
    """
    if not rows:
        return None
    plain = encode_plain_rows(rows, columns, arrow_schema(columns))
    if plain is None:
        return encode_frame(typed_frame(rows, columns), columns)
    return EncodedRows(*plain)


def encode_frame(frame: pd.DataFrame, columns: dict[str, str]) -> EncodedRows | None:
    """A typed frame sorted and formatted as `write_tables` would; None when empty."""
    if frame.empty:
        return None
    frame = sorted_rows(frame)
    keys = sort_columns(frame)
    table = pa.Table.from_pandas(frame, schema=arrow_schema(columns), preserve_index=False)
    lines = csv_text(frame).split("\n", 1)[1].encode("utf-8")
    return EncodedRows(table, lines, tuple(frame.iloc[0][keys]), tuple(frame.iloc[-1][keys]))


def encode_batch(
    func: BatchFunc, folder: str, names: list[str], topic: str, sidecar: dict[str, dict]
) -> dict[str, object]:
    """Worker side: run a batch and type, sort and format its tables (spreads that cost too)."""
    result = run_batch(func, folder, names, topic, sidecar)
    encoded: dict[str, object] = {name: encode_rows(result[name], cols)
                                  for name, cols in STREAMED.items()}
    encoded[MANIFEST] = typed_frame(result["articles"], MANIFEST_COLUMNS)
    return encoded


class TableSink:
    """One table written batch by batch: Parquet row groups and CSV lines, in stable order.

    Written under temporary names and renamed by `commit`. If the batches do not arrive in
    the table's sort order (unusual file names), `commit` re-sorts the whole table once.
    """

    def __init__(self, data_dir: Path, name: str, columns: dict[str, str]) -> None:
        self.data_dir, self.name, self.columns = Path(data_dir), name, columns
        self.n_rows = 0
        self.in_order = True
        self._last_key: tuple | None = None
        self._parquet_path = self._partial(".parquet")
        self._csv_path = self._partial(".csv")
        self._writer = pq.ParquetWriter(self._parquet_path, arrow_schema(columns))
        self._csv = open(self._csv_path, "wb")  # closed in commit/abort
        self._csv.write(csv_text(typed_frame([], columns)).encode("utf-8"))

    def _partial(self, suffix: str) -> Path:
        return self.data_dir / f"{self.name}{suffix}{PARTIAL_SUFFIX}"

    def write(self, rows: list[dict]) -> None:
        """Append one batch's rows (sorted within the batch)."""
        self.append(encode_rows(rows, self.columns))

    def append(self, part: EncodedRows | None) -> None:
        """Append one batch's encoded rows as a Parquet row group and CSV lines."""
        if part is None:
            return
        if self._last_key is not None and part.first_key < self._last_key:
            self.in_order = False
        self._last_key = part.last_key
        self._writer.write_table(part.table)
        self._csv.write(part.csv)
        self.n_rows += part.table.num_rows

    def commit(self) -> None:
        """Close the files and move them into place (re-sorted if batches came out of order)."""
        self._writer.close()
        self._csv.close()
        os.replace(self._parquet_path, self.data_dir / f"{self.name}.parquet")
        os.replace(self._csv_path, self.data_dir / f"{self.name}.csv")
        if not self.in_order:
            write_table(read_table(self.data_dir, self.name), self.data_dir, self.name)

    def abort(self) -> None:
        """Close and delete the partial files."""
        self._writer.close()
        self._csv.close()
        for path in (self._parquet_path, self._csv_path):
            path.unlink(missing_ok=True)
