"""Memory guard: refuse a file that would not fit in memory before reading it, in one line.

Without it, an oversized file (or a 719 KB workbook whose one cell unpacks to gigabytes) is read until
the OS kills the process with no message. The estimate is cheap and errs high: Parquet's row count x
columns from the footer, a text file's size x ``TEXT_FACTOR``, an Excel workbook's *uncompressed* sheet
XML from the zip directory. Files above ``SHARE`` of the memory available (MemAvailable, or the cgroup's
limit minus its usage when lower) are refused, and so is loading a workspace whose order lines would
not fit (``check_load``); a workbook member packed more than ``ZIP_RATIO_MAX``:1
and larger than ``ZIP_BOMB_MIN`` uncompressed is refused outright (real sheets pack 5-20:1).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from insight.errors import InputError, WorkspaceError

TEXT_FACTOR = 6         # peak memory per byte of a text file while read and typed (measured: 4.6 on a 99 MB CSV)
EXCEL_FACTOR = 6        # per uncompressed byte of sheet XML and shared strings
XLS_FACTOR = 10         # per byte of a binary .xls (not a zip, nothing to look into)
PARQUET_CELL = 48       # bytes per cell of a Parquet file once read (measured: 32 on Online Retail II)
LINE_BYTES = 400        # peak bytes per stored order line to load and answer (issue 17: 9.7 GB for 31 M lines)
SHARE = 0.8             # refuse above this share of the memory available
ZIP_RATIO_MAX = 200     # compression ratio of one workbook member beyond which it is a zip bomb ...
ZIP_BOMB_MIN = 64 << 20  # ... once it unpacks to more than 64 MiB
_SHEET_PARTS = ("xl/worksheets/", "xl/sharedstrings", "content.xml")


def _first_int(path: str) -> int | None:
    try:
        text = Path(path).read_text().split()[0]
    except (OSError, IndexError):
        return None
    return int(text) if text.isdigit() else None


def _cgroup_free() -> int | None:
    """Limit minus usage of this process's memory cgroup (v2, else v1); None when unlimited."""
    for limit_file, usage_file in (("/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory.current"),
                                   ("/sys/fs/cgroup/memory/memory.limit_in_bytes",
                                    "/sys/fs/cgroup/memory/memory.usage_in_bytes")):
        limit = _first_int(limit_file)
        if limit is not None and limit < 1 << 60:  # v1 writes 'unlimited' as a huge number
            return max(limit - (_first_int(usage_file) or 0), 0)
    return None


def available_bytes() -> int | None:
    """Memory this process can still take: MemAvailable, lowered to the cgroup's room; None if unknown."""
    figures = []
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemAvailable:"):
                figures.append(int(line.split()[1]) * 1024)
    except (OSError, ValueError, IndexError):
        pass
    room = _cgroup_free()
    if room is not None:
        figures.append(room)
    return min(figures) if figures else None


def _gb(n: float) -> str:
    if n < 1e5:
        return f"{n / 1e3:,.0f} KB"
    return f"{n / 1e9:,.1f} GB" if n >= 1e8 else f"{n / 1e6:,.1f} MB"


def _excel_xml(path: Path, source: str) -> int:
    """Uncompressed bytes of the sheets and shared strings; refuses a member that is a zip bomb."""
    try:
        with zipfile.ZipFile(path) as zf:
            parts = [i for i in zf.infolist() if i.filename.lower().startswith(_SHEET_PARTS)]
    except (zipfile.BadZipFile, OSError, ValueError):
        return 0  # not a zip (or broken): the reader says so in its own words
    for info in parts:
        if info.file_size > ZIP_BOMB_MIN and info.file_size > ZIP_RATIO_MAX * max(info.compress_size, 1):
            raise InputError(f"{source}: '{info.filename}' unpacks from {_gb(info.compress_size)} to "
                             f"{_gb(info.file_size)} ({info.file_size // max(info.compress_size, 1):,}:1), "
                             "far beyond any real sheet; refused unread (save the sheet as CSV if it is genuine)")
    return sum(i.file_size for i in parts)


def _parquet_cells(path: Path) -> int:
    import polars as pl

    try:
        rows = pl.scan_parquet(path).select(pl.len()).collect().item()
        return int(rows) * len(pl.read_parquet_schema(path))
    except Exception:  # noqa: BLE001 - a broken footer: the reader says so in its own words
        return 0


def estimate(path: Path, ext: str, size: int, source: str) -> int:
    """Bytes reading ``path`` may take at its peak (an over-estimate)."""
    if ext in (".parquet", ".pq"):
        return _parquet_cells(path) * PARQUET_CELL
    if ext == ".xls":
        return size * XLS_FACTOR
    if ext in (".xlsx", ".xlsm", ".xlsb", ".ods"):
        return max(_excel_xml(path, source), size) * EXCEL_FACTOR
    return size * TEXT_FACTOR


def check_fits(path: Path, ext: str, size: int, source: str) -> None:
    """InputError (one line) when the file would need more than ``SHARE`` of the memory available."""
    need = estimate(path, ext, size, source)
    free = available_bytes()
    if free is None or need <= SHARE * free:
        return
    raise InputError(f"{source}: too large for the memory available ({_gb(size)} on disk, about {_gb(need)} "
                     f"to read, {_gb(free)} free); import it in smaller parts (e.g. one file per year) "
                     "or convert it to Parquet, or run on a machine with more memory")


def check_load(lines: int, source: str) -> None:
    """WorkspaceError (one line) when loading and analysing ``lines`` order lines would need more than
    ``SHARE`` of the memory available: the OS would otherwise kill the process without a message."""
    need = lines * LINE_BYTES
    free = available_bytes()
    if free is None or need <= SHARE * free:
        return
    raise WorkspaceError(f"workspace {source}: {lines:,} order lines need about {_gb(need)} to analyse, "
                         f"{_gb(free)} free; analyse a smaller workspace (e.g. one year per workspace) "
                         "or use a machine with more memory")
