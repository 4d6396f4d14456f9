"""Therapist overrides: change an automatic choice, keep the record of who, when and why."""

from dataclasses import replace

from runcare.clinical.plans.model import Block, Decision, Override, Plan, Stage


class OverrideError(ValueError):
    pass


def _remove_exercise(plan: Plan, exercise_id: str) -> tuple[Block, ...]:
    if exercise_id not in plan.exercise_ids():
        raise OverrideError(f"{exercise_id} is not in this plan")
    blocks = []
    for block in plan.blocks:
        items = tuple(i for i in block.items if i.exercise_id != exercise_id)
        if items:
            blocks.append(replace(block, items=items))
    return tuple(blocks)


def apply_override(plan: Plan, override: Override) -> Plan:
    """Supported targets: ``stage`` (value "P0".."P4") and ``remove_exercise`` (an id)."""
    if override.target == "stage":
        try:
            changed = replace(plan, stage=Stage(override.value))
        except ValueError:
            raise OverrideError(f"unknown stage {override.value!r}") from None
    elif override.target == "remove_exercise":
        changed = replace(plan, blocks=_remove_exercise(plan, str(override.value)))
    else:
        raise OverrideError(f"unknown override target {override.target!r}")
    decision = Decision(
        "T-OVERRIDE",
        {"target": override.target, "value": override.value, "by": override.therapist},
        ("CK",),
        f"Changed by your therapist on {override.made_on}: {override.reason}",
    )
    return replace(
        changed,
        decisions=(*plan.decisions, decision),
        overrides=(*plan.overrides, override),
    )
