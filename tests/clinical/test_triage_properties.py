"""Safety properties that must hold for every possible intake, not just the examples."""

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from runcare.clinical.fact_parsing import FACT_SPECS, parse_facts
from runcare.clinical.facts import Facts
from runcare.clinical.triage.engine import triage, triage_to_dict
from runcare.clinical.triage.ruleset import ALL_RULES
from tests.clinical.cases import ALARMING, BENIGN
from tests.clinical.strategies import _value, facts_dicts, mostly_complete

INTAKES = st.one_of(facts_dicts(), mostly_complete(BENIGN))


def level(data: dict[str, Any]) -> Any:
    return triage(parse_facts(data)).level


@settings(max_examples=300)
@given(INTAKES, st.sampled_from(sorted(ALARMING)))
def test_adding_a_red_flag_never_lowers_the_level(data: dict[str, Any], key: str) -> None:
    assert level({**data, key: ALARMING[key]}) >= level(data)


@settings(max_examples=300)
@given(INTAKES, st.sampled_from(sorted(FACT_SPECS)))
def test_replacing_an_answer_with_null_never_lowers_the_level(
    data: dict[str, Any], key: str
) -> None:
    assert level({**data, key: None}) >= level(data)


@settings(max_examples=100)
@given(INTAKES)
def test_triage_is_deterministic(data: dict[str, Any]) -> None:
    assert triage_to_dict(triage(parse_facts(data))) == triage_to_dict(triage(parse_facts(data)))


@settings(max_examples=100)
@given(INTAKES)
def test_level_is_the_highest_fired_rule(data: dict[str, Any]) -> None:
    result = triage(parse_facts(data))
    assert all(f.level <= result.level for f in result.findings)
    assert result.findings == () or any(f.level is result.level for f in result.findings)


@settings(max_examples=200)
@given(INTAKES, st.data())
def test_each_rule_reads_only_its_declared_inputs(
    data: dict[str, Any], draw: st.DataObject
) -> None:
    # Changing a fact a rule does not declare must not change that rule's answer; the
    # declared inputs are what the "not answered" list shows the member.
    facts = parse_facts(data)
    key = draw.draw(st.sampled_from(sorted(FACT_SPECS)))
    changed = parse_facts({**data, key: draw.draw(st.one_of(st.none(), _value(key)))})
    for rule in ALL_RULES:
        if key not in rule.inputs:
            assert rule.check(facts) == rule.check(changed), rule.rule_id


def test_an_empty_intake_is_never_reassuring() -> None:
    result = triage(Facts())
    assert result.level.value == "emergency"
    assert all(not f.certain for f in result.findings)
    assert "chest_pain_or_breathlessness" in result.advice.not_answered
