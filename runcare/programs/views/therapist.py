"""A therapist's view of an assigned member's plan, with the override form."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from runcare.members.access import get_member_for
from runcare.programs import actions, display, queries
from runcare.programs.errors import ProgramError
from runcare.programs.forms import OverrideForm
from runcare.programs.views.program import plan_context


@login_required
def member_plan(request: HttpRequest, member_id: int) -> HttpResponse:
    member = get_member_for(request.user, member_id)
    plan = queries.active_plan(request.user, member)
    if plan is None or not getattr(request.user, "is_therapist", False):
        raise Http404("no plan")
    form = OverrideForm(
        request.POST if request.method == "POST" else None,
        exercises=display.exercise_choices(plan.plan),
    )
    if request.method == "POST" and form.is_valid():
        try:
            changes, reason = form.changes(), form.cleaned_data["reason"]
            actions.override_plan(plan=plan, changes=changes, reason=reason, by=request.user)  # type: ignore[arg-type]
            return redirect("programs:member_plan", member_id=member.pk)
        except ProgramError as error:
            form.add_error(None, error.message)
    context = {**plan_context(request.user, plan), "member": member, "form": form}
    return render(request, "programs/member_plan.html", context)
