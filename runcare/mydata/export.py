"""Everything RunCare holds about a member, as one JSON document (data portability).

Each app's rows are read through its queries or the access layer, so the export is audited
like any other read and can only ever contain the member's own data.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django.apps import apps
from django.forms.models import model_to_dict
from django.utils import timezone

from runcare import __version__
from runcare.audit.actions import record_event
from runcare.audit.models import AuditAction
from runcare.checkins import queries as checkin_queries
from runcare.checkins.models import CheckIn, PromResponse, SelfTest
from runcare.members import queries as member_queries
from runcare.members.access import list_for
from runcare.members.models import Episode
from runcare.mydata.models import CalendarFeed
from runcare.programs.models import Plan, PlanChange, SessionLog, TriageRecord

FORMAT = "runcare-export/1"


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _rows(rows: list[Any], fields: list[str]) -> list[dict[str, Any]]:
    out = []
    for row in rows:
        data = model_to_dict(row, fields=fields)
        data["id"] = row.pk
        out.append({k: _plain(v) for k, v in data.items()})
    return out


def _f(model: Any, *exclude: str) -> list[str]:
    skip = {"member", *exclude}
    return [f.name for f in model._meta.concrete_fields if f.name not in skip]


def _activities(user: Any, member: Any) -> list[dict[str, Any]]:
    if not apps.is_installed("runcare.activities"):
        return []
    model = apps.get_model("activities", "Activity")
    rows = list_for(user, model.objects.filter(member=member).order_by("start_time_utc"))
    return _rows(rows, _f(model, "streams"))


def export_member(user: Any, member: Any) -> dict[str, Any]:
    """The export document; ``user`` must be the member (the access layer enforces scope)."""
    scoped: dict[str, list[Any]] = {
        "triage_records": list_for(user, TriageRecord.objects.filter(member=member)),
        "plans": list_for(user, Plan.objects.filter(member=member)),
        "plan_changes": list_for(user, PlanChange.objects.filter(member=member)),
        "sessions": list_for(user, SessionLog.objects.filter(member=member)),
    }
    document = {
        "format": FORMAT,
        "generated_at": timezone.now().isoformat(),
        "software_version": __version__,
        "account": {
            "id": member.pk, "email": member.email, "first_name": member.first_name,
            "last_name": member.last_name, "role": member.role,
            "date_joined": member.date_joined.isoformat(),
        },
        "episodes": _rows(member_queries.episodes_of(user, member), _f(Episode)),
        "triage_records": _rows(scoped["triage_records"], _f(TriageRecord)),
        "plans": _rows(scoped["plans"], _f(Plan)),
        "plan_changes": _rows(scoped["plan_changes"], _f(PlanChange)),
        "sessions": _rows(scoped["sessions"], _f(SessionLog)),
        "checkins": _rows(checkin_queries.checkins_of(user, member), _f(CheckIn)),
        "questionnaires": _rows(checkin_queries.proms_of(user, member), _f(PromResponse)),
        "self_tests": _rows(checkin_queries.self_tests_of(user, member), _f(SelfTest)),
        "activities": _activities(user, member),
        "calendar_feeds": _rows(
            list(CalendarFeed.objects.filter(member=member)), _f(CalendarFeed, "key_hash")
        ),
    }  # fmt: skip
    record_event(
        action=AuditAction.EXPORT, actor=user, subject_member_id=member.pk,
        object_type="member_export", object_id=member.pk,
    )  # fmt: skip
    return document
