"""Garmin Training Center XML (TCX): Activity > Lap > Track > Trackpoint, plus TPX extensions."""

from xml.etree.ElementTree import Element

from runcare.training.parsing.model import Activity, ParsedFile
from runcare.training.parsing.sports import normalise_sport
from runcare.training.parsing.summary import activity_from_track
from runcare.training.parsing.timeparse import epoch_s
from runcare.training.parsing.track import Track
from runcare.training.parsing.xml_safety import (
    child,
    children,
    descendants,
    local,
    number,
    parse_xml,
    text_of,
)


def parse_tcx(data: bytes) -> ParsedFile:
    root = parse_xml(data, "TCX")
    activities = [a for a in map(_activity, descendants(root, "Activity")) if a is not None]
    if not activities:
        return ParsedFile("tcx", skip_reason="The TCX file holds no timed activity (a course?).")
    return ParsedFile("tcx", activities=tuple(activities))


def _activity(act: Element) -> Activity | None:
    laps = children(act, "Lap")
    segments = [_segment(trk) for lap in laps for trk in children(lap, "Track")]
    segments = [s for s in segments if any(t is not None for t in s.time_s)]
    if not segments:
        return None
    sport, sub_sport = normalise_sport(act.get("Sport"))
    lap_distances = [number(text_of(lap, "DistanceMeters")) for lap in laps]
    lap_times = [number(text_of(lap, "TotalTimeSeconds")) for lap in laps]
    return activity_from_track(
        sport,
        sub_sport,
        segments,
        device_distance_m=_total(lap_distances),
        timer_s=_total(lap_times),
    )


def _total(values: list[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return round(sum(present), 3) if present else None


def _segment(trk: Element) -> Track:
    track = Track()
    for pt in children(trk, "Trackpoint"):
        pos = child(pt, "Position")
        ext = {local(e.tag): e.text for e in pt.iter() if len(e) == 0 and e is not pt}
        track.time_s.append(epoch_s(text_of(pt, "Time")))
        track.lat_deg.append(number(text_of(pos, "LatitudeDegrees")))
        track.lon_deg.append(number(text_of(pos, "LongitudeDegrees")))
        track.altitude_m.append(number(text_of(pt, "AltitudeMeters")))
        track.distance_m.append(number(text_of(pt, "DistanceMeters")))
        track.heart_rate_bpm.append(number(text_of(child(pt, "HeartRateBpm"), "Value")))
        track.cadence_spm.append(number(ext.get("RunCadence") or text_of(pt, "Cadence")))
        track.speed_m_s.append(number(ext.get("Speed")))
    return track
