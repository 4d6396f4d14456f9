"""Pages: upload with progress, the run list, one run with its pain, the load page."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_POST

from runcare.activities import actions, charts, queries
from runcare.activities.forms import ImportForm, RunPainForm
from runcare.activities.models import Activity
from runcare.activities.uploads import (
    CappedUploadHandler,
    UploadTooLarge,
    check_declared_length,
    install_cap,
)


@csrf_exempt  # the CSRF check runs in _upload, after the size cap is installed
@login_required
def upload(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return _upload(request, None)
    try:
        check_declared_length(request)
    except UploadTooLarge as exc:
        form = ImportForm(too_large=exc.message)
        return render(request, "activities/upload.html", {"form": form}, status=413)
    return _upload(request, install_cap(request))


@csrf_protect
def _upload(request: HttpRequest, cap: CappedUploadHandler | None) -> HttpResponse:
    member = queries.member_for(request.user, None)
    if cap is None:
        jobs = queries.recent_jobs(request.user, member)
        return render(request, "activities/upload.html", {"form": ImportForm(), "jobs": jobs})
    form = ImportForm(request.POST, request.FILES, too_large=cap.exceeded)
    if not form.is_valid():
        status = 413 if form.too_large else 400
        return render(request, "activities/upload.html", {"form": form}, status=status)
    job = actions.start_import(member=member, upload=form.cleaned_data["file"], by=request.user)
    return redirect("activities:job", job_id=job.pk)


@login_required
def job(request: HttpRequest, job_id: int) -> HttpResponse:
    found = queries.job_for(request.user, job_id)
    template = "activities/_progress.html" if request.htmx else "activities/job.html"  # type: ignore[attr-defined]
    return render(request, template, {"job": found})


@login_required
@require_POST
def resume(request: HttpRequest, job_id: int) -> HttpResponse:
    found = queries.job_for(request.user, job_id)
    actions.resume_import(job=found, by=request.user)
    return redirect("activities:job", job_id=found.pk)


@login_required
def activity_list(request: HttpRequest, member_id: int | None = None) -> HttpResponse:
    member = queries.member_for(request.user, member_id)
    page = queries.activity_page(request.user, member, request.GET.get("page"))
    own = member.pk == request.user.pk
    return render(request, "activities/list.html", {"member": member, "page": page, "own": own})


def _detail(
    request: HttpRequest, activity: Activity, form: RunPainForm, status: int = 200
) -> HttpResponse:
    context = {
        "activity": activity,
        "form": form,
        "chart": charts.activity_chart(activity),
        "splits": charts.km_splits(activity),
        "own": activity.member_id == request.user.pk,
    }
    return render(request, "activities/detail.html", context, status=status)


@login_required
def activity_detail(request: HttpRequest, pk: int) -> HttpResponse:
    activity = queries.activity_for(request.user, pk)
    pain = queries.pain_for(activity)
    initial: dict[str, Any] = {} if pain is None else {
        "during": pain.during, "after": pain.after, "next_morning": pain.next_morning}  # fmt: skip
    return _detail(request, activity, RunPainForm(initial=initial))


@login_required
@require_POST
def record_pain(request: HttpRequest, pk: int) -> HttpResponse:
    activity = queries.activity_for(request.user, pk)
    form = RunPainForm(request.POST)
    notes: list[str] = []
    if form.is_valid():
        pain = actions.record_run_pain(activity=activity, by=request.user, **form.cleaned_data)
        notes = pain.plan_notes  # type: ignore[attr-defined]
    if request.htmx:  # type: ignore[attr-defined]
        context = {"activity": activity, "form": form, "saved": form.is_valid(), "own": True,
                   "plan_notes": notes}  # fmt: skip
        return render(
            request, "activities/_pain_form.html", context, status=200 if form.is_valid() else 400
        )
    if not form.is_valid():
        return _detail(request, activity, form, status=400)
    for note in [_("Pain saved for this run."), *notes]:
        messages.success(request, note)
    return redirect("activities:detail", pk=pk)


@login_required
@require_POST
def delete(request: HttpRequest, pk: int) -> HttpResponse:
    activity = queries.activity_for(request.user, pk)
    actions.delete_activity(activity=activity, by=request.user)
    messages.success(request, _("The activity was deleted."))
    return redirect("activities:list")


@login_required
def load(request: HttpRequest, member_id: int | None = None) -> HttpResponse:
    member = queries.member_for(request.user, member_id)
    summary = queries.load_summary_for(request.user, member, timezone.now().date())
    context = {
        "member": member,
        "own": member.pk == request.user.pk,
        "s": summary,
        "weekly_chart": charts.weekly_load_chart(summary),
        "runs_chart": charts.runs_by_pain_chart(summary),
        "gait_chart": charts.gait_chart(summary),
    }
    return render(request, "activities/load.html", context)
