"""Which exercises a plan may never contain, given what triage could not rule out."""

from runcare.clinical.conditions import PROTECTED_CONDITIONS, Condition
from runcare.clinical.exercises.library import Exercise
from runcare.clinical.plans.model import Decision

BLOCKED_FLAGS = frozenset({"stretch", "calf_load", "impact"})
CLOT = frozenset({Condition.DEEP_VEIN_THROMBOSIS, Condition.DEEP_VEIN_THROMBOSIS_WITH_SUSPECTED_PE})


def protective_decision(suspected: frozenset[Condition]) -> Decision | None:
    """R-DVT-6 and §4.1: no stretching, massage or calf loading while these are suspected."""
    protected = sorted(c.value for c in suspected & PROTECTED_CONDITIONS)
    if not protected:
        return None
    rule_id = "R-DVT-6" if suspected & CLOT else "P-SAFE-1"
    return Decision(
        rule_id,
        {"suspected": protected},
        ("S4", "S5", "S11", "S14", "CK"),
        "Stretching, calf strengthening and hopping are left out until "
        + ", ".join(protected)
        + " has been ruled out by a clinician.",
    )


def allowed(exercise: Exercise, suspected: frozenset[Condition], protect: bool) -> bool:
    if exercise.contraindications & suspected:
        return False
    return not (protect and exercise.flags & BLOCKED_FLAGS)
