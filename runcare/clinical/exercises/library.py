"""Load the exercise library and refuse broken content (dangling links, unknown ids)."""

from dataclasses import asdict, dataclass
from functools import cache
from typing import Any

from runcare.clinical.conditions import Condition
from runcare.clinical.content import load_content
from runcare.clinical.evidence import check_evidence

CATEGORIES = frozenset(
    {
        "stretch",
        "mobility",
        "isometric",
        "strength",
        "eccentric",
        "foot_core",
        "balance",
        "warm_up",
        "plyometric",
        "cross_training",
    }
)
FLAGS = frozenset({"stretch", "calf_load", "impact"})


class LibraryError(ValueError):
    """The exercise content is inconsistent; raised at load time, never mid-session."""


@dataclass(frozen=True)
class Dose:
    sets: int
    reps: int
    hold_s: int
    per_side: bool
    load: str
    tempo: str


@dataclass(frozen=True)
class Exercise:
    id: str
    name: str
    category: str
    target: str
    flags: frozenset[str]
    instructions: tuple[str, ...]
    cues: tuple[str, ...]
    mistakes: tuple[str, ...]
    contraindications: frozenset[Condition]
    regression: str | None
    progression: str | None
    evidence: tuple[str, ...]
    illustration: str
    dose: Dose


def _exercise(raw: dict[str, Any]) -> Exercise:
    if raw["category"] not in CATEGORIES or not set(raw["flags"]) <= FLAGS:
        raise LibraryError(f"{raw['id']}: unknown category or flag")
    try:
        contraindications = frozenset(Condition(c) for c in raw["contraindications"])
    except ValueError as error:
        raise LibraryError(f"{raw['id']}: {error}") from None
    return Exercise(
        id=raw["id"],
        name=raw["name"],
        category=raw["category"],
        target=raw["target"],
        flags=frozenset(raw["flags"]),
        instructions=tuple(raw["instructions"]),
        cues=tuple(raw["cues"]),
        mistakes=tuple(raw["mistakes"]),
        contraindications=contraindications,
        regression=raw["regression"] or None,
        progression=raw["progression"] or None,
        evidence=check_evidence(tuple(raw["evidence"])),
        illustration=raw["illustration"],
        dose=Dose(**raw["dose"]),
    )


def build_library(raw_items: list[dict[str, Any]]) -> dict[str, Exercise]:
    """Check ids are unique and every regression/progression link points at a real exercise."""
    library: dict[str, Exercise] = {}
    for raw in raw_items:
        exercise = _exercise(raw)
        if exercise.id in library:
            raise LibraryError(f"duplicate exercise id {exercise.id}")
        library[exercise.id] = exercise
    for exercise in library.values():
        for link in (exercise.regression, exercise.progression):
            if link is not None and link not in library:
                raise LibraryError(f"{exercise.id}: link to unknown exercise {link}")
    return library


@cache
def load_library() -> dict[str, Exercise]:
    return build_library(load_content("exercises.toml")["exercise"])


def library_version() -> str:
    return str(load_content("exercises.toml")["version"])


def exercise_to_dict(exercise: Exercise) -> dict[str, Any]:
    data = asdict(exercise)
    data["flags"] = sorted(exercise.flags)
    data["contraindications"] = sorted(c.value for c in exercise.contraindications)
    for key in ("instructions", "cues", "mistakes", "evidence"):
        data[key] = list(data[key])
    return data
