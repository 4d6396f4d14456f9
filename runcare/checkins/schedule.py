"""When each questionnaire is due: at the start and at weeks 4, 8 and 12 of an episode.

LEFS and PSFS for everyone; VISA-A only when the pain is in the Achilles region (evidence.md §6).
A questionnaire is *due* from 3 days before its week and *overdue* a week after it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from runcare.checkins.models import Measure, Timepoint

WEEKS = {Timepoint.BASELINE: 0, Timepoint.WEEK_4: 4, Timepoint.WEEK_8: 8, Timepoint.WEEK_12: 12}
OPENS_DAYS_BEFORE = 3
OVERDUE_AFTER_DAYS = 7
ACHILLES_CONDITIONS = frozenset({"achilles_tendinopathy_midportion"})


@dataclass(frozen=True)
class DueProm:
    measure: str
    timepoint: str
    due_on: date
    overdue: bool

    @property
    def measure_label(self) -> str:
        return str(Measure(self.measure).label)

    @property
    def timepoint_label(self) -> str:
        return str(Timepoint(self.timepoint).label)


def measures_for(episode: Any) -> tuple[str, ...]:
    achilles = episode.condition in ACHILLES_CONDITIONS
    return (Measure.LEFS, Measure.PSFS, *((Measure.VISA_A,) if achilles else ()))


def due_proms(episode: Any, done: Iterable[tuple[str, str]], today: date) -> list[DueProm]:
    """Open questionnaires for ``episode`` given the (measure, timepoint) pairs already done."""
    finished = set(done)
    start = episode.opened_at.date()
    due = []
    for timepoint, weeks in WEEKS.items():
        due_on = start + timedelta(weeks=weeks)
        if today < due_on - timedelta(days=OPENS_DAYS_BEFORE):
            continue
        overdue = today > due_on + timedelta(days=OVERDUE_AFTER_DAYS)
        for measure in measures_for(episode):
            if (measure, timepoint) not in finished:
                due.append(DueProm(measure, timepoint, due_on, overdue))
    return due
