"""Benchmark: our FIT decoder vs fitdecode (and garmin-fit-sdk if installed), same files, same run.

    .venv/bin/python bench/bench_fit.py [--generated 970] [--data DIR]

Decodes the real FIT files in DIR (default ../shared/data/activities/fit; never copied into the
project) plus generated runs, checks that the libraries agree on sport, start, distance,
elapsed/timer time, record count, cadence and heart rate, and prints MB/s and the ratio.
Never part of the test run.
"""

import argparse
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import fitdecode

from runcare.training.fitwriter import SyntheticRun, run_file
from runcare.training.parsing import ImportRejected, parse_file

FOOT = {"running", "walking", "hiking"}


def generated(n: int, seed: int = 7) -> list[tuple[str, bytes]]:
    rng, day = random.Random(seed), datetime(2024, 1, 1, 6, tzinfo=UTC)
    files = []
    for i in range(n):
        minutes = rng.randint(5, 30)
        run = SyntheticRun(
            day + timedelta(days=i, minutes=rng.randint(0, 600)),
            distance_m=minutes * 60 * rng.uniform(2.4, 3.6),
            duration_s=minutes * 60,
            cadence_spm=rng.uniform(150, 185),
            heart_rate_bpm=rng.randint(120, 175),
        )
        files.append((f"generated-{i:04d}", run_file(run)))
    return files


def ours(data: bytes) -> dict | None:
    try:
        parsed = parse_file(data)
    except ImportRejected:
        return None
    if parsed.partial or not parsed.activities:
        return None
    acts = parsed.activities
    return {
        "sessions": [
            (a.sport, a.start_time_utc, _r(a.distance_m if a.distance_source == "device" else None),
             _r(a.elapsed_s), _r(a.timer_s)) for a in acts
        ],
        "n_records": sum(a.n_records for a in acts),
        "cadence": _r(acts[0].avg_cadence_spm) if len(acts) == 1 else None,
        "hr": _r(acts[0].avg_heart_rate_bpm) if len(acts) == 1 else None,
    }  # fmt: skip


def _r(x: float | None) -> float | None:
    return None if x is None else round(float(x), 2)


def theirs(path_or_bytes: bytes) -> dict | None:
    sessions, records, hr_sum, hr_n, cad_sum, cad_n = [], 0, 0, 0, 0.0, 0
    try:
        reader = fitdecode.FitReader(
            path_or_bytes,
            check_crc=fitdecode.CrcCheck.RAISE,
            error_handling=fitdecode.ErrorHandling.RAISE,
        )
        for frame in reader:
            if not isinstance(frame, fitdecode.FitDataMessage):
                continue
            if frame.name == "record":
                records += 1
                hr = frame.get_value("heart_rate", fallback=None)
                cad = frame.get_value("cadence", fallback=None)
                if hr:
                    hr_sum, hr_n = hr_sum + hr, hr_n + 1
                if cad and cad < 255:
                    frac = frame.get_value("fractional_cadence", fallback=None) or 0
                    cad_sum, cad_n = cad_sum + cad + (frac if frac < 1 else 0), cad_n + 1
            elif frame.name == "session":
                sessions.append({f.name: f.value for f in frame.fields})
    except Exception:
        return None
    if not sessions:
        return None
    return _their_summary(sessions, records, (hr_sum, hr_n), (cad_sum, cad_n))


def _their_summary(sessions: list[dict], records: int, hr: tuple, cad: tuple) -> dict:
    s0 = sessions[0]
    sport = s0.get("sport")
    cadence = None
    if len(sessions) == 1 and sport in FOOT:
        raw = s0.get("avg_running_cadence") or s0.get("avg_cadence")
        if raw:
            frac = s0.get("avg_fractional_cadence") or 0
            raw = raw + (frac if frac < 1 else 0)
        elif cad[1]:
            raw = cad[0] / cad[1]
        cadence = _r(2 * raw if raw and raw < 130 else raw)
    avg_hr = s0.get("avg_heart_rate") or (hr[0] / hr[1] if hr[1] else None)
    return {
        "sessions": [
            (s.get("sport") if isinstance(s.get("sport"), str) else "generic",
             _utc(s.get("start_time")),
             _r(s.get("total_distance")), _r(s.get("total_elapsed_time")),
             _r(s.get("total_timer_time"))) for s in sessions
        ],
        "n_records": records,
        "cadence": cadence,
        "hr": _r(avg_hr) if len(sessions) == 1 else None,
    }  # fmt: skip


def _utc(value: object) -> datetime | None:
    return value.replace(tzinfo=UTC) if isinstance(value, datetime) else None


def sdk_decoder():
    try:
        from garmin_fit_sdk import Decoder, Stream
    except ImportError:
        return None

    def decode(data: bytes) -> None:
        Decoder(Stream.from_byte_array(bytearray(data))).read()

    return decode


def timed(fn, files: list[tuple[str, bytes]]) -> tuple[float, list]:
    start, out = time.perf_counter(), []
    for _, data in files:
        out.append(fn(data))
    return time.perf_counter() - start, out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--generated", type=int, default=970)
    ap.add_argument(
        "--data",
        type=Path,
        default=Path(__file__).resolve().parents[2] / "shared" / "data" / "activities" / "fit",
    )
    args = ap.parse_args()
    real = [(p.name, p.read_bytes()) for p in sorted(args.data.glob("*.fit"))]
    files = real + generated(args.generated)
    mb = sum(len(d) for _, d in files) / 1e6
    print(f"{len(files)} files ({len(real)} real, {args.generated} generated), {mb:.1f} MB")
    t_ours, r_ours = timed(ours, files)
    t_fd, r_fd = timed(theirs, files)
    mismatches = [
        name for (name, _), a, b in zip(files, r_ours, r_fd, strict=True) if a and b and a != b
    ]
    compared = sum(1 for a, b in zip(r_ours, r_fd, strict=True) if a and b)
    print(f"ours       {t_ours:8.2f} s  {mb / t_ours:8.2f} MB/s")
    print(f"fitdecode  {t_fd:8.2f} s  {mb / t_fd:8.2f} MB/s   ratio {t_fd / t_ours:.1f}x")
    if (sdk := sdk_decoder()) is not None:
        t_sdk, _ = timed(sdk, files)
        print(f"garmin-sdk {t_sdk:8.2f} s  {mb / t_sdk:8.2f} MB/s   ratio {t_sdk / t_ours:.1f}x")
    print(f"values compared on {compared} files, mismatches: {len(mismatches)} {mismatches[:5]}")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
