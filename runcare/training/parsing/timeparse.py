"""ISO 8601 timestamps from GPX/TCX -> Unix seconds (naive times are UTC by both specs)."""

from datetime import UTC, datetime


def epoch_s(text: str | None) -> float | None:
    if not text:
        return None
    try:
        dt = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.timestamp()
