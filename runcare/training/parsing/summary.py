"""Build an Activity from point tracks (GPX/TCX), the way the FIT path does from records."""

from runcare.training.parsing.model import FOOT_SPORTS, Activity
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

_STRIDES_CEILING = 130


def merged(segments: list[Track]) -> Track:
    out = Track()
    for seg in segments:
        for name, values in vars(seg).items():
            getattr(out, name).extend(values)
    return out


def foot_cadence(track: Track, sport: str) -> None:
    """GPX/TCX cadence from Garmin devices counts one foot; report steps per minute."""
    if sport in FOOT_SPORTS:
        track.cadence_spm = [
            None if not c else (2 * c if c < _STRIDES_CEILING else c) for c in track.cadence_spm
        ]


def activity_from_track(
    sport: str,
    sub_sport: str | None,
    segments: list[Track],
    *,
    device_distance_m: float | None = None,
    timer_s: float | None = None,
) -> Activity:
    track = merged(segments)
    foot_cadence(track, sport)
    times = [t for t in track.time_s if t is not None]
    start_s = min(times) if times else None
    distance, source = device_distance_m, "device" if device_distance_m is not None else None
    if distance is None and (d := maximum(track.distance_m)) is not None:
        distance, source = d, "records"
    if distance is None and (d := gps_distance_m(segments)) is not None:
        distance, source = d, "gps"
    cadence = mean(track.cadence_spm) if sport in FOOT_SPORTS else None
    moving = timer_s or time_span_s(track)
    return Activity(
        sport=sport,
        sub_sport=sub_sport,
        start_time_utc=utc_from_epoch(start_s),
        distance_m=distance,
        elapsed_s=time_span_s(track),
        timer_s=timer_s,
        n_records=len(track),
        avg_cadence_spm=cadence,
        avg_stride_length_m=(distance / (moving / 60 * cadence))
        if distance and moving and cadence
        else None,
        avg_heart_rate_bpm=mean(track.heart_rate_bpm),
        max_heart_rate_bpm=maximum(track.heart_rate_bpm),
        elevation_gain_m=elevation_gain_m(track.altitude_m),
        distance_source=source,
        streams=downsample(track, start_s),
    )
