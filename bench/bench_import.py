"""Benchmark: a whole Strava history imported end to end (parse + store + metrics).

    .venv/bin/python bench/bench_import.py [--activities 1000] [--fitdecode-files 1000]

Generates a Strava account export (activities.csv + activities/*.fit, every third file
gzipped; runs of 40-50 min with one record per second), imports it through the same action
the web and CLI use (sandboxed parsing, de-duplication, batched inserts) into a fresh SQLite
database in a temporary directory, computes the load page, then decodes the same FIT files
with fitdecode (records included, CRC and error policies RAISE) for the ratio. Never part of
the test run.
"""

from __future__ import annotations

import argparse
import gzip
import io
import os
import random
import sys
import tempfile
import time
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def make_runs(n: int, seed: int = 11) -> list:  # type: ignore[type-arg]
    from runcare.training.fitwriter import SyntheticRun

    rng, day = random.Random(seed), datetime(2022, 1, 3, 6, 30, tzinfo=UTC)
    out = []
    for i in range(n):
        minutes = rng.randint(40, 50)
        pace = rng.randint(290, 380)  # s/km
        out.append(SyntheticRun(day + timedelta(days=i, minutes=rng.randint(0, 90)),
                                distance_m=minutes * 60 / pace * 1000, duration_s=minutes * 60,
                                cadence_spm=rng.uniform(158, 182),
                                heart_rate_bpm=rng.randint(130, 165), interval_s=1))  # fmt: skip
    return out


def fit_files(export: bytes) -> list[bytes]:
    with zipfile.ZipFile(io.BytesIO(export)) as zf:
        raw = [zf.read(n) for n in zf.namelist() if ".fit" in n]
    return [gzip.decompress(d) if d[:2] == b"\x1f\x8b" else d for d in raw]


def fitdecode_all(files: list[bytes]) -> int:
    import fitdecode

    records = 0
    for data in files:
        reader = fitdecode.FitReader(io.BytesIO(data), check_crc=fitdecode.CrcCheck.RAISE,
                                     error_handling=fitdecode.ErrorHandling.RAISE)  # fmt: skip
        for frame in reader:
            if isinstance(frame, fitdecode.FitDataMessage) and frame.name == "record":
                records += 1
                frame.get_value("heart_rate", fallback=None)
                frame.get_value("cadence", fallback=None)
    return records


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--activities", type=int, default=1000)
    ap.add_argument("--fitdecode-files", type=int, default=None,
                    help="decode only this many files with fitdecode (default: all)")  # fmt: skip
    args = ap.parse_args()
    os.environ.update(RUNCARE_ENV="local", RUNCARE_DATA_DIR=tempfile.mkdtemp(prefix="rc-bench-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "runcare.config.settings")
    import django

    django.setup()
    from django.core.files.base import ContentFile
    from django.core.management import call_command

    from runcare.accounts.models import User
    from runcare.activities.actions import run_import, start_import
    from runcare.activities.demo import strava_export_zip
    from runcare.activities.models import Activity
    from runcare.activities.queries import load_summary_for

    call_command("migrate", "--no-input", "-v", "0")
    member = User.objects.create_user("bench@example.test", "x" * 20, role="member")
    t0 = time.perf_counter()
    export = strava_export_zip(make_runs(args.activities))
    files = fit_files(export)
    mb = sum(len(f) for f in files) / 1e6
    print(f"generated {len(files)} FIT files ({mb:.1f} MB decoded, export {len(export) / 1e6:.1f} "
          f"MB) in {time.perf_counter() - t0:.1f} s")  # fmt: skip

    t0 = time.perf_counter()
    job = start_import(member=member, upload=ContentFile(export, "export.zip"), by=member,
                       enqueue=False)  # fmt: skip
    job = run_import(job.pk)
    summary = load_summary_for(member, member, datetime.now(UTC).date())
    wall = time.perf_counter() - t0
    stored = Activity.objects.filter(member=member).count()
    print(f"import     {wall:8.2f} s  {len(files) / wall:7.1f} files/s  {mb / wall:6.2f} MB/s   "
          f"imported {job.imported}, stored {stored}, failed {job.failed}, "
          f"weeks {len(summary.weeks)}")  # fmt: skip

    sample = files[: args.fitdecode_files] if args.fitdecode_files else files
    t0 = time.perf_counter()
    records = fitdecode_all(sample)
    t_fd = (time.perf_counter() - t0) * len(files) / len(sample)
    note = "" if len(sample) == len(files) else f" (measured on {len(sample)} files, scaled)"
    print(f"fitdecode  {t_fd:8.2f} s  {len(files) / t_fd:7.1f} files/s  {mb / t_fd:6.2f} MB/s   "
          f"decode only, {records} records{note}")  # fmt: skip
    print(f"ratio      whole import is {t_fd / wall:.1f}x faster than fitdecode's decoding alone")
    ok = job.imported == len(files) == stored and wall < 60
    print("target     < 60 s for the whole import:", "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
