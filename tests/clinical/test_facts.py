import math

import pytest

from runcare.clinical.fact_parsing import FACT_KEYS, facts_to_dict, parse_facts
from runcare.clinical.fact_specs import FactsError
from tests.clinical.cases import BENIGN


def test_complete_benign_intake_parses_every_key_of_the_contract() -> None:
    facts = parse_facts(BENIGN)
    assert set(BENIGN) == FACT_KEYS
    assert facts.age == 34
    assert facts.medications == ()


def test_null_means_unknown_and_stays_none() -> None:
    assert parse_facts({"swelling": None}).swelling is None


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"age": True}, "age"),  # bool is not a count
        ({"pain_0_10": False}, "pain_0_10"),
        ({"age": 9}, "age"),
        ({"age": 101}, "age"),
        ({"age": 30.5}, "age"),
        ({"pain_0_10": 11}, "pain_0_10"),
        ({"pain_at_rest_0_10": -1}, "pain_at_rest_0_10"),
        ({"weekly_km": -3}, "weekly_km"),
        ({"weekly_km": "ten"}, "weekly_km"),
        ({"weekly_km": math.nan}, "weekly_km"),
        ({"weekly_km": math.inf}, "weekly_km"),
        ({"weekly_km_change_pct": True}, "weekly_km_change_pct"),
        ({"swelling": "yes"}, "swelling"),
        ({"swelling": 1}, "swelling"),
        ({"side": "up"}, "side"),
        ({"side": 3}, "side"),
        ({"location": "elbow"}, "location"),
        ({"medications": "statin"}, "medications"),
        ({"medications": ["ok", 3]}, "medications"),
        ({"notes": 12}, "notes"),
        ({"calf_circumference_diff_cm": -0.5}, "calf_circumference_diff_cm"),
        ({"shoe_size": 42}, "shoe_size"),
    ],
)
def test_invalid_values_are_refused_naming_the_field(data: dict, field: str) -> None:
    with pytest.raises(FactsError) as caught:
        parse_facts(data)
    assert caught.value.field == field
    assert field in str(caught.value)


def test_whole_float_is_accepted_as_integer() -> None:
    assert parse_facts({"age": 40.0}).age == 40


def test_unknown_keys_are_all_listed() -> None:
    with pytest.raises(FactsError, match="alpha, beta"):
        parse_facts({"beta": 1, "alpha": 2})


def test_non_object_input_is_refused() -> None:
    with pytest.raises(FactsError) as caught:
        parse_facts([1, 2])
    assert caught.value.field == "facts"


def test_facts_round_trip_through_their_json_form() -> None:
    facts = parse_facts({**BENIGN, "medications": ["atorvastatin"]})
    data = facts_to_dict(facts)
    assert data["medications"] == ["atorvastatin"]
    assert parse_facts(data) == facts
    assert facts_to_dict(parse_facts({}))["medications"] is None
