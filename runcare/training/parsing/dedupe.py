"""Recognise the same run imported twice (watch upload + Strava export, or a re-upload)."""

import hashlib

from runcare.training.parsing.model import Activity

START_TOLERANCE_S = 120.0
DISTANCE_TOLERANCE_REL = 0.03
DISTANCE_TOLERANCE_M = 200.0


def content_hash(data: bytes) -> str:
    """sha256 of the uploaded bytes: the idempotency key of a file import."""
    return hashlib.sha256(data).hexdigest()


def same_activity(
    a: Activity,
    b: Activity,
    *,
    start_tolerance_s: float = START_TOLERANCE_S,
    distance_tolerance_rel: float = DISTANCE_TOLERANCE_REL,
    distance_tolerance_m: float = DISTANCE_TOLERANCE_M,
) -> bool:
    """Starts within 2 min and distances within 3 % or 200 m (whichever is larger)."""
    if a.start_time_utc is None or b.start_time_utc is None:
        return False
    if abs((a.start_time_utc - b.start_time_utc).total_seconds()) > start_tolerance_s:
        return False
    if a.distance_m is None or b.distance_m is None:
        return a.distance_m is None and b.distance_m is None
    allowed = max(distance_tolerance_m, distance_tolerance_rel * max(a.distance_m, b.distance_m))
    return abs(a.distance_m - b.distance_m) <= allowed
