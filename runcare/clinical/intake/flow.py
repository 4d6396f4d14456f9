"""Walk through the questionnaire: route the intent, pick the next screen, produce facts.

Answers are a flat mapping of question key to value, exactly as a form or the API sends them.
"""

from collections.abc import Mapping
from typing import Any

from runcare.clinical.fact_parsing import FACT_KEYS, parse_facts
from runcare.clinical.fact_specs import FactsError
from runcare.clinical.facts import Facts
from runcare.clinical.intake.questionnaire import Question, Screen, load_questionnaire
from runcare.clinical.levels import TriageLevel
from runcare.clinical.triage.engine import triage


def route_for_intent(answer_id: str) -> str:
    """Where the intent answer sends the visitor (e.g. "triage_first", "education")."""
    for answer in load_questionnaire().intent_answers:
        if answer.id == answer_id:
            return answer.route
    raise KeyError(answer_id)


def visible(question: Question, answers: Mapping[str, Any]) -> bool:
    if question.show_if is None:
        return True
    key, expected = question.show_if
    return answers.get(key) == expected


def _safe(answers: Mapping[str, Any]) -> bool:
    """Self-tests (hopping, heel raises) only once triage of the answers so far is reassuring."""
    return triage(answers_to_facts(answers)).level is TriageLevel.SELF_CARE_PROGRAM


def next_screen(answers: Mapping[str, Any]) -> Screen | None:
    """The first screen with a visible question not yet in ``answers``; None when done.

    A key present with value None counts as answered ("don't know"), so members can skip.
    """
    for screen in load_questionnaire().screens:
        pending = [q for q in screen.questions if q.key not in answers and visible(q, answers)]
        if not pending:
            continue
        if screen.when_safe and not _safe(answers):
            continue
        return screen
    return None


def answers_to_facts(answers: Mapping[str, Any]) -> Facts:
    """Keep the facts keys (validated by the contract); a key that is neither a fact nor a
    baseline measure is refused, so a typo can never silently drop an answer."""
    measures = _measure_keys()
    unknown = sorted(k for k in answers if k not in FACT_KEYS and k not in measures)
    if unknown:
        raise FactsError(unknown[0], "not a question of this questionnaire")
    facts = {k: v for k, v in answers.items() if k in FACT_KEYS}
    return parse_facts({**_implied(answers), **facts})


def _implied(answers: Mapping[str, Any]) -> dict[str, Any]:
    """Answers that follow from a branch answer, e.g. no swelling means no pitting."""
    questions = (q for s in load_questionnaire().screens for q in s.questions)
    return {
        q.key: q.when_hidden
        for q in questions
        if q.when_hidden is not None and q.key not in answers and not visible(q, answers)
    }


def _measure_keys() -> frozenset[str]:
    screens = load_questionnaire().screens
    return frozenset(q.key for s in screens for q in s.questions if not q.is_fact)


def answers_to_baseline(answers: Mapping[str, Any]) -> dict[str, Any]:
    """The baseline measure answers (LEFS items, PSFS ratings, VISA-A, knee-to-wall)."""
    measures = {q.key for s in load_questionnaire().screens for q in s.questions if not q.is_fact}
    return {k: v for k, v in answers.items() if k in measures}
