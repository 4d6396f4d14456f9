"""FIT messages -> Activities: scaling, one Activity per session, records split by time."""

from itertools import groupby, pairwise
from operator import itemgetter
from typing import Any

from runcare.training.parsing.errors import ImportRejected
from runcare.training.parsing.fit_decoder import FitMessages, decode_fit
from runcare.training.parsing.fit_profile import (
    FILE_TYPES,
    FIT_EPOCH_S,
    MIN_ABSOLUTE_TIME,
    RECORD_KEYS,
    SPORTS,
    SUB_SPORTS,
)
from runcare.training.parsing.model import FOOT_SPORTS, Activity, ParsedFile
from runcare.training.parsing.track import (
    Track,
    downsample,
    elevation_gain_m,
    gps_distance_m,
    maximum,
    mean,
    time_span_s,
    utc_from_epoch,
)

_SEMICIRCLE_DEG = 180.0 / 2**31
#: Strides per minute above this are already steps per minute (some exporters store spm).
_STRIDES_CEILING = 130


def parse_fit(data: bytes) -> ParsedFile:
    msgs = decode_fit(data)
    warnings = tuple(msgs.warnings)
    file_type = _file_type(msgs)
    if file_type not in (None, "activity"):
        reason = f"This FIT file is a {file_type} file, not an activity: nothing to import."
        return ParsedFile("fit", msgs.partial, warnings, (), reason, file_type)
    cols = record_columns(msgs.records)
    sessions = msgs.sessions or _sessions_from_records(msgs, cols)
    if not sessions:
        raise ImportRejected("The FIT file holds no activity data.")
    _require_absolute_times(sessions, cols["timestamp"])
    ranges = _session_ranges(sessions, cols["timestamp"])
    acts = tuple(_activity(s, cols, lo, hi) for s, (lo, hi) in zip(sessions, ranges, strict=True))
    return ParsedFile("fit", msgs.partial, warnings, acts, None, file_type or "activity")


def _file_type(msgs: FitMessages) -> str | None:
    raw = msgs.file_ids[0].get("type") if msgs.file_ids else None
    return None if raw is None else FILE_TYPES.get(raw, f"type {raw}")


def record_columns(records: list[tuple[Any, tuple]]) -> dict[str, list]:
    """Transpose (definition, values) rows into one list per record key, invalid -> None."""
    cols: dict[str, list] = {k: [] for k in RECORD_KEYS}
    for d, group in groupby(records, key=itemgetter(0)):
        rows = [v for _, v in group]
        present = set()
        for name, inv, col in zip(d.names, d.invalid, zip(*rows, strict=True), strict=True):
            if name in present:
                continue
            present.add(name)
            if inv is None:
                cols[name].extend(None if x != x else x for x in col)  # NaN floats
            elif inv in col:
                cols[name].extend(None if x == inv else x for x in col)
            else:
                cols[name].extend(col)
        for name in RECORD_KEYS:
            if name not in present:
                cols[name].extend([None] * len(rows))
    return cols


def _sessions_from_records(msgs: FitMessages, cols: dict[str, list]) -> list[dict[str, Any]]:
    """A file cut before its session message still has records: summarise those."""
    times = [t for t in cols["timestamp"] if t is not None]
    if not times:
        return []
    sport = msgs.sports[-1] if msgs.sports else {}
    msgs.warnings.append("The file has no session summary; totals come from the records.")
    msgs.partial = True
    return [
        {"start_time": times[0], "sport": sport.get("sport"), "sub_sport": sport.get("sub_sport")}
    ]


def _require_absolute_times(sessions: list[dict[str, Any]], timestamps: list) -> None:
    firsts = [s.get("start_time") or s.get("timestamp") for s in sessions]
    firsts.append(next((t for t in timestamps if t is not None), None))
    if any(t is not None and t < MIN_ABSOLUTE_TIME for t in firsts):
        raise ImportRejected(
            "The file's times count from when the device was switched on, not a calendar date, "
            "so the activity cannot be placed in time. Export it again from the watch's app."
        )


def _session_ranges(sessions: list[dict[str, Any]], timestamps: list) -> list[tuple[int, int]]:
    """Records belong to the session that started last before them (records are time-ordered)."""
    bounds, j, n = [0], 0, len(timestamps)
    for s in sessions[1:]:
        start = s.get("start_time")
        while start is not None and j < n and (timestamps[j] is None or timestamps[j] < start):
            j += 1
        bounds.append(j)
    bounds.append(n)
    return list(pairwise(bounds))


