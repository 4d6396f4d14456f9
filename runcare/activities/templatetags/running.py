"""Running units for templates: km, h:mm:ss, min/km, signed percentages."""

from __future__ import annotations

from django import template

register = template.Library()


@register.filter
def km(metres: float | None) -> str:
    return "–" if metres is None else f"{metres / 1000:.2f} km"


@register.filter
def duration(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    s = round(seconds)
    return (
        f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"
    )


@register.filter
def pace(seconds_per_km: float | None) -> str:
    if not seconds_per_km:
        return "–"
    s = round(seconds_per_km)
    return f"{s // 60}:{s % 60:02d} /km"


@register.filter
def run_pace(run: object) -> str:
    """Pace of anything with distance_m and duration_s."""
    dist, dur = getattr(run, "distance_m", None), getattr(run, "duration_s", None)
    return pace(dur / (dist / 1000)) if dist and dur else "–"


@register.filter
def percent(change: float | None) -> str:
    return "–" if change is None else f"{change:+.0%}"


@register.filter
def whole(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}"


@register.filter
def pain_class(value: int | None) -> str:
    """Badge colour for a pain score: 0-2 acceptable, 3-5 caution, 6+ stop (evidence.md §5)."""
    if value is None:
        return "none"
    return "ok" if value <= 2 else ("caution" if value <= 5 else "high")


@register.filter
def speed_pace(speed_m_s: float | None) -> str:
    return pace(1000 / speed_m_s) if speed_m_s else "–"


@register.filter
def evidence(source_id: str) -> str:
    """The short reference of an evidence id (runcare.clinical.evidence)."""
    from runcare.clinical.evidence import SOURCES

    return SOURCES.get(source_id, source_id)


@register.filter
def times100(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.0f}"
