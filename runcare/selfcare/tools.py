"""Run the clinical core's self-care calculators for one member's answers and context.

Views and the API both call these, so the page and the JSON say the same thing."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from runcare.clinical.conditions import PROTECTED_CONDITIONS
from runcare.clinical.exercises.library import Exercise, load_library
from runcare.clinical.plans.model import Stage
from runcare.clinical.selfcare.cold_heat import ThermalAdvice, cold_and_heat
from runcare.clinical.selfcare.everyday import ToeBoxCheck, movement_snacks, toe_box_check
from runcare.clinical.selfcare.hydration import (
    HydrationPlan,
    SweatTest,
    hydration_plan,
    sweat_rate_l_per_h,
)
from runcare.clinical.selfcare.nsaids import NsaidScreen, screen_nsaids
from runcare.clinical.selfcare.warmup import WarmUpMove, build_warm_up, warm_up_minutes
from runcare.selfcare.clinical_context import ClinicalContext

SHORT_RUN_MINUTES = 60
"""Under an hour, drinking to thirst is usually enough (S61)."""
WARM_UP_EVIDENCE = ("S1", "CK")
"""The 5-10 minute routine of the source article; injury prevention unproven (evidence.md §4.6)."""
SNACK_EVIDENCE = ("S1", "CK")
_TRI = {"yes": True, "no": False}


def _worst(answer: str, known: bool | None) -> bool | None:
    """A sign counts if the member reports it now or the intake recorded it."""
    if known is True or answer == "yes":
        return True
    return False if answer == "no" else None


def calf_loading_allowed(ctx: ClinicalContext) -> bool:
    return not ctx.suspected & PROTECTED_CONDITIONS


def nsaid_screen(ctx: ClinicalContext, answers: dict[str, bool | None]) -> NsaidScreen:
    return screen_nsaids(answers, ctx.suspected)


def cold_heat(ctx: ClinicalContext, data: dict[str, Any]) -> ThermalAdvice:
    hot = data["red_hot_or_swollen"]
    facts = replace(
        ctx.facts,
        numbness_or_tingling=_worst(data["numb_or_tingling"], ctx.facts.numbness_or_tingling),
        redness=_worst(hot, ctx.facts.redness),
        warmth=_worst(hot, ctx.facts.warmth),
        swelling=_worst(hot, ctx.facts.swelling),
    )
    cold_sensitive = _TRI.get(data["cold_sensitive"])
    return cold_and_heat(facts, ctx.suspected, cold_sensitive, data["days_since_start"] * 24.0)


@dataclass(frozen=True)
class Hydration:
    plan: HydrationPlan
    sweat_rate: float | None
    run_minutes: int

    @property
    def short_run(self) -> bool:
        return self.run_minutes < SHORT_RUN_MINUTES


def hydration(run_minutes: int, sweat_rate: float | None) -> Hydration:
    return Hydration(hydration_plan(run_minutes, sweat_rate), sweat_rate, run_minutes)


def hydration_from(data: dict[str, Any]) -> Hydration:
    return hydration(data["run_minutes"], data.get("sweat_rate_l_per_h"))


def sweat_rate(data: dict[str, Any]) -> float:
    test = SweatTest(
        data["pre_kg"], data["post_kg"], data["drank_l"], data["urine_l"], data["minutes"] / 60
    )
    return sweat_rate_l_per_h(test)


def toe_box(data: dict[str, Any]) -> ToeBoxCheck:
    return toe_box_check(
        data["toes_cramped"] == "yes", data["thumb_space"] == "yes", data["new_shoes_soon"] == "yes"
    )


def snacks(ctx: ClinicalContext, hours_sitting: int) -> tuple[str, ...]:
    return movement_snacks(hours_sitting, calf_loading_allowed(ctx))


@dataclass(frozen=True)
class WarmUpStep:
    move: WarmUpMove
    exercise: Exercise | None


def warm_up(ctx: ClinicalContext, stage: Stage) -> tuple[tuple[WarmUpStep, ...], float]:
    """The routine for this stage, each move with its library entry, and its total minutes."""
    library = load_library()
    moves = build_warm_up(stage, calf_loading_allowed(ctx))
    steps = tuple(WarmUpStep(m, library.get(m.exercise_id)) for m in moves)
    return steps, warm_up_minutes(moves)
