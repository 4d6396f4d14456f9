"""Garmin Connect account export: summarizedActivities JSON + nested UploadedFiles ZIPs.

Summaries use centimetres and milliseconds; start times are epoch milliseconds (GMT). FIT files
inside the nested ZIPs are matched to their summary by start time; summaries without a file are
still yielded (their totals count towards load).
"""

import io
import json
import re
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime

from runcare.training.parsing.archive import ArchiveEntry, ExportMeta, read_archive
from runcare.training.parsing.errors import ImportRejected
from runcare.training.parsing.limits import ImportLimits
from runcare.training.parsing.model import Activity, ParsedFile
from runcare.training.parsing.sports import normalise_sport
from runcare.training.parsing.zip_guard import read_member

_SUMMARY = re.compile(r"DI-Connect-Fitness/[^/]*summarizedActivities[^/]*\.json$", re.I)
_UPLOADS = re.compile(r"DI-Connect-Uploaded-Files/UploadedFiles[^/]*\.zip$", re.I)
_MATCH_S = 120


def is_export(infos: list[zipfile.ZipInfo]) -> bool:
    return any(_SUMMARY.search(i.filename) for i in infos)


def entries(
    zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], limits: ImportLimits, depth: int
) -> Iterator[ArchiveEntry]:
    summaries = [s for i in infos if _SUMMARY.search(i.filename) for s in _summaries(zf, i, limits)]
    matched: set[int] = set()
    for info in infos:
        if not _UPLOADS.search(info.filename):
            continue
        for entry in _nested(zf, info, limits, depth):
            idx = _match(entry.result, summaries)
            if idx is not None:
                matched.add(idx)
            meta = summaries[idx][1] if idx is not None else None
            yield ArchiveEntry(f"{info.filename}/{entry.name}", entry.result, meta)
    for idx, (parsed, meta) in enumerate(summaries):
        if idx not in matched:
            yield ArchiveEntry(f"summary#{meta.activity_id}", parsed, meta)


def _nested(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: ImportLimits, depth: int
) -> Iterator[ArchiveEntry]:
    if depth >= limits.max_nesting:
        yield ArchiveEntry(info.filename, ImportRejected("ZIP files nested too deeply."))
        return
    try:
        yield from read_archive(
            read_member(zf, info, limits.max_zip_bytes), limits, depth=depth + 1
        )
    except ImportRejected as exc:
        yield ArchiveEntry(info.filename, exc)


def _summaries(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: ImportLimits
) -> list[tuple[ParsedFile, ExportMeta]]:
    try:
        doc = json.load(io.BytesIO(read_member(zf, info, limits.max_member_bytes)))
    except (ValueError, ImportRejected):
        return []
    items = doc if isinstance(doc, list) else [doc]
    out = []
    for block in items:
        acts = block.get("summarizedActivitiesExport", []) if isinstance(block, dict) else []
        out += [s for a in acts if isinstance(a, dict) and (s := _summary(a)) is not None]
    return out


def _summary(raw: dict) -> tuple[ParsedFile, ExportMeta] | None:
    start_ms = _num(raw.get("startTimeGmt"))
    if start_ms is None:
        return None
    sport, sub_sport = normalise_sport(str(raw.get("activityType") or raw.get("sportType") or ""))
    distance_cm, duration_ms = _num(raw.get("distance")), _num(raw.get("duration"))
    moving_ms = _num(raw.get("movingDuration"))
    act = Activity(
        sport=sport,
        sub_sport=sub_sport,
        start_time_utc=datetime.fromtimestamp(start_ms / 1000, tz=UTC),
        distance_m=None if distance_cm is None else distance_cm / 100,
        elapsed_s=None if duration_ms is None else duration_ms / 1000,
        timer_s=None if moving_ms is None else moving_ms / 1000,
        n_records=0,
        avg_heart_rate_bpm=_num(raw.get("avgHr")),
        max_heart_rate_bpm=_num(raw.get("maxHr")),
        distance_source="device" if distance_cm is not None else None,
    )
    meta = ExportMeta("garmin", str(raw.get("activityId") or "") or None, raw.get("name"),
                      raw.get("activityType"))  # fmt: skip
    return ParsedFile("garmin_summary", activities=(act,)), meta


def _match(result: ParsedFile | ImportRejected, summaries: list) -> int | None:
    if isinstance(result, ImportRejected) or not result.activities:
        return None
    start = result.activities[0].start_time_utc
    for idx, (parsed, _meta) in enumerate(summaries):
        other = parsed.activities[0].start_time_utc
        if start and other and abs((start - other).total_seconds()) <= _MATCH_S:
            return idx
    return None


def _num(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None
