"""Turn a template and stage into dosed blocks, each with the decision that set its rhythm."""

from collections.abc import Iterable

from runcare.clinical.conditions import Condition
from runcare.clinical.exercises.library import Exercise
from runcare.clinical.facts import Facts
from runcare.clinical.plans.dorsiflexion import (
    MOBILITY_EXERCISE,
    DorsiflexionAssessment,
    dorsiflexion_decision,
)
from runcare.clinical.plans.model import Block, Decision, Prescription, Stage
from runcare.clinical.plans.safety import allowed
from runcare.clinical.plans.templates import Template
from runcare.clinical.selfcare.warmup import build_warm_up

NO_STRETCH_DAYS = 3
"""No stretching in the first 48-72 h of an acute strain (evidence.md §4.1, CK)."""
STRETCH_BUILD_UP = ((1, 2), (3, 4), (5, 7))
"""Start the stretches once or twice a week and build to daily if they help (S1)."""

# category -> (block kind, sessions per week, rule id, evidence, note)
_RHYTHM: dict[str, tuple[str, int, str, tuple[str, ...], str]] = {
    "mobility": ("mobility", 7, "P-MOB-1", ("S27",), "Daily, gently, within comfort."),
    "isometric": (
        "isometric",
        7,
        "P-ISO-1",
        ("S35", "S36"),
        "Daily holds at a tolerable effort; an entry-level load, not a painkiller.",
    ),
    "strength": ("strength", 3, "P-STR-1", ("S26", "CK"), "Three times a week, rest day between."),
    "balance": ("strength", 3, "P-STR-1", ("S26", "CK"), "Three times a week, rest day between."),
    "eccentric": (
        "eccentric",
        14,
        "P-ECC-1",
        ("S37",),
        "Twice a day, every day, for 12 weeks; some discomfort is acceptable.",
    ),
    "plyometric": (
        "plyometric",
        2,
        "P-PLY-1",
        ("S28", "CK"),
        "Two or three times a week, after running, never before.",
    ),
}


def _prescribe(exercise: Exercise) -> Prescription:
    d = exercise.dose
    return Prescription(exercise.id, d.sets, d.reps, d.hold_s, d.per_side, d.load, d.tempo)


def _pick(
    ids: Iterable[str], library: dict[str, Exercise], suspected: frozenset[Condition], protect: bool
) -> list[Exercise]:
    return [library[i] for i in ids if allowed(library[i], suspected, protect)]


def _loading_blocks(exercises: list[Exercise]) -> tuple[list[Block], list[Decision]]:
    grouped: dict[str, list[Exercise]] = {}
    for exercise in exercises:
        grouped.setdefault(_RHYTHM[exercise.category][0], []).append(exercise)
    blocks, decisions = [], []
    for kind, members in grouped.items():
        _, per_week, rule_id, evidence, note = _RHYTHM[members[0].category]
        blocks.append(Block(kind, tuple(_prescribe(e) for e in members), per_week, note))
        inputs = {"exercises": [e.id for e in members]}
        decisions.append(Decision(rule_id, inputs, evidence, f"{kind.capitalize()}: {note}"))
    return blocks, decisions


def _acute(facts: Facts) -> bool:
    days = facts.days_since_onset
    return facts.onset == "sudden" and days is not None and days < NO_STRETCH_DAYS


def _stretch_block(
    exercises: list[Exercise], stage: Stage, facts: Facts
) -> tuple[list[Block], list[Decision]]:
    """A stage moved on by a therapist or by progression still keeps the 72-hour rule."""
    if not exercises or stage is Stage.P0:
        return [], []
    if _acute(facts):
        why = "No stretching in the first 3 days after a sudden injury."
        inputs = {"days_since_onset": facts.days_since_onset}
        return [], [Decision("P-STRETCH-1", inputs, ("CK", "S27"), why)]
    note = "Hold a mild pull, never pain. Start twice a week and build up to daily."
    block = Block("stretch", tuple(_prescribe(e) for e in exercises), 2, note, STRETCH_BUILD_UP)
    decision = Decision("P-FREQ-1", {"stage": stage.value}, ("S1", "S29"), note)
    return [block], [decision]


