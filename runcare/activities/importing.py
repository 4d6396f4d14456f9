"""The body of an import: items in, rows and a tally out, committed in batches.

Each batch of files is stored in one transaction together with the job's counters, so the
database never holds half a file or counters that disagree with the rows; a resumed import
starts after the last committed batch, and content hashes make any overlap harmless.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from runcare.activities.archive_sandbox import ImportItem
from runcare.activities.known import KnownActivities
from runcare.activities.models import Activity, ImportJob, SourceKind
from runcare.training.parsing import Activity as Parsed
from runcare.training.parsing import ImportRejected, ParsedFile

NOTES_MAX = 200
_FORMAT_KIND = {"fit": SourceKind.FIT, "gpx": SourceKind.GPX, "tcx": SourceKind.TCX}


@dataclass
class Tally:
    processed: int = 0
    imported: int = 0
    duplicates: int = 0
    skipped: int = 0
    failed: int = 0
    notes: list[dict[str, str]] = field(default_factory=list)
    rows: list[Activity] = field(default_factory=list)
    names: dict[int, tuple[str, str]] = field(default_factory=dict)

    @classmethod
    def of(cls, job: ImportJob) -> Tally:
        return cls(job.processed, job.imported, job.duplicates, job.skipped, job.failed,
                   list(job.notes))  # fmt: skip

    def note(self, name: str, outcome: str, reason: str) -> None:
        if len(self.notes) < NOTES_MAX:
            self.notes.append({"file": name[-200:], "outcome": outcome, "reason": reason})


def _row(job: ImportJob, item: ImportItem, index: int, a: Parsed, parsed: ParsedFile) -> Activity:
    assert a.start_time_utc is not None
    meta = item.meta
    kind = SourceKind(meta.source) if meta else _FORMAT_KIND.get(parsed.format, SourceKind.FIT)
    s = a.streams
    streams = {"time_s": s.time_s, "distance_m": s.distance_m, "speed_m_s": s.speed_m_s,
               "heart_rate_bpm": s.heart_rate_bpm, "cadence_spm": s.cadence_spm,
               "altitude_m": s.altitude_m} if len(s) else {}  # fmt: skip
    return Activity(
        member_id=job.member_id, import_job_id=job.pk, content_hash=item.content_hash,
        session_index=index, source_kind=kind, file_format=parsed.format[:20], sport=a.sport,
        sub_sport=a.sub_sport or "", start_time_utc=a.start_time_utc, distance_m=a.distance_m,
        elapsed_s=a.elapsed_s, timer_s=a.timer_s, avg_cadence_spm=a.avg_cadence_spm,
        avg_stride_length_m=a.avg_stride_length_m, avg_heart_rate_bpm=a.avg_heart_rate_bpm,
        max_heart_rate_bpm=a.max_heart_rate_bpm, elevation_gain_m=a.elevation_gain_m,
        n_records=a.n_records, name=((meta.name if meta else "") or "")[:200],
        gear=((meta.gear if meta else "") or "")[:200], partial=parsed.partial, streams=streams,
    )  # fmt: skip


def _valid(a: Parsed) -> bool:
    numbers = (a.distance_m, a.elapsed_s, a.timer_s, a.avg_cadence_spm, a.avg_stride_length_m,
               a.avg_heart_rate_bpm, a.max_heart_rate_bpm, a.elevation_gain_m)  # fmt: skip
    return all(v is None or v >= 0 for v in numbers)


def process(item: ImportItem, job: ImportJob, known: KnownActivities, tally: Tally) -> None:
    """Add one item's new activities to the tally's pending rows; note what was left out."""
    tally.processed += 1
    if isinstance(item.result, ImportRejected):
        tally.failed += 1
        tally.note(item.name, "failed", item.result.message)
        return
    parsed = item.result
    if parsed.skip_reason or not parsed.activities:
        tally.skipped += 1
        tally.note(item.name, "skipped", parsed.skip_reason or "The file holds no activity.")
        return
    if parsed.partial:
        tally.note(item.name, "partial", "The file was damaged; what came before the damage "
                   "was kept.")  # fmt: skip
    for index, a in enumerate(parsed.activities):
        _one(item, index, a, parsed, job, known, tally)


def _one(item: ImportItem, index: int, a: Parsed, parsed: ParsedFile, job: ImportJob,
         known: KnownActivities, tally: Tally) -> None:  # fmt: skip
    if a.start_time_utc is None or not _valid(a):
        tally.skipped += 1
        tally.note(item.name, "skipped", "The activity has no usable start time or totals.")
        return
    if (item.content_hash, index) in known.hashes:
        tally.duplicates += 1
        return
    if (same := known.match(a)) is not None:
        tally.duplicates += 1
        if same.row_id and not same.named and item.meta and (item.meta.name or item.meta.gear):
            tally.names[same.row_id] = (item.meta.name or "", item.meta.gear or "")
        return
    row = _row(job, item, index, a, parsed)
    known.add(item.content_hash, index, a, row)
    tally.rows.append(row)
    tally.imported += 1


def commit(job: ImportJob, tally: Tally, progress: float) -> None:
    """Store pending rows and the job's counters in one transaction."""
    with transaction.atomic():
        Activity.objects.bulk_create(tally.rows, batch_size=200, ignore_conflicts=True)
        for pk, (name, gear) in tally.names.items():
            Activity.objects.filter(Q(name=""), pk=pk).update(name=name[:200], gear=gear[:200])
        fields: dict[str, Any] = {
            "processed": tally.processed, "imported": tally.imported,
            "duplicates": tally.duplicates, "skipped": tally.skipped, "failed": tally.failed,
            "notes": tally.notes, "progress": progress, "heartbeat_at": timezone.now(),
        }  # fmt: skip
        ImportJob.objects.filter(pk=job.pk).update(**fields)
    for key, value in fields.items():
        setattr(job, key, value)
    tally.rows, tally.names = [], {}
