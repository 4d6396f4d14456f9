"""Reads of program data, all through the access layer (scoped, audited, 404 when out of reach)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from runcare.accounts.models import User
from runcare.members.access import get_for, list_for
from runcare.programs.models import Plan, PlanChange, RunDecision, SessionLog, TriageRecord


def active_plan(user: Any, member: User) -> Plan | None:
    rows = list_for(user, Plan.objects.filter(member=member, active=True), limit=1)
    return rows[0] if rows else None


def plan_for(user: Any, plan_id: int) -> Plan:
    return get_for(user, Plan.objects.all(), plan_id)


def plan_history(user: Any, plan: Plan) -> list[PlanChange]:
    changes = PlanChange.objects.filter(plan=plan).select_related("by")
    return list_for(user, changes)


def latest_triage(user: Any, member: User) -> TriageRecord | None:
    rows = list_for(user, TriageRecord.objects.filter(member=member), limit=1)
    return rows[0] if rows else None


def sessions_between(user: Any, plan: Plan, first: date, last: date) -> list[SessionLog]:
    logs = SessionLog.objects.filter(plan=plan, day__gte=first, day__lte=last)
    return list_for(user, logs)


def week_sessions(user: Any, plan: Plan, monday: date) -> list[SessionLog]:
    return sessions_between(user, plan, monday, monday + timedelta(days=6))


def session_for(user: Any, session_id: int) -> SessionLog:
    return get_for(user, SessionLog.objects.select_related("plan"), session_id)


def open_session(user: Any, plan: Plan, day: date) -> SessionLog | None:
    rows = list_for(user, SessionLog.objects.filter(plan=plan, day=day, completed_at=None), limit=1)
    return rows[0] if rows else None


def run_decisions(user: Any, plan: Plan, first: date, last: date) -> dict[int, dict[str, Any]]:
    """Stored run decisions by activity id for runs on ``first``..``last`` (one query)."""
    rows = RunDecision.objects.filter(plan=plan, day__gte=first, day__lte=last)
    return {r.activity_id: r.decision for r in list_for(user, rows)}