# kind -> (sessions per week, rule id, evidence, explanation)
_SIMPLE: dict[str, tuple[int, str, tuple[str, ...], str]] = {
    "foot_core": (
        4, "P-FOOT-1", ("S38", "S39"),
        "Foot-core block 3-4 times a week for 8 weeks (20-30 min); promising, one trial.",
    ),
    "cross_training": (
        2, "P-XT-1", ("S1", "S27"),
        "Swap one or two runs a week for pain-free cycling, pool running or swimming.",
    ),
}  # fmt: skip


def _simple_block(
    kind: str, exercises: list[Exercise], stage: Stage
) -> tuple[list[Block], list[Decision]]:
    """Foot core and cross-training start once the protect stage (P0) is over."""
    if not exercises or stage is Stage.P0:
        return [], []
    per_week, rule_id, evidence, note = _SIMPLE[kind]
    block = Block(kind, tuple(_prescribe(e) for e in exercises), per_week, note)
    return [block], [Decision(rule_id, {"stage": stage.value}, evidence, note)]


def _mobility_extra(
    dorsiflexion: DorsiflexionAssessment | None, stage: Stage, facts: Facts
) -> tuple[str, ...]:
    """P-KTW-1: knee-to-wall rocks once the protect stage and the first 72 h are over."""
    if dorsiflexion is None or not dorsiflexion.restricted:
        return ()
    if stage is Stage.P0 or _acute(facts):
        return ()
    return (MOBILITY_EXERCISE,)


def assemble_blocks(
    template: Template,
    stage: Stage,
    facts: Facts,
    suspected: frozenset[Condition],
    protect: bool,
    library: dict[str, Exercise],
    *,
    dorsiflexion: DorsiflexionAssessment | None = None,
) -> tuple[tuple[Block, ...], list[Decision]]:
    """Loading, stretches, foot core, cross-training and warm-up, each filtered for safety.

    ``dorsiflexion`` (the knee-to-wall baseline) adds the mobility exercise when restricted.
    """
    seen: set[str] = set()

    def pick(ids: Iterable[str]) -> list[Exercise]:
        fresh = [i for i in dict.fromkeys(ids) if i not in seen]
        chosen = _pick(fresh, library, suspected, protect)
        seen.update(e.id for e in chosen)
        return chosen

    extra = _mobility_extra(dorsiflexion, stage, facts)
    parts = [
        _loading_blocks(pick((*template.strength[stage], *extra))),
        _stretch_block(pick(template.stretches), stage, facts),
        _simple_block("foot_core", pick(template.foot_core), stage),
        _simple_block("cross_training", pick(template.cross_training), stage),
        _warm_up_block(stage, suspected, protect, library),
    ]
    blocks = tuple(b for bs, _ in parts for b in bs)
    decisions = [d for _, ds in parts for d in ds]
    if dorsiflexion is not None and dorsiflexion.restricted:
        decisions.append(dorsiflexion_decision(dorsiflexion, MOBILITY_EXERCISE in seen))
    return blocks, decisions


def _warm_up_block(
    stage: Stage, suspected: frozenset[Condition], protect: bool, library: dict[str, Exercise]
) -> tuple[list[Block], list[Decision]]:
    """The warm-up obeys the same filters as the plan: no hops where the library forbids them
    (shin splints, moderate strain) and no calf moves while protecting."""
    if stage < Stage.P3:
        return [], []
    moves = [
        m
        for m in build_warm_up(stage, calf_loading_allowed=not protect)
        if allowed(library[m.exercise_id], suspected, protect)
    ]
    items = tuple(_prescribe(library[m.exercise_id]) for m in moves)
    note = "5-10 minutes before every run: " + ", ".join(f"{m.amount}" for m in moves) + "."
    decision = Decision("P-WARM-1", {"stage": stage.value}, ("S1", "CK"), note)
    return [Block("warm_up", items, 0, note)], [decision]
