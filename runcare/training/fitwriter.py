"""A small FIT *writer*: test fixtures, benchmarks and demo data with realistic runs.

It writes what our decoder reads (file_id, record, session, developer fields, compressed
timestamps, chained files) and can also write deliberately broken files for the hostile-input
tests. Positions are synthetic (a straight line from 0°, 0°), never a real person's.
"""

import struct
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from runcare.training.parsing.fit_crc import crc16
from runcare.training.parsing.fit_profile import FIT_EPOCH_S, SPORTS, SUB_SPORTS

UINT8, ENUM, UINT16, SINT32, UINT32, UINT32Z, BYTE = 0x02, 0x00, 0x84, 0x85, 0x86, 0x8C, 0x0D
_SPORT_NUM = {v: k for k, v in SPORTS.items()}
_SUB_SPORT_NUM = {v: k for k, v in SUB_SPORTS.items()}

FILE_ID = [(0, 1, ENUM), (1, 2, UINT16), (2, 2, UINT16), (3, 4, UINT32Z), (4, 4, UINT32)]
RECORD = [
    (253, 4, UINT32), (0, 4, SINT32), (1, 4, SINT32), (5, 4, UINT32), (6, 2, UINT16),
    (3, 1, UINT8), (4, 1, UINT8), (53, 1, UINT8), (78, 4, UINT32), (85, 2, UINT16),
]  # fmt: skip
SESSION = [
    (253, 4, UINT32), (2, 4, UINT32), (5, 1, ENUM), (6, 1, ENUM), (7, 4, UINT32), (8, 4, UINT32),
    (9, 4, UINT32), (16, 1, UINT8), (17, 1, UINT8), (18, 1, UINT8), (92, 1, UINT8),
    (22, 2, UINT16),
]  # fmt: skip
_CODES = {UINT8: "B", ENUM: "B", UINT16: "H", SINT32: "i", UINT32: "I", UINT32Z: "I", BYTE: "B"}


def fit_time(dt: datetime) -> int:
    return int(dt.timestamp()) - FIT_EPOCH_S


class FitWriter:
    """Low-level: definitions and data messages in order, then header and CRC."""

    def __init__(self, *, big_endian: bool = False) -> None:
        self.big_endian = big_endian
        self.body = bytearray()
        self.layouts: dict[int, struct.Struct] = {}

    def define(
        self,
        local: int,
        global_num: int,
        fields: list[tuple[int, int, int]],
        dev_fields: Sequence[tuple[int, int, int]] = (),
    ) -> None:  # type: ignore[assignment]
        header = 0x40 | local | (0x20 if dev_fields else 0)
        endian = ">" if self.big_endian else "<"
        self.body += struct.pack(
            endian + "BBBHB", header, 0, int(self.big_endian), global_num, len(fields)
        )
        for num, size, base in fields:
            self.body += bytes((num, size, base))
        if dev_fields:
            self.body += bytes((len(dev_fields),))
            for num, size, index in dev_fields:
                self.body += bytes((num, size, index))
        fmt = "".join(
            _CODES[b] if s == struct.calcsize(_CODES[b]) else f"{s}s" for _, s, b in fields
        )
        dev = "".join(f"{s}s" for _, s, _ in dev_fields)
        self.layouts[local] = struct.Struct(endian + fmt + dev)

    def data(self, local: int, values: tuple, *, time_offset: int | None = None) -> None:
        """A data message; ``time_offset`` (0-31) writes a compressed-timestamp header."""
        header = local if time_offset is None else 0x80 | (local << 5) | (time_offset & 0x1F)
        self.body += bytes((header,)) + self.layouts[local].pack(*values)

    def to_bytes(self, *, bad_crc: bool = False, data_size: int | None = None) -> bytes:
        size = len(self.body) if data_size is None else data_size
        head = struct.pack("<BBHI4s", 14, 0x20, 2132, size, b".FIT")
        head += struct.pack("<H", crc16(head))
        crc = crc16(head + self.body) ^ (0xFFFF if bad_crc else 0)
        return head + bytes(self.body) + struct.pack("<H", crc)


