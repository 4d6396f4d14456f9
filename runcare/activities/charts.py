"""Chart data for the shared chart helper (runcare/charts.js): plain dicts, JSON-safe."""

from __future__ import annotations

from typing import Any

from runcare.activities.load_summary import LoadSummary
from runcare.activities.models import Activity

PAIN_COLOURS = (("Pain 0-2", "#1b7f3b", 0, 2), ("Pain 3-5", "#b86e00", 3, 5),
                ("Pain 6-10", "#a4161a", 6, 10))  # fmt: skip
NO_PAIN_COLOUR = "#4f5b66"


def _axis(label: str, lo: float | None = None, hi: float | None = None) -> dict[str, Any]:
    return {"label": label, "min": lo, "max": hi}


def _series(label: str, values: list[Any], kind: str, axis: str, color: str) -> dict[str, Any]:
    return {"label": label, "values": values, "kind": kind, "axis": axis, "color": color}


def weekly_load_chart(s: LoadSummary) -> dict[str, Any]:
    """Weekly distance bars with the week's worst pain as lines (pain vs load)."""
    weeks = s.weeks
    return {
        "x_kind": "category",
        "x": [w.week_start.strftime("%d %b") for w in weeks],
        "series": [
            _series("Distance (km)", [round(w.distance_m / 1000, 1) for w in weeks], "bars",
                    "left", "#0b5f56"),
            _series("Pain during", [w.pain_during for w in weeks], "line", "right", "#b86e00"),
            _series("Pain after", [w.pain_after for w in weeks], "line", "right", "#a4161a"),
            _series("Pain next morning", [w.pain_next_morning for w in weeks], "line", "right",
                    "#6b3fa0"),
        ],
        "y_left": _axis("km per week", 0),
        "y_right": _axis("pain (0-10)", 0, 10),
    }  # fmt: skip


def runs_by_pain_chart(s: LoadSummary) -> dict[str, Any]:
    """Every run's distance, coloured by the worst pain recorded on it."""
    x = [int(r.start_time_utc.timestamp()) for r in s.runs]
    km = [round(r.distance_m / 1000, 2) for r in s.runs]
    series = [
        _series("No pain recorded", [k if r.worst_pain is None else None
                                     for k, r in zip(km, s.runs, strict=True)],
                "points", "left", NO_PAIN_COLOUR)
    ]  # fmt: skip
    for label, colour, lo, hi in PAIN_COLOURS:
        values = [k if r.worst_pain is not None and lo <= r.worst_pain <= hi else None
                  for k, r in zip(km, s.runs, strict=True)]  # fmt: skip
        series.append(_series(label, values, "points", "left", colour))
    return {"x_kind": "time", "x": x, "series": series, "y_left": _axis("km", 0),
            "y_right": None}  # fmt: skip


def gait_chart(s: LoadSummary) -> dict[str, Any]:
    """Weekly cadence (steps/min) and step length (m); pace is in the table beside it."""
    weeks = s.gait
    return {
        "x_kind": "category",
        "x": [w.week_start.strftime("%d %b") for w in weeks],
        "series": [
            _series("Cadence (steps/min)", [_r(w.avg_cadence_spm, 1) for w in weeks], "line",
                    "left", "#0b5f56"),
            _series("Step length (m)", [_r(w.avg_step_length_m, 2) for w in weeks], "line",
                    "right", "#1a56db"),
        ],
        "y_left": _axis("steps per minute"),
        "y_right": _axis("metres per step"),
    }  # fmt: skip


def _r(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def _pace_min_km(speed: float | None) -> float | None:
    return round(1000 / speed / 60, 2) if speed and speed > 0.5 else None


def activity_chart(a: Activity) -> dict[str, Any]:
    """Pace, heart rate and cadence over the run (clock time on the x axis)."""
    st = a.streams or {}
    t0 = a.start_time_utc.timestamp()
    x = [int(t0 + t) for t in st.get("time_s", [])]
    return {
        "x_kind": "time",
        "x": x,
        "series": [
            _series("Pace (min/km)", [_pace_min_km(v) for v in st.get("speed_m_s", [])],
                    "line", "left", "#0b5f56"),
            _series("Heart rate (bpm)", st.get("heart_rate_bpm", []), "line", "right",
                    "#a4161a"),
            _series("Cadence (steps/min)", st.get("cadence_spm", []), "line", "right",
                    "#1a56db"),
        ],
        "y_left": _axis("min per km"),
        "y_right": _axis("bpm / steps per min"),
    }  # fmt: skip


def km_splits(a: Activity) -> list[dict[str, Any]]:
    """Per-kilometre pace, heart rate and cadence from the chart streams (the table view)."""
    st = a.streams or {}
    times, dists = st.get("time_s", []), st.get("distance_m", [])
    hr, cad = st.get("heart_rate_bpm", []), st.get("cadence_spm", [])
    splits, start_i, start_t, next_km = [], 0, 0.0, 1000.0
    for i, d in enumerate(dists):
        last = i == len(dists) - 1
        if d is None or (d < next_km and not last):
            continue
        seconds = times[i] - start_t
        metres = d - (next_km - 1000)
        if metres > 50:
            splits.append({"km": round(next_km / 1000, 2) if d >= next_km else round(d / 1000, 2),
                           "pace_s_per_km": seconds / metres * 1000,
                           "heart_rate": _avg(hr[start_i:i + 1]),
                           "cadence": _avg(cad[start_i:i + 1])})  # fmt: skip
        start_i, start_t, next_km = i, times[i], next_km + 1000
    return splits


def _avg(values: list[float | None]) -> float | None:
    kept = [v for v in values if v]
    return sum(kept) / len(kept) if kept else None