def _track(cols: dict[str, list], lo: int, hi: int, foot: bool) -> Track:
    def col(name: str) -> list:
        return cols[name][lo:hi]

    def scaled(name: str, factor: float, offset: float = 0.0) -> list[float | None]:
        return [None if v is None else v * factor + offset for v in col(name)]

    return Track(
        time_s=scaled("timestamp", 1, FIT_EPOCH_S),
        distance_m=scaled("distance", 0.01),
        speed_m_s=_prefer(scaled("enhanced_speed", 0.001), scaled("speed", 0.001)),
        heart_rate_bpm=[v or None for v in col("heart_rate")],
        cadence_spm=list(
            map(_cadence, col("cadence"), col("fractional_cadence"), [foot] * (hi - lo))
        ),
        altitude_m=_prefer(scaled("enhanced_altitude", 0.2, -500), scaled("altitude", 0.2, -500)),
        lat_deg=scaled("lat", _SEMICIRCLE_DEG),
        lon_deg=scaled("lon", _SEMICIRCLE_DEG),
    )


def _prefer(first: list[float | None], second: list[float | None]) -> list[float | None]:
    """Enhanced (32-bit) fields over the 16-bit originals, point by point."""
    if all(v is None for v in second):
        return first
    return [a if a is not None else b for a, b in zip(first, second, strict=True)]


def _cadence(cad: int | None, frac: int | None, foot: bool) -> float | None:
    """Steps per minute for foot sports (FIT stores one foot), revolutions otherwise."""
    if not cad:
        return None
    value = cad + (frac / 128 if frac is not None and frac < 128 else 0.0)
    return 2 * value if foot and cad < _STRIDES_CEILING else value


def _activity(s: dict[str, Any], cols: dict[str, list], lo: int, hi: int) -> Activity:
    sport = (
        SPORTS.get(s["sport"], f"sport_{s['sport']}") if s.get("sport") is not None else "generic"
    )
    foot = sport in FOOT_SPORTS
    track = _track(cols, lo, hi, foot)
    start = s.get("start_time")
    start_s = (
        start + FIT_EPOCH_S if start is not None else next((t for t in track.time_s if t), None)
    )
    distance, source = _distance(s, track)
    timer_s = _scaled(s.get("total_timer_time"), 1000)
    cadence = (
        _cadence(s.get("avg_cadence"), s.get("avg_fractional_cadence"), foot) if foot else None
    )
    if cadence is None and foot:
        cadence = mean(track.cadence_spm)
    step = _scaled(s.get("avg_step_length"), 10_000) or _step_from(distance, timer_s, cadence)
    return Activity(
        sport=sport,
        sub_sport=SUB_SPORTS.get(s["sub_sport"]) if s.get("sub_sport") is not None else None,
        start_time_utc=utc_from_epoch(start_s),
        distance_m=distance,
        elapsed_s=_scaled(s.get("total_elapsed_time"), 1000) or time_span_s(track),
        timer_s=timer_s,
        n_records=hi - lo,
        avg_cadence_spm=cadence,
        avg_stride_length_m=step,
        avg_heart_rate_bpm=s.get("avg_heart_rate") or mean(track.heart_rate_bpm),
        max_heart_rate_bpm=s.get("max_heart_rate") or maximum(track.heart_rate_bpm),
        elevation_gain_m=_first_present(s.get("total_ascent"), elevation_gain_m(track.altitude_m)),
        distance_source=source,
        streams=downsample(track, start_s),
    )


def _first_present(a: float | None, b: float | None) -> float | None:
    return a if a is not None else b


def _scaled(value: float | None, scale: float) -> float | None:
    return None if value is None else value / scale


def _distance(s: dict[str, Any], track: Track) -> tuple[float | None, str | None]:
    if s.get("total_distance") is not None:
        return s["total_distance"] / 100, "device"
    if (d := maximum(track.distance_m)) is not None:
        return d, "records"
    if (d := gps_distance_m([track])) is not None:
        return d, "gps"
    return None, None


def _step_from(distance: float | None, timer_s: float | None, spm: float | None) -> float | None:
    """Mean step length = distance / steps, when the watch did not record it."""
    if not distance or not timer_s or not spm:
        return None
    return distance / (timer_s / 60 * spm)
