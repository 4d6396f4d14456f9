"""The progress page's numbers: chart data in the shared chart contract, table rows, and the
member's own pain change since the start (never a marketing figure)."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from django.utils.translation import gettext as _

from runcare.checkins.models import Measure, SelfTestKind, Timepoint
from runcare.checkins.scoring import MCID, SCALE_MAX
from runcare.clinical.plans.staging import limb_symmetry
from runcare.clinical.proms import Change, change_vs_baseline

BRAND, RED, BLUE, AMBER = "#0b5f56", "#a4161a", "#1a56db", "#8a4b00"
WINDOW_DAYS = 7
TWELVE_WEEKS = 84
KTW_ASYMMETRY_CM = 2.0
"""Knee-to-wall: a difference above 2 cm exceeds normal asymmetry and the MDC (evidence.md §4.2)."""


def _ts(day: date) -> int:
    return int(datetime.combine(day, time(12), tzinfo=UTC).timestamp())


def _series(label: str, values: list[Any], kind: str, color: str) -> dict[str, Any]:
    return {"label": label, "values": values, "kind": kind, "axis": "left", "color": color}


def _axis(label: str, low: float | None = 0, high: float | None = None) -> dict[str, Any]:
    return {"label": label, "min": low, "max": high}


def pain_chart(checkins: Sequence[Any]) -> dict[str, Any]:
    rows = sorted(checkins, key=lambda c: (c.day, c.id))
    return {
        "x_kind": "time",
        "x": [_ts(c.day) for c in rows],
        "series": [
            {"label": _("Pain during"), "values": [c.pain_during for c in rows],
             "kind": "line", "axis": "left", "color": RED},
            {"label": _("Pain next morning"), "values": [c.pain_next_morning for c in rows],
             "kind": "points", "axis": "left", "color": BLUE},
        ],
        "y_left": _axis(_("Pain (0-10)"), 0, 10),
        "y_right": None,
    }  # fmt: skip


def adherence_chart(checkins: Sequence[Any]) -> dict[str, Any]:
    rows = sorted(checkins, key=lambda c: (c.day, c.id))
    return {
        "x_kind": "time",
        "x": [_ts(c.day) for c in rows],
        "series": [{"label": _("Sessions done (%)"), "values": [c.adherence_pct for c in rows],
                    "kind": "bars", "axis": "left", "color": BRAND}],
        "y_left": _axis(_("Planned sessions done (%)"), 0, 100),
        "y_right": None,
    }  # fmt: skip


@dataclass(frozen=True)
class PromSeries:
    measure: str
    label: str
    mcid: float
    rows: list[tuple[str, float, float | None]]
    """(timepoint label, score, change since start)"""
    chart: dict[str, Any]
    change: Change | None


def prom_series(responses: Sequence[Any]) -> list[PromSeries]:
    """One chart per questionnaire: scores per timepoint against the start score + MCID."""
    order = list(Timepoint.values)
    out = []
    for measure in Measure:
        rows = sorted(
            (r for r in responses if r.measure == measure), key=lambda r: order.index(r.timepoint)
        )
        if not rows:
            continue
        base = rows[0].score
        target = min(base + MCID[measure], SCALE_MAX[measure])
        labels = [str(Timepoint(r.timepoint).label) for r in rows]
        chart = {
            "x_kind": "category", "x": labels,
            "series": [
                {"label": _("Score"), "values": [r.score for r in rows], "kind": "bars",
                 "axis": "left", "color": BRAND},
                {"label": _("Start + important change"), "values": [target] * len(rows),
                 "kind": "line", "axis": "left", "color": AMBER},
            ],
            "y_left": _axis(_("Score (higher is better)"), 0, SCALE_MAX[measure]),
            "y_right": None,
        }  # fmt: skip
        change = change_vs_baseline(measure.value, base, rows[-1].score) if len(rows) > 1 else None
        table = [
            (lbl, r.score, round(r.score - base, 1)) for lbl, r in zip(labels, rows, strict=True)
        ]
        out.append(
            PromSeries(measure.value, str(measure.label), MCID[measure], table, chart, change)
        )
    return out


@dataclass(frozen=True)
class SelfTestRow:
    day: date
    left: float
    right: float
    lsi: float | None
    difference: float
    flagged: bool


def self_test_series(
    tests: Sequence[Any], kind: str, involved_side: str
) -> tuple[list[SelfTestRow], dict[str, Any]]:
    """Rows with the limb-symmetry index (involved / other x 100) and a chart by side."""
    rows = []
    for t in (t for t in tests if t.kind == kind):
        affected, other = (t.right, t.left) if involved_side == "right" else (t.left, t.right)
        if involved_side not in ("left", "right"):
            affected, other = min(t.left, t.right), max(t.left, t.right)
        lsi = (
            limb_symmetry(round(affected), round(other))
            if kind == SelfTestKind.HEEL_RAISES
            else None
        )
        diff = round(abs(t.left - t.right), 1)
        flagged = (lsi is not None and lsi < 90) or (
            kind == SelfTestKind.KNEE_TO_WALL and diff > KTW_ASYMMETRY_CM
        )
        rows.append(SelfTestRow(t.day, t.left, t.right, lsi, diff, flagged))
    unit = _("cm") if kind == SelfTestKind.KNEE_TO_WALL else _("raises")
    chart = {
        "x_kind": "time", "x": [_ts(r.day) for r in rows],
        "series": [
            _series(_("Left"), [r.left for r in rows], "line", BLUE),
            _series(_("Right"), [r.right for r in rows], "line", BRAND),
        ],
        "y_left": _axis(unit, 0, None),
        "y_right": None,
    }  # fmt: skip
    return rows, chart


@dataclass(frozen=True)
class PainChange:
    baseline: float
    current: float
    change: Change
    days: int
    at_twelve_weeks: bool

    @property
    def percent(self) -> float | None:
        if not self.baseline:
            return None
        return round(100 * (self.current - self.baseline) / self.baseline)


def pain_change(checkins: Sequence[Any]) -> PainChange | None:
    """This member's pain now (mean of the last week) against their first week of check-ins."""
    rows = sorted(checkins, key=lambda c: c.day)
    if len(rows) < 2:
        return None
    first = rows[0].day
    end = rows[-1].day
    if (end - first).days < 2 * WINDOW_DAYS - 1:
        return None  # the first and the latest week must not overlap
    at_twelve = (end - first).days >= TWELVE_WEEKS
    if at_twelve:
        end = first + timedelta(days=TWELVE_WEEKS)
    start_window = [c.pain_now for c in rows if c.day < first + timedelta(days=WINDOW_DAYS)]
    end_window = [c.pain_now for c in rows if end - timedelta(days=WINDOW_DAYS) < c.day <= end]
    base, now = round(statistics.fmean(start_window), 1), round(statistics.fmean(end_window), 1)
    return PainChange(
        base, now, change_vs_baseline("nprs", base, now), (end - first).days, at_twelve
    )


def progress_context(
    checkins: Sequence[Any], proms: Sequence[Any], tests: Sequence[Any], side: str
) -> dict[str, Any]:
    """Everything the progress page shows, from rows already read through the access layer."""
    ktw_rows, ktw_chart = self_test_series(tests, SelfTestKind.KNEE_TO_WALL, side)
    raise_rows, raise_chart = self_test_series(tests, SelfTestKind.HEEL_RAISES, side)
    ordered = sorted(checkins, key=lambda c: (c.day, c.id))
    return {
        "checkins": ordered,
        "pain_chart": pain_chart(ordered),
        "adherence_chart": adherence_chart(ordered),
        "proms": prom_series(proms),
        "ktw": {"rows": ktw_rows, "chart": ktw_chart},
        "raises": {"rows": raise_rows, "chart": raise_chart},
        "pain_change": pain_change(ordered),
        "side": side,
    }