@dataclass(frozen=True)
class SyntheticRun:
    """An even-paced session; one record every ``interval_s`` seconds."""

    start_utc: datetime
    distance_m: float = 5000.0
    duration_s: int = 1800
    cadence_spm: float = 170.0
    heart_rate_bpm: int = 150
    sport: str = "running"
    sub_sport: str = "generic"
    interval_s: int = 1
    ascent_m: int = 20


def _records(w: FitWriter, run: SyntheticRun, compressed: bool, dev: bool) -> None:
    t0, n = fit_time(run.start_utc), run.duration_s // run.interval_s + 1
    speed = run.distance_m / run.duration_s
    strides = (
        run.cadence_spm / 2 if run.sport in ("running", "walking", "hiking") else run.cadence_spm
    )
    step_mm10 = int(speed * 60 / run.cadence_spm * 10000) if run.cadence_spm else 0xFFFF
    for i in range(n):
        t = t0 + i * run.interval_s
        dist = min(run.distance_m, speed * i * run.interval_s)
        alt = int((100 + run.ascent_m * i / max(1, n - 1) + 500) * 5)
        lat = int(dist / 111_195 * 2**31 / 180)
        vals: tuple = (lat, 0, int(dist * 100), int(speed * 1000), run.heart_rate_bpm,
                       int(strides), int((strides % 1) * 128), alt, step_mm10)  # fmt: skip
        if dev:
            vals = (*vals, b"\x01\x02")
        if compressed and i:
            w.data(1, vals, time_offset=t & 0x1F)
        else:
            w.data(0, (t, *vals))


def _session(w: FitWriter, run: SyntheticRun) -> None:
    t0 = fit_time(run.start_utc)
    strides = (
        run.cadence_spm / 2 if run.sport in ("running", "walking", "hiking") else run.cadence_spm
    )
    w.define(3, 18, SESSION)
    w.data(3, (t0 + run.duration_s, t0, _SPORT_NUM[run.sport], _SUB_SPORT_NUM[run.sub_sport],
               run.duration_s * 1000, run.duration_s * 1000, int(run.distance_m * 100),
               run.heart_rate_bpm, run.heart_rate_bpm + 15, int(strides),
               int((strides % 1) * 128), run.ascent_m))  # fmt: skip


def run_writer(
    runs: list[SyntheticRun],
    *,
    compressed_timestamps: bool = False,
    developer_fields: bool = False,
    file_type: int = 4,
) -> FitWriter:
    """A FitWriter holding one activity with one session per run (several = multisport)."""
    w = FitWriter()
    w.define(2, 0, FILE_ID)
    w.data(2, (file_type, 1, 1, 12345, fit_time(runs[0].start_utc)))
    dev = [(0, 2, 0)] if developer_fields else []
    for run in runs:
        w.define(0, 20, RECORD, dev)
        w.define(1, 20, RECORD[1:], dev)
        _records(w, run, compressed_timestamps, developer_fields)
        _session(w, run)
    return w


def run_file(run: SyntheticRun, **options: bool) -> bytes:
    return run_writer([run], **options).to_bytes()  # type: ignore[arg-type]


def multisport_file(runs: list[SyntheticRun]) -> bytes:
    return run_writer(runs).to_bytes()


def daily_runs(
    first_day: datetime, distances_km: list[float], pace_s_per_km: int = 360
) -> list[SyntheticRun]:
    """One run a day (0 km = rest day), for load-metric scenarios and demo data."""
    return [
        SyntheticRun(first_day + timedelta(days=i), km * 1000, int(km * pace_s_per_km),
                     interval_s=10)
        for i, km in enumerate(distances_km)
        if km > 0
    ]  # fmt: skip
