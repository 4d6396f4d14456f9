"""Running data over the JSON API: imports, activities, pain on a run, the load report."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, JsonResponse
from django.urls import reverse
from django.utils import timezone
from ninja import Query, Router, Status
from ninja.decorators import decorate_view
from ninja.errors import HttpError

from runcare.activities import actions, queries
from runcare.activities.api_schemas import (
    ActivityDetailOut,
    ActivityOut,
    AcwrOut,
    FlagOut,
    GaitWeekOut,
    ImportJobOut,
    ImportStarted,
    LoadOut,
    RunPainIn,
    RunPainOut,
    SpikeOut,
    WeekOut,
)
from runcare.activities.forms import ImportForm
from runcare.activities.load_summary import LoadSummary
from runcare.activities.uploads import UploadTooLarge, check_declared_length, install_cap
from runcare.api.errors import error_body
from runcare.api.schemas import ErrorOut
from runcare.training.runs import Flag

router = Router(tags=["running data"])
ERRORS = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut}


def _size_capped(view: Callable[..., Any]) -> Callable[..., Any]:
    """Check the declared size and cap the stream before authentication reads the body."""

    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        try:
            check_declared_length(request)
        except UploadTooLarge as exc:  # ninja's error handlers do not wrap this far out
            return JsonResponse(error_body("too_large", exc.message), status=413)
        request.upload_cap = install_cap(request)  # type: ignore[attr-defined]
        return view(request, *args, **kwargs)

    return wrapper


@router.post(
    "/activities/imports", response={202: ImportStarted, 400: ErrorOut, 413: ErrorOut, **ERRORS}
)
@decorate_view(_size_capped)
def start_import(request: HttpRequest) -> Status[ImportStarted]:
    """Upload one activity file or a whole export as multipart field ``file``; poll the job."""
    member = queries.member_for(request.auth, None)  # type: ignore[attr-defined]
    form = ImportForm(request.POST, request.FILES, too_large=request.upload_cap.exceeded)  # type: ignore[attr-defined]
    if not form.is_valid():
        if form.too_large:
            raise HttpError(413, form.too_large)
        raise HttpError(400, " ".join(str(e) for errs in form.errors.values() for e in errs))
    job = actions.start_import(member=member, upload=form.cleaned_data["file"], by=request.auth)  # type: ignore[attr-defined]
    url = reverse("api:import_job", kwargs={"job_id": job.pk})
    return Status(202, ImportStarted(job_id=job.pk, status_url=url))


@router.get(
    "/activities/imports/{job_id}", response={200: ImportJobOut, **ERRORS}, url_name="import_job"
)
def import_job(request: HttpRequest, job_id: int) -> Any:
    return queries.job_for(request.auth, job_id)  # type: ignore[attr-defined]


@router.get("/members/{member_id}/activities", response={200: list[ActivityOut], **ERRORS})
def member_activities(request: HttpRequest, member_id: int, page: Query[int] = 1) -> Any:  # type: ignore[type-arg]
    """Newest first, 25 per page."""
    member = queries.member_for(request.auth, member_id)  # type: ignore[attr-defined]
    return list(queries.activity_page(request.auth, member, page).object_list)  # type: ignore[attr-defined]


@router.get("/activities/{activity_id}", response={200: ActivityDetailOut, **ERRORS})
def activity_detail(request: HttpRequest, activity_id: int) -> Any:
    activity = queries.activity_for(request.auth, activity_id)  # type: ignore[attr-defined]
    activity.pain = queries.pain_for(activity)  # type: ignore[attr-defined]
    return activity


@router.put("/activities/{activity_id}/pain", response={200: RunPainOut, **ERRORS})
def record_pain(request: HttpRequest, activity_id: int, body: RunPainIn) -> Any:
    activity = queries.activity_for(request.auth, activity_id)  # type: ignore[attr-defined]
    try:
        return actions.record_run_pain(activity=activity, by=request.auth, **body.dict())  # type: ignore[attr-defined]
    except PermissionDenied:
        raise HttpError(403, "Only the member can record pain on their runs.") from None


@router.delete("/activities/{activity_id}", response={204: None, **ERRORS})
def delete_activity(request: HttpRequest, activity_id: int) -> Status[None]:
    activity = queries.activity_for(request.auth, activity_id)  # type: ignore[attr-defined]
    try:
        actions.delete_activity(activity=activity, by=request.auth)  # type: ignore[attr-defined]
    except PermissionDenied:
        raise HttpError(403, "Only the member can delete their runs.") from None
    return Status(204, None)


@router.get("/members/{member_id}/load", response={200: LoadOut, **ERRORS})
def member_load(request: HttpRequest, member_id: int) -> LoadOut:
    member = queries.member_for(request.auth, member_id)  # type: ignore[attr-defined]
    return load_out(queries.load_summary_for(request.auth, member, timezone.now().date()))  # type: ignore[attr-defined]


def _flag(f: Flag) -> FlagOut:
    return FlagOut(rule_id=f.rule_id, level=f.level, message=f.message, inputs=dict(f.inputs),
                   evidence=list(f.evidence))  # fmt: skip


def load_out(s: LoadSummary) -> LoadOut:
    r, a = s.report, s.report.acwr
    acwr = None if a is None else AcwrOut(
        acute_m_per_day=a.acute, chronic_m_per_day=a.chronic, ratio=a.ratio, caveat=a.caveat,
        rule_id=a.rule_id, evidence=list(a.evidence))  # fmt: skip
    spikes = [SpikeOut(activity_id=x.run.activity_id, start_time_utc=x.run.start_time_utc,
                       flag=_flag(x.flag)) for x in s.spikes]  # fmt: skip
    return LoadOut(
        today=r.today, flags=[_flag(f) for f in r.flags], spike_block=s.spike_block,
        weeks=[WeekOut(**asdict(w)) for w in s.weeks], spikes=spikes, acwr=acwr,
        monotony=r.monotony.monotony, strain=r.monotony.strain,
        gait=[GaitWeekOut(**asdict(g)) for g in s.gait],
        cadence_trend_spm_per_week=s.cadence_trend,
        cadence_advice=_flag(s.advice) if s.advice else None,
    )  # fmt: skip
