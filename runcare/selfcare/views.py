"""Self-care pages: each tool is a form that, once valid, shows its advice on the same page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from runcare.selfcare import forms as f
from runcare.selfcare import tools
from runcare.selfcare.clinical_context import clinical_context, current_stage

Compute = Callable[[dict[str, Any]], Any]


def _tool(
    request: HttpRequest, form_class: type[forms.Form], compute: Compute, prefix: str
) -> dict[str, Any]:
    """Bind the form when it is the one submitted, and compute its result once valid."""
    posted = request.method == "POST" and f"{prefix}-submit" in request.POST
    form = form_class(request.POST if posted else None, prefix=prefix)
    result = compute(form.cleaned_data) if posted and form.is_valid() else None
    return {"form": form, "result": result, "prefix": prefix}


@login_required
def index(request: HttpRequest) -> HttpResponse:
    return render(request, "selfcare/index.html")


@login_required
def cold_heat(request: HttpRequest) -> HttpResponse:
    ctx = clinical_context(request.user)
    tool = _tool(request, f.ColdHeatForm, lambda data: tools.cold_heat(ctx, data), "thermal")
    return render(request, "selfcare/cold_heat.html", {"tool": tool})


@login_required
def pain_relief(request: HttpRequest) -> HttpResponse:
    ctx = clinical_context(request.user)
    tool = _tool(
        request, f.NsaidScreenForm, lambda data: tools.nsaid_screen(ctx, f.nsaid_answers(data)),
        "nsaid",
    )  # fmt: skip
    return render(request, "selfcare/pain_relief.html", {"tool": tool})


@login_required
def hydration(request: HttpRequest) -> HttpResponse:
    sweat = _tool(request, f.SweatRateForm, tools.sweat_rate, "sweat")
    plan = _tool(request, f.HydrationForm, tools.hydration_from, "plan")
    return render(request, "selfcare/hydration.html", {"sweat": sweat, "plan": plan})


@login_required
def warm_up(request: HttpRequest) -> HttpResponse:
    ctx = clinical_context(request.user)
    steps, minutes = tools.warm_up(ctx, current_stage(request.user))
    return render(
        request,
        "selfcare/warm_up.html",
        {"steps": steps, "minutes": minutes, "warm_up_sources": tools.WARM_UP_EVIDENCE},
    )


@login_required
def everyday(request: HttpRequest) -> HttpResponse:
    ctx = clinical_context(request.user)
    toe = _tool(request, f.ToeBoxForm, tools.toe_box, "toe")
    snack = _tool(
        request, f.SnackForm, lambda data: tools.snacks(ctx, data["hours_sitting"]), "snack"
    )
    return render(
        request,
        "selfcare/everyday.html",
        {"toe": toe, "snack": snack, "snack_sources": tools.SNACK_EVIDENCE},
    )
