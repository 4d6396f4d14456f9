"""My program: the plan, its stage and why, this week's sessions, running and what unlocks next."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from runcare.accounts.models import User
from runcare.programs import display, queries, run_display
from runcare.programs.models import Plan
from runcare.programs.runs import planned_day
from runcare.programs.sessions import week_of
from runcare.programs.unlocks import next_stage_criteria


def plan_context(user: Any, plan: Plan) -> dict[str, Any]:
    """Everything the program page (member or therapist view) shows about ``plan``."""
    today = timezone.now().date()
    monday = display.monday_of(today)
    done_days = {s.day for s in queries.week_sessions(user, plan, monday) if s.completed_at}
    week = [(day, len(items), day in done_days, planned_day(plan.plan, day))
            for day, items in week_of(plan.plan, monday)]  # fmt: skip
    return {
        "running": run_display.running(user, plan, today),
        "plan": plan,
        "blocks": display.blocks(plan.plan),
        "decisions": display.decisions(plan.decisions),
        "history": queries.plan_history(user, plan),
        "steps": display.stage_steps(plan.stage),
        "week": week,
        "today": today,
        "unlock": next_stage_criteria(plan.stage),
    }


@login_required
def my_program(request: HttpRequest) -> HttpResponse:
    member: User = request.user  # type: ignore[assignment]
    plan = queries.active_plan(member, member)
    if plan is None:
        triage = queries.latest_triage(member, member)
        return render(request, "programs/no_program.html", {"triage": triage})
    return render(request, "programs/program.html", plan_context(member, plan))
