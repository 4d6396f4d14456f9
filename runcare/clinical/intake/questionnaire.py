"""Load the versioned questionnaire and check it against the facts contract."""

from dataclasses import dataclass
from functools import cache
from typing import Any

from runcare.clinical.content import load_content
from runcare.clinical.fact_parsing import FACT_SPECS
from runcare.clinical.facts import MECHANISMS, REGIONS

ROUTES = frozenset(
    {"triage_first", "questionnaire", "education", "explainer_then_questionnaire", "about"}
)
MEASURES = frozenset({"lefs", "psfs", "visa_a", "knee_to_wall"})
_NAMED_OPTIONS = {"regions": REGIONS, "mechanisms": MECHANISMS}
_KINDS = {"boolean", "integer", "number", "choice", "text", "text_list"}


class QuestionnaireError(ValueError):
    """The questionnaire content does not match the facts contract."""


@dataclass(frozen=True)
class IntentAnswer:
    id: str
    label: str
    route: str


@dataclass(frozen=True)
class Question:
    key: str
    type: str
    text: str
    help: str
    options: tuple[str, ...] = ()
    measure: str | None = None
    show_if: tuple[str, Any] | None = None
    when_hidden: Any = None

    @property
    def is_fact(self) -> bool:
        return self.measure is None


@dataclass(frozen=True)
class Screen:
    id: str
    title: str
    intro: str
    questions: tuple[Question, ...]
    when_safe: bool = False


@dataclass(frozen=True)
class Questionnaire:
    version: str
    intent_question: str
    intent_answers: tuple[IntentAnswer, ...]
    screens: tuple[Screen, ...]


def _question(raw: dict[str, Any], earlier: set[str]) -> Question:
    key, kind = raw["key"], raw["type"]
    options = raw.get("options", ())
    options = _NAMED_OPTIONS.get(options, options) if isinstance(options, str) else options
    show_if = (raw["show_if"]["key"], raw["show_if"]["equals"]) if "show_if" in raw else None
    if show_if is not None and show_if[0] not in earlier:
        raise QuestionnaireError(f"{key}: show_if refers to a later or unknown question")
    when_hidden = raw.get("when_hidden")
    if when_hidden is not None and show_if is None:
        raise QuestionnaireError(f"{key}: when_hidden needs show_if")
    if kind == "measure":
        if raw.get("measure") not in MEASURES:
            raise QuestionnaireError(f"{key}: unknown measure")
        return Question(key, kind, raw["text"], raw["help"], (), raw["measure"], show_if)
    if key not in FACT_SPECS or kind not in _KINDS or FACT_SPECS[key].kind != kind:
        raise QuestionnaireError(f"{key}: not a facts key of type {kind}")
    if when_hidden is not None:
        FACT_SPECS[key].convert(when_hidden)
    return Question(key, kind, raw["text"], raw["help"], tuple(options), None, show_if, when_hidden)


def build_questionnaire(data: dict[str, Any]) -> Questionnaire:
    answers = tuple(IntentAnswer(**a) for a in data["intent"]["answers"])
    if any(a.route not in ROUTES for a in answers):
        raise QuestionnaireError("intent answer with an unknown route")
    seen: set[str] = set()
    screens = []
    for raw in data["screen"]:
        questions = []
        for q in raw["questions"]:
            if q["key"] in seen:
                raise QuestionnaireError(f"{q['key']}: asked twice")
            questions.append(_question(q, seen))
            seen.add(q["key"])
        screens.append(
            Screen(
                raw["id"], raw["title"], raw["intro"], tuple(questions), raw.get("when_safe", False)
            )
        )
    return Questionnaire(data["version"], data["intent"]["question"], answers, tuple(screens))


@cache
def load_questionnaire() -> Questionnaire:
    return build_questionnaire(load_content("questionnaire.toml"))
