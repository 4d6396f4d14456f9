"""Today and the guided session player: one exercise at a time, done / too painful, summary."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from runcare.programs import actions, queries
from runcare.programs.display import item
from runcare.programs.errors import ProgramError
from runcare.programs.forms import DoneForm, ExerciseForm, TooPainfulForm
from runcare.programs.player import player_context
from runcare.programs.run_display import warm_up
from runcare.programs.runs import planned_day
from runcare.programs.sessions import exercises_due


@login_required
def today(request: HttpRequest) -> HttpResponse:
    plan = queries.active_plan(request.user, request.user)  # type: ignore[arg-type]
    day = timezone.now().date()
    context: dict[str, Any] = {"plan": plan, "day": day}
    if plan is not None:
        context["items"] = [item(p) for p in exercises_due(plan.plan, day)]
        context["open_session"] = queries.open_session(request.user, plan, day)
        context["run_day"] = planned_day(plan.plan, day)
        context["warm_up"] = warm_up(plan.plan)
    return render(request, "programs/today.html", context)


@login_required
@require_POST
def start(request: HttpRequest) -> HttpResponse:
    plan = queries.active_plan(request.user, request.user)  # type: ignore[arg-type]
    if plan is None:
        return redirect("programs:today")
    try:
        session = actions.start_session(plan=plan, by=request.user)  # type: ignore[arg-type]
    except ProgramError as error:
        return render(request, "programs/today.html", {"plan": plan, "error": error}, status=409)
    return redirect("programs:session", session_id=session.pk)


def _render_player(request: HttpRequest, session_id: int, **extra: Any) -> HttpResponse:
    session = queries.session_for(request.user, session_id)
    context = {**player_context(session), **extra}
    name = "programs/_player.html" if request.htmx else "programs/player.html"  # type: ignore[attr-defined]
    return render(request, name, context, status=422 if extra.get("errors") else 200)


@login_required
def player(request: HttpRequest, session_id: int) -> HttpResponse:
    return _render_player(request, session_id)


def _act(request: HttpRequest, session_id: int, form: Any, write: Any) -> HttpResponse:
    """Shared by the player's buttons: validate, check access, write, show the next step."""
    session = queries.session_for(request.user, session_id)
    if form is not None and not form.is_valid():
        return _render_player(request, session_id, errors=form.errors)
    try:
        write(session, form.cleaned_data if form is not None else {})
    except ProgramError as error:
        return _render_player(request, session_id, errors={error.field: [error.message]})
    if request.htmx:  # type: ignore[attr-defined]
        return _render_player(request, session_id)
    return redirect("programs:session", session_id=session_id)


@login_required
@require_POST
def done(request: HttpRequest, session_id: int) -> HttpResponse:
    def write(session: Any, data: dict[str, Any]) -> None:
        actions.log_exercise(session=session, by=request.user, **data)  # type: ignore[arg-type]

    return _act(request, session_id, DoneForm(request.POST), write)


@login_required
@require_POST
def too_painful(request: HttpRequest, session_id: int) -> HttpResponse:
    def write(session: Any, data: dict[str, Any]) -> None:
        actions.report_too_painful(session=session, by=request.user, **data)  # type: ignore[arg-type]

    return _act(request, session_id, TooPainfulForm(request.POST), write)


@login_required
@require_POST
def easier(request: HttpRequest, session_id: int) -> HttpResponse:
    def write(session: Any, data: dict[str, Any]) -> None:
        actions.use_regression(session=session, by=request.user, **data)  # type: ignore[arg-type]

    return _act(request, session_id, ExerciseForm(request.POST), write)


@login_required
@require_POST
def finish(request: HttpRequest, session_id: int) -> HttpResponse:
    def write(session: Any, data: dict[str, Any]) -> None:
        actions.finish_session(session=session, by=request.user)  # type: ignore[arg-type]

    return _act(request, session_id, None, write)
