"""Full-resolution point series in SI units, and the summaries every format shares."""

import math
from dataclasses import dataclass, field
from datetime import UTC, datetime

from runcare.training.parsing.model import Streams

MAX_STREAM_POINTS = 500
EARTH_RADIUS_M = 6_371_008.8
#: Altitude noise below this is not counted as climbing (barometric/GPS jitter).
ELEVATION_HYSTERESIS_M = 2.0


@dataclass
class Track:
    """Parallel lists, one entry per recorded point; None where the device had no value."""

    time_s: list[float | None] = field(default_factory=list)  # Unix epoch seconds
    distance_m: list[float | None] = field(default_factory=list)
    speed_m_s: list[float | None] = field(default_factory=list)
    heart_rate_bpm: list[float | None] = field(default_factory=list)
    cadence_spm: list[float | None] = field(default_factory=list)
    altitude_m: list[float | None] = field(default_factory=list)
    lat_deg: list[float | None] = field(default_factory=list)
    lon_deg: list[float | None] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.time_s)


def utc_from_epoch(seconds: float | None) -> datetime | None:
    return None if seconds is None else datetime.fromtimestamp(seconds, tz=UTC)


def mean(values: list[float | None], *, positive: bool = True) -> float | None:
    """Mean of the present values (and, by default, only the positive ones: 0 means no sensor)."""
    kept = [v for v in values if v is not None and (v > 0 or not positive)]
    return sum(kept) / len(kept) if kept else None


def maximum(values: list[float | None]) -> float | None:
    kept = [v for v in values if v is not None]
    return max(kept) if kept else None


def time_span_s(track: Track) -> float | None:
    times = [t for t in track.time_s if t is not None]
    return max(times) - min(times) if times else None


def haversine_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


def gps_distance_m(segments: list[Track]) -> float | None:
    """Haversine length summed within segments (gaps between segments are not distance)."""
    total, any_point = 0.0, False
    for seg in segments:
        prev = None
        for lat, lon in zip(seg.lat_deg, seg.lon_deg, strict=True):
            if lat is None or lon is None:
                continue
            any_point = True
            if prev is not None:
                total += haversine_m(prev[0], prev[1], lat, lon)
            prev = (lat, lon)
    return total if any_point else None


def elevation_gain_m(altitudes: list[float | None]) -> float | None:
    """Total climb, counting a rise only once it exceeds the hysteresis band."""
    values = [a for a in altitudes if a is not None]
    if len(values) < 2:
        return None
    gain, ref = 0.0, values[0]
    for a in values[1:]:
        if a - ref >= ELEVATION_HYSTERESIS_M:
            gain += a - ref
            ref = a
        elif a < ref:
            ref = a
    return gain


def downsample(track: Track, start_s: float | None, limit: int = MAX_STREAM_POINTS) -> Streams:
    """Every k-th point so charts stay small; time as an offset from the activity start."""
    n = len(track)
    if n == 0 or start_s is None:
        return Streams()
    step = max(1, math.ceil(n / limit))
    idx = [i for i in range(0, n, step) if track.time_s[i] is not None]

    def pick(values: list[float | None]) -> tuple[float | None, ...]:
        return tuple(None if values[i] is None else round(values[i], 3) for i in idx)  # type: ignore[arg-type]

    return Streams(
        time_s=tuple(round(track.time_s[i] - start_s, 3) for i in idx),  # type: ignore[operator]
        distance_m=pick(track.distance_m),
        speed_m_s=pick(track.speed_m_s),
        heart_rate_bpm=pick(track.heart_rate_bpm),
        cadence_spm=pick(track.cadence_spm),
        altitude_m=pick(track.altitude_m),
    )
