"""Self-care calculators over the API, validated by the same forms as the pages."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Router, Schema

from runcare.api.schemas import ErrorOut
from runcare.selfcare import forms as f
from runcare.selfcare import tools
from runcare.selfcare.clinical_context import clinical_context
from runcare.selfcare.form_input import validated

router = Router(tags=["self-care"])
ERRORS = {401: ErrorOut, 422: ErrorOut}


class HydrationIn(Schema):
    run_minutes: int | None = None
    sweat_rate_l_per_h: float | None = None


class HydrationOut(Schema):
    before_ml: tuple[int, int]
    warm_up_ml: int
    during_ml_per_15_min: int
    after_ml_per_kg_lost: tuple[int, int]
    drink_to_thirst: bool
    evidence: list[str]


class SweatTestIn(Schema):
    pre_kg: float | None = None
    post_kg: float | None = None
    drank_l: float | None = None
    urine_l: float | None = 0
    minutes: int | None = None


class SweatRateOut(Schema):
    sweat_rate_l_per_h: float


class NsaidIn(Schema):
    """Each answer is "yes", "no" or "unsure"; "unsure" counts as yes."""

    answers: dict[str, str]


class NsaidOut(Schema):
    may_mention: bool
    reasons: list[str]
    evidence: list[str]


@router.post("/selfcare/hydration", response={200: HydrationOut, **ERRORS})
def hydration(request: HttpRequest, payload: HydrationIn) -> HydrationOut:
    data = validated(f.HydrationForm, payload.dict()).cleaned_data
    h = tools.hydration_from(data)
    return HydrationOut(
        before_ml=h.plan.before_ml,
        warm_up_ml=h.plan.warm_up_ml,
        during_ml_per_15_min=h.plan.during_ml_per_15_min,
        after_ml_per_kg_lost=h.plan.after_ml_per_kg_lost,
        drink_to_thirst=h.short_run,
        evidence=list(h.plan.evidence),
    )


@router.post("/selfcare/sweat-rate", response={200: SweatRateOut, **ERRORS})
def sweat_rate(request: HttpRequest, payload: SweatTestIn) -> SweatRateOut:
    data = validated(f.SweatRateForm, payload.dict()).cleaned_data
    return SweatRateOut(sweat_rate_l_per_h=tools.sweat_rate(data))


@router.post("/selfcare/nsaid-screen", response={200: NsaidOut, **ERRORS})
def nsaid_screen(request: HttpRequest, payload: NsaidIn) -> NsaidOut:
    data = validated(f.NsaidScreenForm, payload.answers).cleaned_data
    ctx = clinical_context(request.auth)  # type: ignore[attr-defined]
    screen = tools.nsaid_screen(ctx, f.nsaid_answers(data))
    return NsaidOut(
        may_mention=screen.may_mention, reasons=list(screen.reasons), evidence=list(screen.evidence)
    )
