"""GPX 1.0/1.1 tracks read with a hardened ElementTree; all <trk> of a file form one activity.

We read the XML ourselves instead of through gpxpy: gpxpy picks lxml when installed, so its
safety would depend on lxml's version; one screened parse is simpler and faster.
"""

from xml.etree.ElementTree import Element

from runcare.training.parsing.model import ParsedFile
from runcare.training.parsing.sports import normalise_sport
from runcare.training.parsing.summary import activity_from_track
from runcare.training.parsing.timeparse import epoch_s
from runcare.training.parsing.track import Track
from runcare.training.parsing.xml_safety import (
    children,
    local,
    number,
    parse_xml,
    text_of,
)


def parse_gpx(data: bytes) -> ParsedFile:
    root = parse_xml(data, "GPX")
    tracks = children(root, "trk")
    segments = [_segment(seg) for trk in tracks for seg in children(trk, "trkseg")]
    segments = [s for s in segments if len(s)]
    if not any(t is not None for s in segments for t in s.time_s):
        reason = (
            "The GPX track has no timestamps (a planned route?), so it cannot count as a run."
            if segments
            else "The GPX file has no recorded track, only waypoints or routes."
        )
        return ParsedFile("gpx", skip_reason=reason)
    sport, sub_sport = normalise_sport(text_of(tracks[0], "type"))
    return ParsedFile("gpx", activities=(activity_from_track(sport, sub_sport, segments),))


def _segment(seg: Element) -> Track:
    track = Track()
    for pt in children(seg, "trkpt"):
        ext = {local(e.tag).lower(): e.text for e in pt.iter() if len(e) == 0 and e is not pt}
        track.time_s.append(epoch_s(text_of(pt, "time")))
        track.lat_deg.append(number(pt.get("lat")))
        track.lon_deg.append(number(pt.get("lon")))
        track.altitude_m.append(number(text_of(pt, "ele")))
        track.heart_rate_bpm.append(number(ext.get("hr")))
        track.cadence_spm.append(number(ext.get("cad") or ext.get("cadence")))
        track.speed_m_s.append(number(ext.get("speed")))
        track.distance_m.append(None)
    return track
