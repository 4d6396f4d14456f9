"""Content integrity: every cited id resolves, every link resolves, every key is a fact."""

import copy

import pytest

from runcare.clinical.content import load_content
from runcare.clinical.decision_rules import DECISION_RULES
from runcare.clinical.evidence import SOURCES, UnknownEvidenceError, check_evidence
from runcare.clinical.exercises.library import (
    LibraryError,
    build_library,
    exercise_to_dict,
    library_version,
    load_library,
)
from runcare.clinical.fact_parsing import FACT_KEYS
from runcare.clinical.intake.questionnaire import (
    QuestionnaireError,
    build_questionnaire,
    load_questionnaire,
)
from runcare.clinical.lessons.catalogue import _lesson, load_lessons
from runcare.clinical.triage.ruleset import ALL_RULES


def test_every_cited_evidence_id_resolves() -> None:
    cited = {e for r in ALL_RULES for e in r.evidence}
    cited |= {e for d in DECISION_RULES for e in d.evidence}
    cited |= {e for x in load_library().values() for e in x.evidence}
    cited |= {e for lesson in load_lessons() for c in lesson.claims for e in c.evidence}
    assert cited <= set(SOURCES)
    assert "S4" in cited and "S37" in cited


def test_evidence_check_refuses_unknown_and_empty_citations() -> None:
    with pytest.raises(UnknownEvidenceError, match="S999"):
        check_evidence(("S1", "S999"))
    with pytest.raises(UnknownEvidenceError):
        check_evidence(())


def test_library_has_every_required_exercise_with_resolving_links() -> None:
    library = load_library()
    required = {
        "standing_calf_stretch", "standing_soleus_stretch", "knee_to_wall_stretch",
        "isometric_plantarflexion_straight_knee", "isometric_plantarflexion_bent_knee",
        "double_leg_heel_raise_straight_knee", "single_leg_heel_raise_bent_knee",
        "alfredson_heel_drop_straight_knee", "seated_soleus_raise", "short_foot", "toe_spread",
        "toe_flexion", "single_leg_balance", "leg_swings", "walking_lunges",
        "body_weight_squats", "pogo_hops", "skipping", "stationary_bike", "pool_running",
        "swimming", "elliptical",
    }  # fmt: skip
    assert required <= set(library)
    for exercise in library.values():
        for link in (exercise.regression, exercise.progression):
            assert link is None or link in library
        assert exercise.instructions and exercise.cues and exercise.mistakes
    assert library_version() == "2026.1"
    assert exercise_to_dict(library["pogo_hops"])["flags"] == ["calf_load", "impact"]


def _raw_exercises() -> list[dict]:
    return copy.deepcopy(load_content("exercises.toml")["exercise"])


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda items: items[0].update(progression="nowhere"), "unknown exercise"),
        (lambda items: items.append(dict(items[0])), "duplicate"),
        (lambda items: items[0].update(category="yoga"), "category"),
        (lambda items: items[0].update(contraindications=["broken_leg"]), "broken_leg"),
    ],
    ids=["dangling_link", "duplicate_id", "unknown_category", "unknown_condition"],
)
def test_broken_library_content_is_refused(mutate, message) -> None:  # type: ignore[no-untyped-def]
    items = _raw_exercises()
    mutate(items)
    with pytest.raises(LibraryError, match=message):
        build_library(items)


def test_questionnaire_maps_only_to_valid_fact_keys_and_asks_red_flags_first() -> None:
    q = load_questionnaire()
    fact_keys = [x.key for s in q.screens for x in s.questions if x.is_fact]
    assert set(fact_keys) <= FACT_KEYS
    assert set(fact_keys) == FACT_KEYS  # the questionnaire covers the whole contract
    assert q.screens[0].id == "emergency_signs"
    assert q.intent_question == "How can we help you with your leg pain?"
    assert len(q.intent_answers) == 6


def _raw_questionnaire() -> dict:
    return copy.deepcopy(load_content("questionnaire.toml"))


def _first_question(data: dict) -> dict:
    return data["screen"][0]["questions"][0]


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: _first_question(d).update(key="shoe_size"), "not a facts key"),
        (lambda d: _first_question(d).update(type="integer"), "not a facts key"),
        (lambda d: _first_question(d).update(type="measure", measure="iq"), "unknown measure"),
        (lambda d: _first_question(d).update(show_if={"key": "age", "equals": 3}), "later"),
        (lambda d: d["intent"]["answers"][0].update(route="nowhere"), "route"),
        (lambda d: d["screen"][1]["questions"].append(_first_question(d)), "twice"),
    ],
    ids=["unknown_key", "wrong_type", "unknown_measure", "forward_branch", "bad_route",
         "asked_twice"],
)  # fmt: skip
def test_broken_questionnaire_is_refused(mutate, message) -> None:  # type: ignore[no-untyped-def]
    data = _raw_questionnaire()
    mutate(data)
    with pytest.raises(QuestionnaireError, match=message):
        build_questionnaire(data)


def test_lessons_have_claims_with_evidence_and_refuse_unknown_audiences() -> None:
    lessons = load_lessons()
    assert all(lesson.claims for lesson in lessons)
    with pytest.raises(ValueError, match="audience"):
        _lesson({"id": "x", "title": "t", "topic": "t", "audience": ["aliens"], "claims": []})


def test_user_facing_text_is_our_own() -> None:
    # No sentence of the source article may appear in our content.
    article_phrases = [
        "The calves are the workhorse of the lower leg",
        "Movement (and Stretching) Is Medicine",
        "Go Up a Sneaker Size",
        "less is really more",
    ]
    texts = [load_content(n) for n in ("exercises.toml", "lessons.toml", "questionnaire.toml")]
    blob = repr(texts) + repr([r.message for r in ALL_RULES])
    for phrase in article_phrases:
        assert phrase.lower() not in blob.lower()
