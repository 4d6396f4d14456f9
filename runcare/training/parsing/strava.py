"""Strava account export: ``activities.csv`` (name, type, gear) joined to ``activities/*`` files.

The CSV changed over the years: older exports have ~10 columns, newer ones 90+ with duplicated
names ("Distance" in km, then again in metres). We match columns case-insensitively and keep
the first occurrence, except where the duplicate is the more precise one.
"""

import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime

from runcare.training.parsing.archive import ACTIVITY_FILE, ArchiveEntry, ExportMeta, parse_member
from runcare.training.parsing.errors import ImportRejected
from runcare.training.parsing.limits import ImportLimits
from runcare.training.parsing.model import Activity, ParsedFile
from runcare.training.parsing.sports import normalise_sport
from runcare.training.parsing.zip_guard import read_member

_DATE_FORMATS = ("%b %d, %Y, %I:%M:%S %p", "%Y-%m-%d %H:%M:%S", "%d %b %Y, %H:%M:%S")


def find_index(infos: list[zipfile.ZipInfo]) -> zipfile.ZipInfo | None:
    return next((i for i in infos if _key(i.filename) == "activities.csv"), None)


def _key(name: str) -> str:
    """Path from the export root, whatever folder the ZIP wraps it in; case-insensitive."""
    parts = name.replace("\\", "/").lower().split("/")
    for i, part in enumerate(parts):
        if part in ("activities", "activities.csv"):
            return "/".join(parts[i:])
    return parts[-1]


def read_rows(data: bytes) -> list[dict[str, str]]:
    """CSV rows as {lower-case column: value}, first occurrence wins, "distance_m" added."""
    reader = csv.reader(io.StringIO(data.decode("utf-8-sig", errors="replace")))
    try:
        header = [h.strip().lower() for h in next(reader, [])]
        rows = []
        for values in reader:
            row: dict[str, str] = {}
            for col, value in zip(header, values, strict=False):
                if col == "distance" and "distance" in row:
                    row["distance_m"] = value  # the newer, precise duplicate (metres)
                row.setdefault(col, value.strip())
            rows.append(row)
    except csv.Error:
        raise ImportRejected("The export's activities.csv is not a readable CSV file.") from None
    return rows


def entries(
    zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], index: zipfile.ZipInfo, limits: ImportLimits
) -> Iterator[ArchiveEntry]:
    rows = read_rows(read_member(zf, index, limits.max_member_bytes))
    files = {_key(i.filename): i for i in infos if ACTIVITY_FILE.search(i.filename)}
    used = set()
    for row in rows:
        meta = _meta(row)
        fname = _key(row.get("filename", "")) if row.get("filename") else ""
        if fname in files:
            used.add(fname)
            yield ArchiveEntry(
                files[fname].filename,
                _with_type(parse_member(zf, files[fname], limits), meta),
                meta,
            )
        elif not fname and (summary := _summary(row)) is not None:
            yield ArchiveEntry(f"activities.csv#{meta.activity_id}", summary, meta)
    for key, info in files.items():
        if key not in used and key.startswith("activities/"):
            yield ArchiveEntry(info.filename, parse_member(zf, info, limits))


def _meta(row: dict[str, str]) -> ExportMeta:
    return ExportMeta(
        source="strava",
        activity_id=row.get("activity id") or None,
        name=row.get("activity name") or None,
        activity_type=row.get("activity type") or None,
        gear=row.get("activity gear") or row.get("gear") or None,
    )


def _with_type(
    result: ParsedFile | ImportRejected, meta: ExportMeta
) -> ParsedFile | ImportRejected:
    """GPX/TCX files often carry no sport; Strava's own type then decides."""
    if isinstance(result, ImportRejected) or not meta.activity_type:
        return result
    sport, sub_sport = normalise_sport(meta.activity_type)
    acts = tuple(
        replace(a, sport=sport, sub_sport=sub_sport) if a.sport == "generic" else a
        for a in result.activities
    )
    return replace(result, activities=acts)


def _summary(row: dict[str, str]) -> ParsedFile | None:
    """A manual entry (no file): the CSV's own totals are all we have."""
    start = _date(row.get("activity date", ""))
    if start is None:
        return None
    sport, sub_sport = normalise_sport(row.get("activity type"))
    km, metres = _num(row.get("distance")), _num(row.get("distance_m"))
    distance = metres if metres is not None else (km * 1000 if km is not None else None)
    act = Activity(
        sport=sport,
        sub_sport=sub_sport,
        start_time_utc=start,
        distance_m=distance,
        elapsed_s=_num(row.get("elapsed time")),
        timer_s=_num(row.get("moving time")),
        n_records=0,
        distance_source="device" if distance is not None else None,
    )
    return ParsedFile("strava_csv", activities=(act,))


def _date(text: str) -> datetime | None:
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text.strip(), fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
    return None


def _num(text: str | None) -> float | None:
    try:
        return float(text.replace(",", "")) if text else None
    except ValueError:
        return None
