"""Three-valued logic, Wells scoring and medication classes."""

import pytest

from runcare.clinical.fact_parsing import parse_facts
from runcare.clinical.medications import drug_classes, takes_class
from runcare.clinical.tristate import (
    all_of,
    any_of,
    at_least,
    at_most,
    count_at_least,
    negate,
    one_of,
)
from runcare.clinical.wells import wells_score
from tests.clinical.cases import with_


def test_kleene_and_or_not() -> None:
    assert all_of(True, True) is True
    assert all_of(True, None) is None
    assert all_of(None, False) is False
    assert any_of(False, None) is None
    assert any_of(None, True) is True
    assert any_of(False, False) is False
    assert negate(None) is None and negate(True) is False


def test_comparisons_keep_unknown_unknown() -> None:
    assert at_least(None, 3) is None and at_least(3, 3) is True
    assert at_most(None, 3) is None and at_most(4, 3) is False
    assert one_of(None, {"a"}) is None and one_of("a", {"a"}) is True


@pytest.mark.parametrize(
    ("values", "expected"),
    [([True, True, False], True), ([True, None, False], None), ([True, False, False], False)],
)
def test_count_at_least(values, expected) -> None:  # type: ignore[no-untyped-def]
    assert count_at_least(values, 2) is expected


def test_wells_counts_each_published_item_once() -> None:
    facts = parse_facts(
        with_(active_cancer=True, previous_dvt=True, calf_circumference_diff_cm=3.5,
              pitting_edema=True, collateral_veins=True)
    )  # fmt: skip
    result = wells_score(facts)
    assert result.score == 5
    assert result.likely is True
    assert result.unanswered == ()


def test_wells_range_with_unknown_items() -> None:
    result = wells_score(parse_facts({"active_cancer": True}))
    assert result.minimum == -1  # alternative diagnosis not excluded
    assert result.maximum == 9
    assert result.likely is None
    assert result.score == 1


def test_wells_unlikely_when_everything_answered_no() -> None:
    assert wells_score(parse_facts(with_())).likely is False


def test_drug_classes_match_brand_and_generic_names_case_blind() -> None:
    assert drug_classes(["Lipitor 40", "XARELTO"]) == {"statin", "anticoagulant"}
    assert takes_class(None, "statin") is None
    assert takes_class([], "statin") is False
