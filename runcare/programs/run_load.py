"""When running load must drop, the next scheduled run becomes cross-training (L1-SPIKE).

A run more than twice as long as the longest of the 30 days before it blocks any added
distance (evidence.md §8, Frandsen 2025). The plan does not stop: the next run is swapped for
cross-training of the same length and an easy-to-moderate effort, recorded as a plan change
with the spike's numbers so that the member and the therapist can see why.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.utils import timezone

from runcare.activities.queries import load_context_for, runs_for_plan
from runcare.programs import actions, runs
from runcare.programs.models import Plan, PlanChange

SPIKE_REASON = (
    "{message} To give the leg a lighter day without losing fitness, the next run is swapped "
    "for cross-training of the same length at an easy-to-moderate effort."
)


def swap_after_spike(member: Any, today: date, by: Any = None) -> PlanChange | None:
    """Swap the next run if the latest run is an L1-SPIKE block; once per spiking run."""
    plan = Plan.objects.filter(member=member, active=True, paused_at__isnull=True).first()
    if plan is None or not runs.has_schedule(plan.plan):
        return None
    context = load_context_for(member, today)
    if not context.spike_block or context.latest_spike is None:
        return None
    latest = runs_for_plan(member, today - timedelta(days=30), today)[-1]
    spike = context.latest_spike
    return actions.swap_next_run(
        plan=plan, after=max(today, latest.day), rule_id=spike.rule_id,
        inputs={**spike.inputs, "activity_id": latest.activity_id, "level": spike.level},
        evidence=spike.evidence, reason=SPIKE_REASON.format(message=spike.message),
        source=f"spike:{latest.activity_id}", by=by,
    )  # fmt: skip


def on_runs_imported(sender: Any, member: Any, **_: Any) -> None:
    swap_after_spike(member, timezone.now().date())
