"""Demo running history: ten weeks of generated runs imported through the real import action.

Also builds synthetic Strava-style exports for tests and the benchmark. Positions are synthetic
(the FIT writer draws a straight line from 0°, 0°), never a real person's.
"""

from __future__ import annotations

import csv
import gzip
import io
import zipfile
from datetime import UTC, date, datetime, time, timedelta

from django.core.files.base import ContentFile

from runcare.training.fitwriter import SyntheticRun, run_file

#: km per day over 10 weeks (Mon..Sun); week 9 has a long run well past the month's longest.
DEMO_WEEKS_KM = (
    (0, 5, 0, 6, 0, 5, 8), (0, 5, 0, 6, 0, 5, 9), (0, 6, 0, 6, 0, 5, 10), (0, 5, 0, 5, 0, 4, 7),
    (0, 6, 0, 6, 0, 6, 10), (0, 6, 0, 7, 0, 6, 11), (0, 6, 0, 7, 0, 5, 11), (0, 5, 0, 6, 0, 5, 8),
    (0, 6, 0, 6, 0, 5, 17), (0, 0, 4, 0, 0, 5, 0),
)  # fmt: skip
#: (week, weekday) -> (during, after, next morning): pain follows the spike.
DEMO_PAIN = {(8, 6): (3, 5, 6), (9, 2): (2, 3, 3), (9, 5): (1, 2, 1), (6, 3): (1, 1, 0)}
STRAVA_HEADER = (
    "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,"
    "Activity Gear,Filename,Moving Time,Distance"
)


def demo_runs(today: date) -> list[tuple[tuple[int, int], SyntheticRun]]:
    """The demo schedule ending in the week of ``today``; pace and cadence vary a little."""
    monday = today - timedelta(days=today.weekday()) - timedelta(weeks=len(DEMO_WEEKS_KM) - 1)
    out = []
    for w, week in enumerate(DEMO_WEEKS_KM):
        for d, km in enumerate(week):
            day = monday + timedelta(weeks=w, days=d)
            if not km or day > today:
                continue
            pace = 345 + 10 * ((w + d) % 3)
            start = datetime.combine(day, time(6, 30 + d), tzinfo=UTC)
            run = SyntheticRun(start, km * 1000.0, int(km * pace), cadence_spm=158 + (w % 4),
                               heart_rate_bpm=140 + km, interval_s=10,
                               ascent_m=10 + 3 * km)  # fmt: skip
            out.append(((w, d), run))
    return out


def strava_export_zip(runs: list[SyntheticRun], *, gzip_every: int = 3,
                      names: list[str] | None = None) -> bytes:  # fmt: skip
    """A Strava account export: activities.csv (current schema) + activities/<id>.fit[.gz]."""
    rows, files = io.StringIO(), {}
    writer = csv.writer(rows)
    writer.writerow(STRAVA_HEADER.split(","))
    for i, run in enumerate(runs):
        gz = gzip_every and i % gzip_every == 0
        fname = f"activities/{1000 + i}.fit{'.gz' if gz else ''}"
        data = run_file(run)
        files[fname] = gzip.compress(data, 6) if gz else data
        name = names[i] if names else f"Run {i + 1}"
        writer.writerow([1000 + i, run.start_utc.strftime("%b %d, %Y, %I:%M:%S %p"), name, "Run",
                         run.duration_s, f"{run.distance_m / 1000:.2f}", "Trail shoes", fname,
                         run.duration_s, run.distance_m])  # fmt: skip
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("activities.csv", rows.getvalue())
        for fname, data in files.items():
            zf.writestr(fname, data, zipfile.ZIP_STORED if fname.endswith(".gz") else None)
    return buf.getvalue()


def load_demo_runs(member, today: date | None = None) -> int:  # type: ignore[no-untyped-def]
    """Give the demo member ten weeks of runs with one spike and some run pain (idempotent)."""
    from runcare.activities.actions import record_run_pain, run_import, start_import
    from runcare.activities.models import Activity

    today = today or datetime.now(UTC).date()
    if Activity.objects.filter(member=member).exists():
        return 0
    schedule = demo_runs(today)
    export = strava_export_zip([r for _, r in schedule], names=[_name(k) for k, _ in schedule])
    job = start_import(member=member, upload=ContentFile(export, name="strava-export.zip"),
                       by=member, enqueue=False)  # fmt: skip
    run_import(job.pk)
    by_start = {a.start_time_utc: a for a in Activity.objects.filter(member=member)}
    for key, run in schedule:
        if key in DEMO_PAIN and (activity := by_start.get(run.start_utc)) is not None:
            during, after, morning = DEMO_PAIN[key]
            record_run_pain(activity=activity, during=during, after=after, next_morning=morning,
                            by=member)  # fmt: skip
    return len(schedule)


def _name(key: tuple[int, int]) -> str:
    return "Long run" if key[1] == 6 else ("Easy run" if key[1] != 3 else "Steady run")
