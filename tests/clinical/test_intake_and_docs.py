"""Questionnaire flow, lesson selection, text rendering and the generated rules document."""

from pathlib import Path

import pytest

from runcare.clinical import catalogue
from runcare.clinical.fact_parsing import parse_facts
from runcare.clinical.fact_specs import FactsError
from runcare.clinical.intake.flow import (
    answers_to_baseline,
    answers_to_facts,
    next_screen,
    route_for_intent,
)
from runcare.clinical.intake.questionnaire import load_questionnaire
from runcare.clinical.lessons.catalogue import select_lessons
from runcare.clinical.triage.engine import triage
from tests.clinical.cases import BENIGN, with_

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("answer", "route"),
    [("expert_care_now", "triage_first"), ("treatment_and_exercises", "questionnaire"),
     ("just_researching", "education"), ("is_pt_right_for_me", "explainer_then_questionnaire"),
     ("what_is_this", "about"), ("other", "questionnaire")],
)  # fmt: skip
def test_intent_routes(answer: str, route: str) -> None:
    assert route_for_intent(answer) == route


def test_unknown_intent_is_an_error() -> None:
    with pytest.raises(KeyError):
        route_for_intent("teleport")


def test_red_flags_come_first_and_swelling_branches() -> None:
    assert next_screen({}).id == "emergency_signs"  # type: ignore[union-attr]
    answers = {q.key: False for q in load_questionnaire().screens[0].questions}
    screen = next_screen(answers)
    assert screen is not None and screen.id == "urgent_signs"
    urgent = {q.key: False for q in screen.questions if q.show_if is None}
    assert next_screen({**answers, **urgent}).id == "clot_risk"  # type: ignore[union-attr]
    follow_up = next_screen({**answers, **urgent, "swelling": True})
    assert follow_up is not None and follow_up.id == "urgent_signs"


def test_self_tests_only_when_safe_and_flow_ends() -> None:
    baseline = {"lefs": [4] * 20, "psfs": [6, 7, 8], "visa_a": None}
    answers = {**BENIGN, **baseline}
    answers.pop("single_leg_heel_raise_reps_affected")
    screen = next_screen(answers)
    assert screen is not None and screen.id == "self_tests"
    assert next_screen({**answers, "limp": True}) is None  # not safe: skip the self-tests
    done = {**answers, "knee_to_wall_cm_left": 11, "knee_to_wall_cm_right": 12,
            "single_leg_heel_raise_reps_affected": 20}  # fmt: skip
    assert next_screen(done) is None
    assert answers_to_baseline(done)["knee_to_wall_cm_left"] == 11
    assert answers_to_facts(done) == parse_facts(
        {**BENIGN, "single_leg_heel_raise_reps_affected": 20}
    )


def test_answers_with_unknown_keys_are_refused() -> None:
    with pytest.raises(FactsError):
        answers_to_facts({"swelling": False, "favourite_food": "pasta"})


def test_lessons_are_personalised() -> None:
    def ids(**changes: object) -> list[str]:
        facts = parse_facts(with_(**changes))
        return [lesson.id for lesson in select_lessons(facts, triage(facts))]

    assert ids(location="lower_calf_achilles")[0] == "tendon_pain_rules"
    assert "older_runner" in ids(age=45)
    assert "load_spikes" in ids(single_run_spike_pct=40)
    assert "waiting_for_assessment" in ids(limp=True)
    assert ids(swelling=True) == ["when_to_see_a_doctor"]


def test_rules_document_is_current() -> None:
    assert catalogue.main(["--check", "--path", str(ROOT / "docs/clinical-rules.md")]) == 0


def test_catalogue_detects_a_stale_file_and_rewrites_it(tmp_path: Path) -> None:
    path = tmp_path / "rules.md"
    assert catalogue.main(["--check", "--path", str(path)]) == 1
    path.write_text("old")
    assert catalogue.main(["--check", "--path", str(path)]) == 1
    assert catalogue.main(["--path", str(path)]) == 0
    assert catalogue.main(["--check", "--path", str(path)]) == 0
    assert "R-DVT-2" in path.read_text() and "PR-REG-2" in path.read_text()


def _walk(base: dict) -> dict:
    """Answer every screen the flow shows, as a member would, from ``base``."""
    from runcare.clinical.intake.flow import visible

    answers: dict = {}
    while (screen := next_screen(answers)) is not None:
        for q in screen.questions:
            if visible(q, answers) and q.key not in answers:
                answers[q.key] = base.get(q.key) if q.is_fact else None
    return answers


def test_a_reassuring_walk_through_the_questionnaire_reaches_the_program() -> None:
    # "No swelling" hides the swelling follow-ups; their answers follow from it, so the
    # clot questions are not left open and the runner is not sent to a doctor for nothing.
    answers = _walk(BENIGN)
    assert "pitting_edema" not in answers
    facts = answers_to_facts(answers)
    assert facts.pitting_edema is False and facts.calf_circumference_diff_cm == 0.0
    assert triage(facts).level.value == "self_care_program"


def test_hidden_follow_ups_are_never_implied_when_the_branch_is_open() -> None:
    facts = answers_to_facts({"swelling": True})
    assert facts.pitting_edema is None
    assert answers_to_facts({"can_bear_weight": False}).pain_on_hopping is True


def test_when_hidden_needs_a_branch() -> None:
    import copy

    from runcare.clinical.content import load_content
    from runcare.clinical.intake.questionnaire import QuestionnaireError, build_questionnaire

    data = copy.deepcopy(load_content("questionnaire.toml"))
    data["screen"][0]["questions"][0]["when_hidden"] = False
    with pytest.raises(QuestionnaireError, match="when_hidden"):
        build_questionnaire(data)
