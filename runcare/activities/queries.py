"""Reads of running data, all through the access layer (scope, get_for, audited).

``load_context_for`` and ``runs_for_plan`` are the hooks for the program pages: they take a
member the caller already obtained through ``runcare.members.access`` and write no audit row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.core.paginator import Page, Paginator

from runcare.activities.load_summary import LOOKBACK_DAYS, LoadSummary, summarise
from runcare.activities.models import Activity, ImportJob, RunPain
from runcare.activities.run_rows import RecordedRun, recorded_runs
from runcare.audit.actions import record_event, record_reads
from runcare.audit.models import AuditAction
from runcare.members.access import get_for, get_member_for, list_for, scope
from runcare.training.load_report import LoadReport
from runcare.training.runs import Flag

PER_PAGE = 25
LIST_FIELDS = ("id", "member_id", "start_time_utc", "name", "sport", "sub_sport", "distance_m",
               "timer_s", "elapsed_s", "avg_cadence_spm", "avg_heart_rate_bpm", "partial",
               "source_kind")  # fmt: skip


def member_for(user: Any, member_id: int | None) -> Any:
    """The member whose running data the page shows: the user themself by default."""
    return get_member_for(user, member_id if member_id is not None else user.pk)


def activity_page(user: Any, member: Any, number: Any, per_page: int = PER_PAGE) -> Page:
    """One page of activities with their pain: three queries whatever the page size."""
    rows = (
        scope(Activity.objects.filter(member=member), user)
        .only(*LIST_FIELDS)
        .prefetch_related("pains")
        .order_by("-start_time_utc", "-id")
    )
    page = Paginator(rows, per_page).get_page(number)
    record_reads(actor=user, object_type="activity", action=AuditAction.LIST,
                 rows=[(a.member_id, a.pk) for a in page])  # fmt: skip
    return page


def activity_for(user: Any, activity_id: int) -> Activity:
    return get_for(user, Activity.objects.all(), activity_id)


def pain_for(activity: Activity) -> RunPain | None:
    """The pain on an activity the caller has already read through ``activity_for``."""
    return RunPain.objects.filter(activity=activity).first()


def job_for(user: Any, job_id: int) -> ImportJob:
    return get_for(user, ImportJob.objects.all(), job_id)


def recent_jobs(user: Any, member: Any, limit: int = 5) -> list[ImportJob]:
    return list_for(user, ImportJob.objects.filter(member=member), limit=limit)


def load_summary_for(user: Any, member: Any, today: date) -> LoadSummary:
    """The load page for ``member`` as ``user`` may see it (one audited read)."""
    activities = scope(Activity.objects.filter(member=member), user)
    runs = recorded_runs(activities, today - timedelta(days=LOOKBACK_DAYS), today)
    record_event(action=AuditAction.READ, actor=user, subject_member_id=member.pk,
                 object_type="load_report", object_id=member.pk)  # fmt: skip
    return summarise(runs, today)


@dataclass(frozen=True)
class LoadContext:
    """What a plan needs to know about running load today."""

    report: LoadReport
    #: The latest run was more than 100 % longer than the month's longest (L1-SPIKE block).
    spike_block: bool
    #: The L1-SPIKE flag of the latest run, if it fired at any level.
    latest_spike: Flag | None


def load_context_for(member: Any, today: date) -> LoadContext:
    """Latest load report and the spike-block flag for plan generation (no audit row)."""
    runs = runs_for_plan(member, today - timedelta(days=LOOKBACK_DAYS), today)
    summary = summarise(runs, today)
    spike = next((f for f in summary.report.flags if f.rule_id == "L1-SPIKE"), None)
    return LoadContext(summary.report, summary.spike_block, spike)


def runs_for_plan(member: Any, start: date, end: date) -> list[RecordedRun]:
    """Recorded runs (with pain) on days ``start``..``end`` inclusive (UTC), oldest first."""
    return recorded_runs(Activity.objects.filter(member=member), start, end)
