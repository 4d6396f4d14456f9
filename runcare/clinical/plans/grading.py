"""Strain grades (evidence.md §3.1, §3.3): what differs between a mild, moderate, repeat or
tennis-leg strain, recorded as one decision (P-GRADE-1) so the member and therapist see why.

Time frames are expectations only; tests, not days, unlock each stage (§3.1 footnote, §3.4).
"""

from dataclasses import dataclass

from runcare.clinical.conditions import Condition
from runcare.clinical.exercises.library import Exercise
from runcare.clinical.plans.model import Decision
from runcare.clinical.plans.templates import Template


@dataclass(frozen=True)
class Grade:
    label: str
    expected_return: str
    evidence: tuple[str, ...]


GRADES: dict[Condition, Grade] = {
    Condition.CALF_MUSCLE_STRAIN_MILD: Grade(
        "A mild (grade I) calf strain", "about 1-3 weeks", ("S21", "CK")
    ),
    Condition.SOLEUS_STRAIN_MILD: Grade(
        "A mild strain of the deep calf muscle (soleus)",
        "usually a week or so longer than other calf strains",
        ("S25",),
    ),
    Condition.CALF_MUSCLE_STRAIN_MODERATE: Grade(
        "A moderate (grade II) calf strain", "about 3-6 weeks", ("S21", "CK")
    ),
    Condition.MEDIAL_GASTROCNEMIUS_STRAIN_TENNIS_LEG: Grade(
        "A tear of the inner calf muscle ('tennis leg')", "around 6 weeks", ("S7", "S8")
    ),
    Condition.CALF_MUSCLE_STRAIN_RECURRENT: Grade(
        "A repeat strain of a calf strained before",
        "longer than after a first strain",
        ("S24", "S25"),
    ),
}


def _template_ids(template: Template) -> set[str]:
    ids = {i for stage_ids in template.strength.values() for i in stage_ids}
    return ids | set(template.stretches) | set(template.foot_core) | set(template.cross_training)


def grade_decision(
    condition: Condition,
    template: Template,
    library: dict[str, Exercise],
    in_person_first: bool,
    slower: bool,
) -> Decision | None:
    """None for anything that is not a graded strain."""
    grade = GRADES.get(condition)
    if grade is None:
        return None
    left_out = sorted(
        i for i in _template_ids(template) if condition in library[i].contraindications
    )
    parts = [
        f"{grade.label}: a return to running takes {grade.expected_return}, "
        "but tests, not days, decide each step."
    ]
    if left_out:
        names = ", ".join(library[i].name.lower() for i in left_out)
        parts.append(f"Not part of the plan for this injury: {names}.")
    if in_person_first:
        parts.append("An in-person check comes first; until then only gentle work is offered.")
    if slower:
        parts.append("Each stage is held a little longer because of age or an earlier strain.")
    inputs = {
        "condition": condition.value,
        "expected_return": grade.expected_return,
        "left_out": left_out,
        "in_person_first": in_person_first,
        "slower_progression": slower,
    }
    return Decision("P-GRADE-1", inputs, grade.evidence, " ".join(parts))
