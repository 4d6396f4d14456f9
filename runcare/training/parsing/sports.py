"""Map the sport words of GPX, TCX, Strava and Garmin Connect onto FIT sport names."""

import re

#: normalised word -> (sport, sub_sport). Strava GPX uses numeric types (9 = Run).
_SPORTS: dict[str, tuple[str, str | None]] = {
    "running": ("running", None),
    "run": ("running", None),
    "9": ("running", None),
    "trail_run": ("running", "trail"),
    "trail_running": ("running", "trail"),
    "virtual_run": ("running", "virtual_activity"),
    "treadmill_running": ("running", "treadmill"),
    "indoor_running": ("running", "indoor_running"),
    "street_running": ("running", "street"),
    "track_running": ("running", "track"),
    "walking": ("walking", None),
    "walk": ("walking", None),
    "10": ("walking", None),
    "hiking": ("hiking", None),
    "hike": ("hiking", None),
    "11": ("hiking", None),
    "cycling": ("cycling", None),
    "biking": ("cycling", None),
    "ride": ("cycling", None),
    "1": ("cycling", None),
    "virtual_ride": ("cycling", "virtual_activity"),
    "swimming": ("swimming", None),
    "swim": ("swimming", None),
}


def normalise_sport(text: str | None) -> tuple[str, str | None]:
    """("running", "trail") for "Trail Run"; ("generic", None) when unknown or missing."""
    if not text:
        return "generic", None
    key = re.sub(r"[^a-z0-9]+", "_", text.strip().lower()).strip("_")
    return _SPORTS.get(key, ("generic", None))
